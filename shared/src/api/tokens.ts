// Contract of personal API tokens (/api/tokens, Premium) and the Bearer API they open (/api/v1/*).
import { z } from 'zod';
import { ResumeSchema } from '../resume/model';

export const TokenRoutes = {
  tokens: '/api/tokens',
  token: (id: string) => `/api/tokens/${encodeURIComponent(id)}`,
  openapi: '/api/openapi.json',
  match: '/api/v1/match',
} as const;

export const ApiTokenScope = { AiChat: 'ai:chat', Match: 'match' } as const;
export type ApiTokenScope = (typeof ApiTokenScope)[keyof typeof ApiTokenScope];
export const API_TOKEN_SCOPES = Object.values(ApiTokenScope) as [ApiTokenScope, ...ApiTokenScope[]];

export const API_TOKEN_SCOPE_LABELS: Readonly<Record<ApiTokenScope, string>> = {
  'ai:chat': 'Server AI chat (POST /api/ai/chat)',
  match: 'Match analysis (POST /api/v1/match)',
};

/** How many live tokens one account may hold. */
export const MAX_API_TOKENS = 20;

export const CreateApiTokenRequestSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(60, 'must be at most 60 characters')
    .regex(/^[^\p{Cc}]+$/u, 'must be one line of text'),
  scopes: z
    .array(z.enum(ApiTokenScope))
    .min(1, 'must include at least one scope')
    .refine((s) => new Set(s).size === s.length, 'must not repeat a scope'),
});
export type CreateApiTokenRequest = z.infer<typeof CreateApiTokenRequestSchema>;

export const ApiTokenInfoSchema = z.object({
  id: z.string(),
  name: z.string(),
  scopes: z.array(z.enum(ApiTokenScope)),
  /** The first characters of the token, so the user can tell tokens apart. */
  prefix: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().optional(),
});
export type ApiTokenInfo = z.infer<typeof ApiTokenInfoSchema>;

export const ApiTokenListSchema = z.object({ tokens: z.array(ApiTokenInfoSchema) });
/** The token itself appears in this response only; the server keeps a hash. */
export const CreateApiTokenResponseSchema = z.object({
  token: z.string(),
  info: ApiTokenInfoSchema,
});

export const MatchApiRequestSchema = z.object({
  /** The job posting: its text as copied, or a JSON Resume job document as a string. */
  job: z.string().min(1, 'is required').max(400_000, 'must be at most 400,000 characters'),
  /** The resume as a JSON Resume object. */
  resume: ResumeSchema,
});
export type MatchApiRequest = z.infer<typeof MatchApiRequestSchema>;

const MatchPartOutSchema = z.object({
  id: z.string(),
  label: z.string(),
  weight: z.number(),
  applicable: z.boolean(),
  score: z.number(),
  points: z.number(),
  summary: z.string(),
  explanation: z.string(),
});
const TermOutSchema = z.object({
  requirement: z.string(),
  required: z.boolean(),
  matched: z.boolean(),
  matchedLabel: z.string().optional(),
});
export const MatchApiResponseSchema = z.object({
  /** 0–100. */
  score: z.number(),
  scoreExplanation: z.string(),
  parts: z.array(MatchPartOutSchema),
  matched: z.array(TermOutSchema),
  missing: z.array(TermOutSchema),
  checks: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      severity: z.string(),
      message: z.string(),
      fix: z.string().optional(),
    }),
  ),
  job: z.object({ title: z.string().optional(), company: z.string().optional() }),
  /** What could not be read from the posting ("No job title found"). */
  notes: z.array(z.string()),
});
export type MatchApiResponse = z.infer<typeof MatchApiResponseSchema>;
