// Builds the premium services (plans, billing, server inference quota) from their dependencies.
import { PLANS } from '@career-copilot/shared/billing/plans';
import type { Config } from '../config';
import type { Clock } from '../infra/clock';
import type { LlmUpstream } from '../infra/llm-upstream';
import type { Logger } from '../infra/logger';
import type { RedisHandle } from '../infra/redis';
import type { StripeClient } from '../infra/stripe';
import { createAiQuota, type AiQuota } from './ai-quota';
import { createBillingService, type BillingService } from './billing';
import { createBillingStore, type BillingStore } from './billing-store';

/** What one charged answer used; the admin reports hook traffic counters on it. */
export type AiUsageEvent = {
  readonly userId: string;
  readonly plan: string;
  readonly requests: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly at: Date;
};

export type PremiumServices = {
  readonly billingStore: BillingStore;
  /** Undefined without Stripe configuration: billing answers billing_not_configured. */
  readonly billing: BillingService | undefined;
  readonly quota: AiQuota;
  /** Undefined without an upstream: inference answers inference_not_configured. */
  readonly llm: LlmUpstream | undefined;
};

export function createPremiumServices(input: {
  redis: RedisHandle;
  clock: Clock;
  logger: Logger;
  config: Pick<Config, 'stripe' | 'publicOrigin'>;
  stripe: StripeClient | undefined;
  llm: LlmUpstream | undefined;
  onPlanChanged?: (
    userId: string,
    change: { previousPlan: string; plan: string; at: Date },
  ) => void;
  /** A subscription invoice was paid: the receipt mail (plan as its label). */
  onPaid?: (
    userId: string,
    receipt: { plan: string; amount: string; paidAt: Date; invoiceUrl: string },
  ) => void;
}): PremiumServices {
  const billingStore = createBillingStore({ redis: input.redis });
  const stripeConfig = input.config.stripe;
  return {
    billingStore,
    billing:
      input.stripe && stripeConfig
        ? createBillingService({
            stripe: input.stripe,
            config: stripeConfig,
            billingStore,
            clock: input.clock,
            logger: input.logger,
            publicOrigin: input.config.publicOrigin,
            onPlanChanged: (userId, change) =>
              input.onPlanChanged?.(userId, {
                previousPlan: PLANS[change.previousPlan].label,
                plan: PLANS[change.plan].label,
                at: change.at,
              }),
            onPaid: (userId, receipt) =>
              input.onPaid?.(userId, { ...receipt, plan: PLANS[receipt.plan].label }),
          })
        : undefined,
    quota: createAiQuota({ redis: input.redis, clock: input.clock }),
    llm: input.llm,
  };
}
