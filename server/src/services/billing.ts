// Billing: Checkout and portal sessions through Stripe, the account's plan, and Stripe's events
// turned into subscription state (signature checked in the route, each event handled once).
import { ErrorCode } from '@career-copilot/shared/api/errors';
import {
  effectivePlan,
  PAYMENT_GRACE_DAYS,
  planOfRole,
  planOfSubscription,
  type PaidPlanId,
  type PlanId,
  type SubscriptionStatus,
} from '@career-copilot/shared/billing/plans';
import { ok, type Result } from '@career-copilot/shared/lib/result';
import type { StripeConfig } from '../config';
import type { Clock } from '../infra/clock';
import type { Logger } from '../infra/logger';
import type { StripeClient } from '../infra/stripe';
import type { BillingStore, StoredBilling, SubscriptionUpdate } from './billing-store';
import { fail, type Failure } from './failure';
import type { UserRecord } from './user-store';

type Obj = Record<string, unknown>;

export type AccountPlan = {
  readonly plan: PlanId;
  readonly billing: StoredBilling;
  /** The plan comes from the role, not (only) from a subscription. */
  readonly grantedByRole: boolean;
};

/** The user's plan right now (see effectivePlan for the rule). */
export async function accountPlan(
  deps: { billingStore: BillingStore; clock: Clock },
  user: UserRecord,
): Promise<AccountPlan> {
  const billing = await deps.billingStore.read(user.id);
  const plan = effectivePlan({
    role: user.role,
    subscription: billing.subscription,
    now: deps.clock.now(),
  });
  return { plan, billing, grantedByRole: planOfRole(user.role) === plan && plan !== 'free' };
}

export type BillingService = ReturnType<typeof createBillingService>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
const idOf = (v: unknown): string | undefined =>
  str(v) ?? (v && typeof v === 'object' ? str((v as Obj).id) : undefined);

