// The OpenAPI 3.1 document for external applications using personal API tokens. Request and
// response schemas are generated from the same zod contracts the server validates with.
import { z } from 'zod';
import { AiChatRequestSchema, AiRoutes } from '@career-copilot/shared/api/ai';
import { ApiErrorBodySchema } from '@career-copilot/shared/api/errors';
import {
  API_TOKEN_SCOPE_LABELS,
  MatchApiRequestSchema,
  MatchApiResponseSchema,
  TokenRoutes,
} from '@career-copilot/shared/api/tokens';

const schema = (s: z.ZodType) =>
  z.toJSONSchema(s, { target: 'openapi-3.0', unrepresentable: 'any' });

const errors = (codes: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(codes).map(([status, description]) => [
      status,
      {
        description,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
    ]),
  );

const COMMON_ERRORS = {
  '400': 'The request body is not valid; the message says which field and why.',
  '401':
    'No token, or a token that is revoked or unknown (WWW-Authenticate: Bearer error="invalid_token").',
  '403':
    'The token lacks the scope (error="insufficient_scope"), or the account is not on Premium.',
  '429': 'Rate limited: each token and each account has a per-minute budget; see Retry-After.',
};

export function openApiDocument(input: { version: string; origin: string }) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Career Copilot API',
      version: input.version,
      description: [
        'Use Career Copilot from your own applications with a personal API token (Premium).',
        'Create one under Account → API tokens, choose its scopes, and send it as',
        '`Authorization: Bearer <token>`. The token is shown once; the server keeps only a hash.',
        'Requests with a token need no cookie and no CSRF token. Each token may make 60 requests a',
        'minute and all tokens of an account 120 (429 with Retry-After beyond that).',
      ].join(' '),
    },
    servers: [{ url: input.origin }],
    security: [{ bearerAuth: [] }],
    components: {
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: `Scopes: ${Object.entries(API_TOKEN_SCOPE_LABELS)
            .map(([scope, label]) => `\`${scope}\` — ${label}`)
            .join('; ')}.`,
        },
      },
      schemas: { Error: schema(ApiErrorBodySchema) },
    },
    paths: {
      [TokenRoutes.match]: {
        post: {
          summary: 'Match a resume against a job posting (scope: match)',
          description:
            'Scores a JSON Resume against a posting (its text, or a JSON Resume job document as a string) without a model: 0–100 with every part explained, the requirements found and missing, and resume checks. Nothing is stored.',
          'x-required-scope': 'match',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schema(MatchApiRequestSchema) } },
          },
          responses: {
            '200': {
              description: 'The analysis.',
              content: { 'application/json': { schema: schema(MatchApiResponseSchema) } },
            },
            ...errors(COMMON_ERRORS),
          },
        },
      },
      [AiRoutes.chat]: {
        post: {
          summary: 'Chat with the server model (scope: ai:chat)',
          description:
            'Streams the answer as server-sent events: `delta` events ({text}), then one `usage` event ({inputTokens, outputTokens, finishReason, remainingTokens}) or one `error` event ({code, message}). Tokens count against the account’s plan allowance.',
          'x-required-scope': 'ai:chat',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schema(AiChatRequestSchema) } },
          },
          responses: {
            '200': {
              description: 'An event stream.',
              content: { 'text/event-stream': { schema: { type: 'string' } } },
            },
            ...errors({ ...COMMON_ERRORS, '402': 'This period’s allowance is used up.' }),
          },
        },
      },
    },
  };
}
