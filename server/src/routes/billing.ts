// /api/billing/*: the plan and subscription, Stripe Checkout and portal, and Stripe's signed webhook.
import { Hono } from 'hono';
import {
  BillingRoutes,
  CheckoutRequestSchema,
  type BillingStatusResponse,
} from '@career-copilot/shared/api/billing';
import { ErrorCode } from '@career-copilot/shared/api/errors';
import type { AppDeps } from '../app';
import type { AppEnv } from '../app-env';
import { ApiError } from '../http/errors';
import { orThrow } from '../http/failure';
import { readJson } from '../http/validate';
import { accountsAvailable } from '../middleware/accounts-available';
import { requireUser } from '../middleware/session';
import { accountPlan, type BillingService } from '../services/billing';
import { authUser } from './ai';
import { sessionDeps } from './auth';

export const BILLING_OFF_MESSAGE =
  'Billing is not configured on this server (no Stripe keys), so plans cannot be bought here. Everything on your device keeps working.';

export function billingRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const guard = requireUser(sessionDeps(deps));
  const billing = (): BillingService => {
    if (!deps.premium.billing)
      throw new ApiError(ErrorCode.BillingNotConfigured, BILLING_OFF_MESSAGE);
    return deps.premium.billing;
  };
  app.use(
    '/api/billing/*',
    accountsAvailable({ redis: deps.redis, enabled: deps.features.accounts }),
  );

  app.get(BillingRoutes.status, guard, async (c) => {
    const user = authUser(c);
    const {
      plan,
      billing: stored,
      grantedByRole,
    } = await accountPlan({ billingStore: deps.premium.billingStore, clock: deps.clock }, user);
    const sub = stored.subscription;
    const body: BillingStatusResponse = {
      configured: deps.premium.billing !== undefined,
      plan,
      ...(sub
        ? {
            subscription: {
              plan: sub.plan,
              status: sub.status,
              cancelAtPeriodEnd: stored.cancelAtPeriodEnd,
              ...(stored.currentPeriodEnd
                ? { currentPeriodEnd: stored.currentPeriodEnd.toISOString() }
                : {}),
              ...(sub.graceUntil ? { graceUntil: sub.graceUntil.toISOString() } : {}),
            },
          }
        : {}),
      grantedByRole,
      canManage: deps.premium.billing !== undefined && stored.customerId !== undefined,
    };
    return c.json(body);
  });

  app.post(BillingRoutes.checkout, guard, async (c) => {
    const service = billing();
    const { plan } = await readJson(c, CheckoutRequestSchema);
    return c.json({ url: orThrow(await service.checkout(authUser(c), plan)) });
  });

  app.post(BillingRoutes.portal, guard, async (c) => {
    const service = billing();
    return c.json({ url: orThrow(await service.portal(authUser(c))) });
  });

  // No session and no CSRF token: Stripe proves itself with the signature over the raw body.
  app.post(BillingRoutes.webhook, async (c) => {
    const service = billing();
    const signature = c.req.header('stripe-signature');
    if (!signature) throw new ApiError(ErrorCode.BadRequest, 'Missing Stripe-Signature header.');
    const raw = await c.req.text();
    let event;
    try {
      event = await service.verify(raw, signature);
    } catch (error) {
      deps.logger.warn('stripe webhook refused', {
        requestId: c.get('requestId'),
        reason: error instanceof Error ? error.message.slice(0, 120) : 'invalid',
      });
      throw new ApiError(ErrorCode.BadRequest, 'Invalid or expired Stripe signature.');
    }
    const result = await service.handle(event);
    return c.json({ received: true, result });
  });

  return app;
}
