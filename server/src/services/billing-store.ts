// Billing state per user in Redis: the Stripe customer, the subscription as last reported (newer
// events win, so out-of-order delivery cannot roll a plan back), and handled event ids.
import type {
  PaidPlanId,
  SubscriptionState,
  SubscriptionStatus,
} from '@career-copilot/shared/billing/plans';
import type { RedisHandle } from '../infra/redis';
import { defineScript } from '../infra/redis-script';
import { stripeCustomerKey, stripeEventKey, userKeys } from './redis-keys';

export type StoredBilling = {
  readonly customerId: string | undefined;
  readonly subscriptionId: string | undefined;
  readonly subscription: SubscriptionState | undefined;
  readonly currentPeriodEnd: Date | undefined;
  readonly cancelAtPeriodEnd: boolean;
};

/** A subscription as an event reports it; `graceFrom` starts a grace period unless one runs already. */
export type SubscriptionUpdate = {
  readonly subscriptionId: string;
  readonly plan: PaidPlanId | undefined;
  readonly status: SubscriptionStatus;
  readonly currentPeriodEnd: Date | undefined;
  readonly cancelAtPeriodEnd: boolean | undefined;
  readonly grace: { readonly until: Date } | 'clear' | 'keep';
};

// KEYS[1] billing hash. ARGV: event created (s), subscription id, then field/value pairs; a value of
// '' deletes the field, a field ending in '?' is only set when absent. Returns 0 for a stale event.
const APPLY_LUA = `
local at = tonumber(redis.call('HGET', KEYS[1], 'eventAt') or '-1')
local created = tonumber(ARGV[1])
if created < at then return 0 end
if created == at and redis.call('HGET', KEYS[1], 'status') == 'canceled'
  and redis.call('HGET', KEYS[1], 'subscriptionId') == ARGV[2] then return 0 end
for i = 3, #ARGV, 2 do
  local field, value = ARGV[i], ARGV[i + 1]
  if string.sub(field, -1) == '?' then
    redis.call('HSETNX', KEYS[1], string.sub(field, 1, -2), value)
  elseif value == '' then redis.call('HDEL', KEYS[1], field)
  else redis.call('HSET', KEYS[1], field, value) end
end
redis.call('HSET', KEYS[1], 'eventAt', ARGV[1], 'subscriptionId', ARGV[2])
return 1
`;

const EVENT_DONE_SECONDS = 30 * 24 * 3600;
/** A handler that crashed mid-way lets Stripe's retry through after this long. */
const EVENT_CLAIM_SECONDS = 120;

export type BillingStore = ReturnType<typeof createBillingStore>;

export function createBillingStore(deps: { redis: RedisHandle }) {
  const r = deps.redis.client;
  const apply = defineScript(r, 'ccBillingApply', 1, APPLY_LUA);

  return {
    read: async (userId: string): Promise<StoredBilling> => {
      const f = await r.hgetall(userKeys(userId).billing);
      const date = (v: string | undefined) => (v ? new Date(Number(v) * 1000) : undefined);
      const plan = f.plan === 'pro' || f.plan === 'premium' ? f.plan : undefined;
      return {
        customerId: f.customerId || undefined,
        subscriptionId: f.subscriptionId || undefined,
        subscription:
          plan && f.status
            ? {
                plan,
                status: f.status as SubscriptionStatus,
                graceUntil: date(f.graceUntil),
              }
            : undefined,
        currentPeriodEnd: date(f.currentPeriodEnd),
        cancelAtPeriodEnd: f.cancelAtPeriodEnd === '1',
      };
    },

    /** Links a Stripe customer to the user, both ways. */
    linkCustomer: async (userId: string, customerId: string) => {
      await r.multi().hset(userKeys(userId).billing, 'customerId', customerId).exec();
      await r.set(stripeCustomerKey(customerId), userId);
    },

    forgetCustomer: async (customerId: string) => {
      await r.del(stripeCustomerKey(customerId));
    },

    userOfCustomer: async (customerId: string) =>
      (await r.get(stripeCustomerKey(customerId))) ?? undefined,

    /** Applies what an event says about the subscription, unless a newer event already did. */
    applySubscription: async (
      userId: string,
      update: SubscriptionUpdate,
      eventCreated: number,
    ): Promise<boolean> => {
      const fields: string[] = ['status', update.status];
      if (update.plan) fields.push('plan', update.plan);
      if (update.currentPeriodEnd)
        fields.push(
          'currentPeriodEnd',
          String(Math.floor(update.currentPeriodEnd.getTime() / 1000)),
        );
      if (update.cancelAtPeriodEnd !== undefined)
        fields.push('cancelAtPeriodEnd', update.cancelAtPeriodEnd ? '1' : '0');
      if (update.grace === 'clear') fields.push('graceUntil', '');
      else if (update.grace !== 'keep')
        fields.push('graceUntil?', String(Math.floor(update.grace.until.getTime() / 1000)));
      return (
        (await apply(
          [userKeys(userId).billing],
          [eventCreated, update.subscriptionId, ...fields],
        )) === 1
      );
    },

    /** 'new' for the one delivery that gets to handle the event; 'duplicate' for the rest. */
    claimEvent: async (eventId: string): Promise<'new' | 'duplicate'> =>
      (await r.set(stripeEventKey(eventId), 'processing', 'EX', EVENT_CLAIM_SECONDS, 'NX')) === 'OK'
        ? 'new'
        : 'duplicate',
    finishEvent: async (eventId: string) => {
      await r.set(stripeEventKey(eventId), 'done', 'EX', EVENT_DONE_SECONDS);
    },
    /** The handler failed: let Stripe's next delivery try again. */
    releaseEvent: async (eventId: string) => {
      await r.del(stripeEventKey(eventId));
    },
  };
}
