import { describe, expect, it } from 'vitest';
import { Role } from '../api/auth';
import { effectivePlan, PLANS, planOfSubscription, type SubscriptionState } from './plans';

const now = new Date('2026-03-10T12:00:00Z');
const later = new Date('2026-03-12T12:00:00Z');
const earlier = new Date('2026-03-08T12:00:00Z');
const sub = (s: Partial<SubscriptionState>): SubscriptionState => ({
  plan: 'pro',
  status: 'active',
  ...s,
});

describe('effectivePlan', () => {
  it('is Free for a free account without a subscription', () => {
    expect(effectivePlan({ role: Role.Free, subscription: undefined, now })).toBe('free');
  });

  it('is the plan an active or trialing subscription pays for', () => {
    expect(effectivePlan({ role: Role.Free, subscription: sub({}), now })).toBe('pro');
    expect(
      effectivePlan({
        role: Role.Free,
        subscription: sub({ plan: 'premium', status: 'trialing' }),
        now,
      }),
    ).toBe('premium');
  });

  it('keeps the plan through the grace period after a failed payment, then falls to Free', () => {
    const pastDue = sub({ status: 'past_due', graceUntil: later });
    expect(effectivePlan({ role: Role.Free, subscription: pastDue, now })).toBe('pro');
    expect(effectivePlan({ role: Role.Free, subscription: pastDue, now: later })).toBe('free');
    expect(
      effectivePlan({ role: Role.Free, subscription: sub({ graceUntil: earlier }), now }),
    ).toBe('free');
    expect(effectivePlan({ role: Role.Free, subscription: sub({ status: 'past_due' }), now })).toBe(
      'free',
    );
  });

  it('is Free for cancelled, unpaid and never-completed subscriptions', () => {
    for (const status of ['canceled', 'unpaid', 'incomplete', 'incomplete_expired'] as const) {
      expect(planOfSubscription(sub({ plan: 'premium', status }), now)).toBe('free');
    }
  });

  it('gives admins and testers Premium without billing, and admin-granted roles their plan', () => {
    expect(effectivePlan({ role: Role.Admin, subscription: undefined, now })).toBe('premium');
    expect(effectivePlan({ role: Role.Tester, subscription: undefined, now })).toBe('premium');
    expect(effectivePlan({ role: Role.Premium, subscription: undefined, now })).toBe('premium');
    expect(effectivePlan({ role: Role.Pro, subscription: undefined, now })).toBe('pro');
  });

  it('takes the higher of role and subscription', () => {
    expect(effectivePlan({ role: Role.Pro, subscription: sub({ plan: 'premium' }), now })).toBe(
      'premium',
    );
    expect(effectivePlan({ role: Role.Premium, subscription: sub({ plan: 'pro' }), now })).toBe(
      'premium',
    );
    expect(effectivePlan({ role: Role.Pro, subscription: sub({ status: 'canceled' }), now })).toBe(
      'pro',
    );
  });
});

describe('PLANS', () => {
  it('grows with the price: more requests, tokens and speed for each step up', () => {
    const [free, pro, premium] = [PLANS.free, PLANS.pro, PLANS.premium];
    expect(free.priceCents).toBe(0);
    expect(pro.priceCents).toBe(999);
    expect(premium.priceCents).toBe(1999);
    for (const [a, b] of [
      [free, pro],
      [pro, premium],
    ] as const) {
      expect(b.dailyRequests).toBeGreaterThan(a.dailyRequests);
      expect(b.dailyTokens).toBeGreaterThan(a.dailyTokens);
      expect(b.requestsPerMinute).toBeGreaterThan(a.requestsPerMinute);
    }
    expect(premium.agents && !pro.agents && !free.agents).toBe(true);
    expect(premium.modelTier).toBe('good');
  });
});