export function createBillingService(deps: {
  stripe: StripeClient;
  config: StripeConfig;
  billingStore: BillingStore;
  clock: Clock;
  logger: Logger;
  publicOrigin: string;
  /** The plan a subscription pays for changed (upgrade, downgrade, cancellation, lapse). */
  onPlanChanged?: (
    userId: string,
    change: { previousPlan: PlanId; plan: PlanId; at: Date },
  ) => void;
  /** A subscription invoice was paid (the receipt mail). */
  onPaid?: (
    userId: string,
    receipt: { plan: PaidPlanId; amount: string; paidAt: Date; invoiceUrl: string },
  ) => void;
}) {
  const { stripe, billingStore: store } = deps;
  const planOfPrice = (price: string | undefined): PaidPlanId | undefined =>
    price === deps.config.prices.pro
      ? 'pro'
      : price === deps.config.prices.premium
        ? 'premium'
        : undefined;

  async function customerFor(user: UserRecord): Promise<string> {
    const known = (await store.read(user.id)).customerId;
    if (known) return known;
    const customer = await stripe.customers.create(
      { email: user.email, metadata: { userId: user.id } },
      { idempotencyKey: `customer-${user.id}` },
    );
    await store.linkCustomer(user.id, customer.id);
    return customer.id;
  }

  async function userOf(object: Obj): Promise<string | undefined> {
    const customer = idOf(object.customer);
    const byCustomer = customer ? await store.userOfCustomer(customer) : undefined;
    if (byCustomer) return byCustomer;
    const metadata = (object.metadata ?? {}) as Obj;
    return str(metadata.userId) ?? str(object.client_reference_id);
  }

  function subscriptionUpdate(
    sub: Obj,
    status: SubscriptionStatus,
    created: number,
  ): SubscriptionUpdate {
    const item = ((sub.items as Obj | undefined)?.data as Obj[] | undefined)?.[0];
    const price = idOf(item?.price) ?? idOf((item?.plan as Obj | undefined)?.id);
    const periodEnd = Number(item?.current_period_end ?? sub.current_period_end);
    const pastDue = status === 'past_due' || status === 'unpaid';
    return {
      subscriptionId: idOf(sub.id) ?? '',
      plan: planOfPrice(price),
      status,
      currentPeriodEnd:
        Number.isFinite(periodEnd) && periodEnd > 0 ? new Date(periodEnd * 1000) : undefined,
      cancelAtPeriodEnd: Boolean(sub.cancel_at_period_end),
      grace: pastDue
        ? { until: graceEnd(created) }
        : status === 'active' || status === 'trialing'
          ? 'clear'
          : 'keep',
    };
  }

  const graceEnd = (created: number) => new Date((created + PAYMENT_GRACE_DAYS * 86_400) * 1000);

  /** What one verified event changes; false when the event is about something we do not track. */
  async function applyEvent(event: { type: string; created: number; data: { object: unknown } }) {
    const object = event.data.object as Obj;
    const userId = await userOf(object);
    if (!userId) {
      deps.logger.warn('stripe event for an unknown customer', { type: event.type });
      return false;
    }
    switch (event.type) {
      case 'checkout.session.completed': {
        const customer = idOf(object.customer);
        if (customer) await store.linkCustomer(userId, customer);
        const subscriptionId = idOf(object.subscription);
        const plan = str((object.metadata as Obj | undefined)?.plan);
        if (!subscriptionId || (plan !== 'pro' && plan !== 'premium')) return false;
        if (object.status !== 'complete') return false;
        return store.applySubscription(
          userId,
          {
            subscriptionId,
            plan,
            status: 'active',
            currentPeriodEnd: undefined,
            cancelAtPeriodEnd: undefined,
            grace: 'clear',
          },
          event.created,
        );
      }
      case 'customer.subscription.created':
      case 'customer.subscription.updated':
      case 'customer.subscription.deleted': {
        const status = (
          event.type === 'customer.subscription.deleted' ? 'canceled' : str(object.status)
        ) as SubscriptionStatus | undefined;
        if (!status) return false;
        const current = await store.read(userId);
        // An old subscription's events do not touch a newer one's state.
        if (
          current.subscriptionId &&
          current.subscriptionId !== idOf(object.id) &&
          event.type !== 'customer.subscription.created'
        ) {
          const live = current.subscription && current.subscription.status !== 'canceled';
          if (live) return false;
        }
        return store.applySubscription(
          userId,
          subscriptionUpdate(object, status, event.created),
          event.created,
        );
      }
      case 'invoice.payment_failed': {
        const current = await store.read(userId);
        if (!current.subscriptionId || !current.subscription) return false;
        return store.applySubscription(
          userId,
          {
            subscriptionId: current.subscriptionId,
            plan: current.subscription.plan,
            status: 'past_due',
            currentPeriodEnd: undefined,
            cancelAtPeriodEnd: undefined,
            grace: { until: graceEnd(event.created) },
          },
          event.created,
        );
      }
      case 'invoice.paid': {
        const current = await store.read(userId);
        const plan = current.subscription?.plan;
        const cents = Number(object.amount_paid);
        // Only our subscriptions' invoices, and only real payments (a $0 proration is no receipt).
        if (!plan || !Number.isFinite(cents) || cents <= 0) return false;
        const currency = (str(object.currency) ?? 'usd').toUpperCase();
        let amount: string;
        try {
          amount = new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(
            cents / 100,
          );
        } catch {
          amount = `${(cents / 100).toFixed(2)} ${currency.slice(0, 3)}`;
        }
        const paidAt = Number((object.status_transitions as Obj | undefined)?.paid_at);
        const invoiceUrl = str(object.hosted_invoice_url);
        deps.onPaid?.(userId, {
          plan,
          amount,
          paidAt: new Date((Number.isFinite(paidAt) && paidAt > 0 ? paidAt : event.created) * 1000),
          // A signed event, but still: only an https link goes into a mail.
          invoiceUrl: invoiceUrl?.startsWith('https://')
            ? invoiceUrl
            : `${deps.publicOrigin}/account`,
        });
        return false;
      }
      default:
        return false;
    }
  }

  return {
    checkout: async (user: UserRecord, plan: PaidPlanId): Promise<Result<string, Failure>> => {
      const current = await store.read(user.id);
      const live =
        current.subscription &&
        !['canceled', 'incomplete_expired'].includes(current.subscription.status);
      if (live) {
        return fail(
          ErrorCode.Conflict,
          'You already have a subscription. Change or cancel it with “Manage billing”.',
        );
      }
      const customer = await customerFor(user);
      const session = await stripe.checkout.sessions.create({
        mode: 'subscription',
        customer,
        client_reference_id: user.id,
        line_items: [{ price: deps.config.prices[plan], quantity: 1 }],
        success_url: `${deps.publicOrigin}/account?billing=success`,
        cancel_url: `${deps.publicOrigin}/account?billing=cancelled`,
        metadata: { userId: user.id, plan },
        subscription_data: { metadata: { userId: user.id, plan } },
      });
      if (!session.url)
        return fail(
          ErrorCode.ServiceUnavailable,
          'Stripe did not return a checkout page. Try again.',
        );
      return ok(session.url);
    },

    portal: async (user: UserRecord): Promise<Result<string, Failure>> => {
      const { customerId } = await store.read(user.id);
      if (!customerId) {
        return fail(ErrorCode.Conflict, 'There is no billing to manage yet: choose a plan first.');
      }
      const session = await stripe.billingPortal.sessions.create({
        customer: customerId,
        return_url: `${deps.publicOrigin}/account`,
      });
      return ok(session.url);
    },

    /** The account was deleted: cancel its subscription at once and forget its customer. */
    closeAccount: async (stored: StoredBilling) => {
      const live =
        stored.subscriptionId &&
        stored.subscription &&
        !['canceled', 'incomplete_expired'].includes(stored.subscription.status);
      if (live && stored.subscriptionId) await stripe.subscriptions.cancel(stored.subscriptionId);
      if (stored.customerId) await store.forgetCustomer(stored.customerId);
    },

    /** Verifies the signature on the raw body (rejecting stale timestamps); throws on a bad one. */
    verify: (rawBody: string, signature: string) =>
      stripe.webhooks.constructEventAsync(
        rawBody,
        signature,
        deps.config.webhookSecret,
        WEBHOOK_TOLERANCE_SECONDS,
      ),

    /** Handles a verified event once: 'duplicate' when it was (or is being) handled already. */
    handle: async (event: {
      id: string;
      type: string;
      created: number;
      data: { object: unknown };
    }) => {
      if ((await store.claimEvent(event.id)) === 'duplicate') return 'duplicate' as const;
      try {
        const userId = await userOf(event.data.object as Obj);
        const now = deps.clock.now();
        const before = userId ? await store.read(userId) : undefined;
        const applied = await applyEvent(event);
        await store.finishEvent(event.id);
        if (applied && userId && before) {
          const previousPlan = planOfSubscription(before.subscription, now);
          const plan = planOfSubscription((await store.read(userId)).subscription, now);
          if (plan !== previousPlan) deps.onPlanChanged?.(userId, { previousPlan, plan, at: now });
        }
        return applied ? ('applied' as const) : ('ignored' as const);
      } catch (error) {
        await store.releaseEvent(event.id);
        throw error;
      }
    },
  };
}

/** Signatures older than this are refused, so a captured delivery cannot be replayed later. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;
