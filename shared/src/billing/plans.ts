// The plans in one place: price, daily server allowance, per-minute limit, model tier, agents,
// templates; and the one rule that decides which plan an account has right now.
import { Role } from '../api/auth';

export const PlanId = { Free: 'free', Pro: 'pro', Premium: 'premium' } as const;
export type PlanId = (typeof PlanId)[keyof typeof PlanId];
export const PLAN_IDS = Object.values(PlanId) as [PlanId, ...PlanId[]];
/** The plans someone can buy. */
export const PAID_PLAN_IDS = [PlanId.Pro, PlanId.Premium] as const;
export type PaidPlanId = (typeof PAID_PLAN_IDS)[number];

/** `fast` is the cheaper server model; `good` the best one we run. */
export type ModelTier = 'fast' | 'good';

export type PlanLimits = {
  readonly id: PlanId;
  readonly label: string;
  /** Monthly price in US cents. */
  readonly priceCents: number;
  readonly summary: string;
  /** Server chat requests a UTC day. */
  readonly dailyRequests: number;
  /** Server tokens (input + output) a UTC day; a request starts only while some are left. */
  readonly dailyTokens: number;
  /** Server chat requests a minute (sliding window). */
  readonly requestsPerMinute: number;
  /** The best server model tier the plan may use. */
  readonly modelTier: ModelTier;
  /** Multi-step server agents ("apply to this job"). */
  readonly agents: boolean;
  /** Which resume templates: the free ones, or all of them. */
  readonly templates: 'free' | 'all';
};

export const PLANS: Readonly<Record<PlanId, PlanLimits>> = {
  free: {
    id: 'free',
    label: 'Free',
    priceCents: 0,
    summary:
      'Everything on your device with your own key, in-browser models or Ollama, plus a few server requests a day to try it.',
    dailyRequests: 10,
    dailyTokens: 20_000,
    requestsPerMinute: 3,
    modelTier: 'fast',
    agents: false,
    templates: 'free',
  },
  pro: {
    id: 'pro',
    label: 'Pro',
    priceCents: 999,
    summary: 'Server inference with a generous daily allowance, and every template.',
    dailyRequests: 300,
    dailyTokens: 600_000,
    requestsPerMinute: 20,
    modelTier: 'fast',
    agents: false,
    templates: 'all',
  },
  premium: {
    id: 'premium',
    label: 'Premium',
    priceCents: 1999,
    summary: 'A higher allowance, our best server model, and multi-step agents.',
    dailyRequests: 1000,
    dailyTokens: 2_000_000,
    requestsPerMinute: 40,
    modelTier: 'good',
    agents: true,
    templates: 'all',
  },
};

const RANK: Readonly<Record<PlanId, number>> = { free: 0, pro: 1, premium: 2 };

export function higherPlan(a: PlanId, b: PlanId): PlanId {
  return RANK[a] >= RANK[b] ? a : b;
}

export function isPlanId(value: unknown): value is PlanId {
  return typeof value === 'string' && (PLAN_IDS as readonly string[]).includes(value);
}

export function formatPrice(plan: PlanLimits): string {
  return plan.priceCents === 0 ? '$0' : `$${(plan.priceCents / 100).toFixed(2)}/month`;
}

/** Stripe's subscription statuses, as far as they matter to the plan. */
export const SubscriptionStatus = {
  Active: 'active',
  Trialing: 'trialing',
  PastDue: 'past_due',
  Unpaid: 'unpaid',
  Canceled: 'canceled',
  Incomplete: 'incomplete',
  IncompleteExpired: 'incomplete_expired',
  Paused: 'paused',
} as const;
export type SubscriptionStatus = (typeof SubscriptionStatus)[keyof typeof SubscriptionStatus];

/** What the server knows of an account's subscription. */
export type SubscriptionState = {
  readonly plan: PaidPlanId;
  readonly status: SubscriptionStatus;
  /** After a failed payment: the plan holds until then, and is Free afterwards. */
  readonly graceUntil?: Date | undefined;
};

/** Days a failed payment keeps the plan before the account falls back to Free. */
export const PAYMENT_GRACE_DAYS = 7;

/** The plan a role confers without billing (granted by an admin). */
export function planOfRole(role: Role): PlanId {
  switch (role) {
    case Role.Admin:
    case Role.Tester:
    case Role.Premium:
      return PlanId.Premium;
    case Role.Pro:
      return PlanId.Pro;
    case Role.Free:
      return PlanId.Free;
  }
}

/** The plan a subscription pays for right now: active or trialing, or past due within the grace period. */
export function planOfSubscription(subscription: SubscriptionState | undefined, now: Date): PlanId {
  if (!subscription) return PlanId.Free;
  switch (subscription.status) {
    case SubscriptionStatus.Active:
    case SubscriptionStatus.Trialing:
      return subscription.graceUntil && subscription.graceUntil <= now
        ? PlanId.Free
        : subscription.plan;
    case SubscriptionStatus.PastDue:
      return subscription.graceUntil && subscription.graceUntil > now
        ? subscription.plan
        : PlanId.Free;
    default:
      return PlanId.Free;
  }
}

/**
 * The account's plan: the higher of what its subscription pays for now and what its role confers.
 * Admins and testers get Premium without billing; an admin-granted Pro or Premium role holds even
 * without (or beyond) a subscription; a lapsed or cancelled subscription is Free.
 */
export function effectivePlan(input: {
  readonly role: Role;
  readonly subscription: SubscriptionState | undefined;
  readonly now: Date;
}): PlanId {
  return higherPlan(planOfRole(input.role), planOfSubscription(input.subscription, input.now));
}
