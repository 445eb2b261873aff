// /api/market/*: signed-in users may share a posting, reduced on their device to role, seniority and
// skill ids (opt-in, one posting at a time); Premium users read the most requested skills by role.
import { Hono, type Context } from 'hono';
import { ErrorCode } from '@career-copilot/shared/api/errors';
import {
  MarketRoutes,
  MarketSkillsQuerySchema,
  SharedPostingSchema,
} from '@career-copilot/shared/api/market';
import type { AppDeps } from '../app';
import type { AppEnv } from '../app-env';
import { ApiError } from '../http/errors';
import { readJson, readQuery } from '../http/validate';
import { accountsAvailable } from '../middleware/accounts-available';
import { requireUser } from '../middleware/session';
import { hmac } from '../infra/secret-keys';
import { hasPremiumAccess, type PlanAccessDeps } from '../services/plan-access';
import { sessionDeps } from './auth';

/** Shares per account and day: plenty for a job search, too few to skew the report. */
const SHARE_LIMIT = { limit: 100, windowSeconds: 86_400 } as const;

async function premiumOnly(c: Context<AppEnv>, plans: PlanAccessDeps) {
  const user = c.get('auth')?.user;
  if (!user) throw new ApiError(ErrorCode.Unauthenticated, 'Please sign in to do this.');
  if (!(await hasPremiumAccess(plans, user))) {
    throw new ApiError(ErrorCode.Forbidden, 'The job-market report comes with a Premium plan.');
  }
}

export function marketRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const available = accountsAvailable({ redis: deps.redis, enabled: deps.features.accounts });
  const plans = { billingStore: deps.premium.billingStore, clock: deps.clock };
  app.use('/api/market/*', available, requireUser(sessionDeps(deps)));

  app.post(MarketRoutes.postings, async (c) => {
    const user = c.get('auth')?.user;
    if (!user) throw new ApiError(ErrorCode.Unauthenticated, 'Please sign in to do this.');
    // The budget is keyed by a keyed hash, so even the limiter holds no account id.
    const subject = hmac(deps.auth.keys.codes, `market ${user.id}`).slice(0, 22);
    const decision = await deps.auth.limiter.consume(`marketShare:${subject}`, SHARE_LIMIT);
    if (!decision.allowed) {
      throw new ApiError(
        ErrorCode.RateLimited,
        'You have shared many postings today; thank you. Try again tomorrow.',
        { retryAfter: decision.retryAfterSeconds },
      );
    }
    const posting = await readJson(c, SharedPostingSchema);
    await deps.market.share(posting);
    return c.json({ status: 'accepted' as const }, 202);
  });

  app.get(MarketRoutes.roles, async (c) => {
    await premiumOnly(c, plans);
    return c.json({ roles: await deps.market.roles() });
  });

  app.get(MarketRoutes.skills, async (c) => {
    await premiumOnly(c, plans);
    const { role, from, to } = readQuery(c, MarketSkillsQuerySchema);
    return c.json(await deps.market.skills(role, from, to));
  });

  return app;
}
