// The Bearer API for external applications (/api/v1/*), its OpenAPI document, and the Bearer guard on
// the server AI route (issue 9's POST /api/ai/chat keeps its own handler; tokens need `ai:chat`).
import { Hono } from 'hono';
import { AiRoutes } from '@career-copilot/shared/api/ai';
import { ErrorCode } from '@career-copilot/shared/api/errors';
import {
  ApiTokenScope,
  MatchApiRequestSchema,
  TokenRoutes,
  type MatchApiResponse,
} from '@career-copilot/shared/api/tokens';
import { analyseMatch } from '@career-copilot/shared/match/analyse-match';
import { readPosting } from '@career-copilot/shared/match/posting-input';
import type { AppDeps } from '../app';
import type { AppEnv } from '../app-env';
import { ApiError } from '../http/errors';
import { readJson } from '../http/validate';
import { accountsAvailable } from '../middleware/accounts-available';
import { bearerAuth, requireScope } from '../middleware/bearer-auth';
import { requireUser } from '../middleware/session';
import { hasPremiumAccess } from '../services/plan-access';
import { openApiDocument } from './openapi';
import { sessionDeps } from './auth';

/** Paths a personal API token works on; they skip the CSRF check when called with a token. */
export const BEARER_PATHS: readonly string[] = [TokenRoutes.match, AiRoutes.chat];

export function publicApiRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const available = accountsAvailable({ redis: deps.redis, enabled: deps.features.accounts });
  const plans = { billingStore: deps.premium.billingStore, clock: deps.clock };
  const bearer = bearerAuth({ auth: deps.auth, tokens: deps.apiTokens, plans });
  const premium = requireUser(sessionDeps(deps));

  app.get(TokenRoutes.openapi, (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(openApiDocument({ version: deps.version, origin: deps.config.publicOrigin }));
  });

  app.use(AiRoutes.chat, available, bearer, requireScope(ApiTokenScope.AiChat));

  app.post(
    TokenRoutes.match,
    available,
    bearer,
    premium,
    requireScope(ApiTokenScope.Match),
    async (c) => {
      const auth = c.get('auth');
      if (!auth) throw new ApiError(ErrorCode.Unauthenticated, 'Please sign in to do this.');
      if (!(await hasPremiumAccess(plans, auth.user))) {
        throw new ApiError(ErrorCode.Forbidden, 'The match API comes with a Premium plan.');
      }
      const input = await readJson(c, MatchApiRequestSchema);
      const posting = readPosting(input.job);
      if (!posting.ok) {
        throw new ApiError(
          ErrorCode.ValidationFailed,
          `Invalid request: job ${posting.error.message}`,
        );
      }
      const today = deps.clock.now().toISOString().slice(0, 10);
      const analysis = analyseMatch(input.resume, posting.value, { today });
      const body: MatchApiResponse = {
        score: analysis.score,
        scoreExplanation: analysis.scoreExplanation,
        parts: analysis.parts.map((p) => ({ ...p })),
        matched: analysis.matched.map(termOut),
        missing: analysis.missing.map(termOut),
        checks: analysis.checks.map((ch) => ({
          id: ch.id,
          label: ch.label,
          severity: ch.severity,
          message: ch.message,
          ...(ch.fix ? { fix: ch.fix } : {}),
        })),
        job: {
          ...(posting.value.job.title ? { title: posting.value.job.title } : {}),
          ...(posting.value.job.company ? { company: posting.value.job.company } : {}),
        },
        notes: [...posting.value.notes],
      };
      return c.json(body);
    },
  );

  return app;
}

function termOut(t: {
  requirement: string;
  required: boolean;
  matched: boolean;
  matchedLabel?: string;
}) {
  return {
    requirement: t.requirement,
    required: t.required,
    matched: t.matched,
    ...(t.matchedLabel ? { matchedLabel: t.matchedLabel } : {}),
  };
}
