import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AiQuotaResponseSchema, AiRoutes } from '@career-copilot/shared/api/ai';
import {
  BillingRoutes,
  BillingStatusResponseSchema,
  RedirectResponseSchema,
} from '@career-copilot/shared/api/billing';
import { ApiErrorBodySchema } from '@career-copilot/shared/api/errors';
import { TokenRoutes } from '@career-copilot/shared/api/tokens';
import { startOpenAiDouble, type OpenAiDouble } from '../../../e2e/doubles/openai';
import { startSmtpDouble, type SmtpDouble } from '../../../e2e/doubles/smtp';
import {
  STRIPE_DOUBLE_KEYS,
  startStripeDouble,
  type StripeDouble,
} from '../../../e2e/doubles/stripe';
import { buildTestApp, type TestApp } from '../../test/harness';
import { STRONG_PASSWORD } from '../../test/auth-flows';
import { OPENAI_UPSTREAM, userWithRole } from '../../test/premium';
import type { TestBrowser } from '../../test/test-browser';
import type { StripeConfig } from '../config';
import { createLlmUpstream } from '../infra/llm-upstream';
import { createStripeClient } from '../infra/stripe';
import { accountPlan } from '../services/billing';

let smtp: SmtpDouble;
let stripe: StripeDouble;
let openai: OpenAiDouble;
let t: TestApp;
let server: ServerType;
let base: string;

beforeAll(async () => {
  [smtp, stripe, openai] = await Promise.all([
    startSmtpDouble(),
    startStripeDouble(),
    startOpenAiDouble(),
  ]);
  const stripeConfig: StripeConfig = { ...STRIPE_DOUBLE_KEYS, apiBase: stripe.origin };
  const ai = OPENAI_UPSTREAM(openai.baseUrl);
  t = await buildTestApp({
    smtp,
    config: { stripe: stripeConfig, ai },
    stripe: createStripeClient(stripeConfig),
    llm: createLlmUpstream(ai),
  });
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: t.app.fetch, hostname: '127.0.0.1', port: 0 }, (info) =>
      resolve(info.port),
    );
  });
  base = `http://127.0.0.1:${port}`;
  stripe.webhookUrl = `${base}${BillingRoutes.webhook}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.cleanup();
  await Promise.all([smtp.stop(), stripe.close(), openai.close()]);
});

const status = async (browser: TestBrowser) =>
  BillingStatusResponseSchema.parse(await (await browser.request(BillingRoutes.status)).json());

/** Signs in, buys `plan` through Checkout on the double, and returns the subscription id. */
async function subscribe(plan: 'pro' | 'premium') {
  const user = await userWithRole(t, smtp, 'free', base);
  const res = await user.browser.post(BillingRoutes.checkout, { plan });
  expect(res.status).toBe(200);
  const { url } = RedirectResponseSchema.parse(await res.json());
  const sessionId = url.split('/').at(-1)!;
  const next = await stripe.completeCheckout(sessionId);
  expect(next).toBe(`${t.deps.config.publicOrigin}/account?billing=success`);
  const subscriptionId = stripe.sessions.get(sessionId)?.subscription as string;
  return {
    ...user,
    subscriptionId,
    customerId: stripe.sessions.get(sessionId)?.customer as string,
  };
}

describe('billing', () => {
  it('says “not configured” without Stripe keys, and plans still come from roles', async () => {
    const off = await buildTestApp({ smtp });
    try {
      const { browser } = await userWithRole(off, smtp, 'tester');
      expect(await status(browser)).toMatchObject({
        configured: false,
        plan: 'premium',
        grantedByRole: true,
        canManage: false,
      });
      const res = await browser.post(BillingRoutes.checkout, { plan: 'pro' });
      expect(res.status).toBe(503);
      expect(ApiErrorBodySchema.parse(await res.json()).error.code).toBe('billing_not_configured');
    } finally {
      await off.cleanup();
    }
  });

  it('upgrades through Checkout: the signed webhooks put the account on the plan', async () => {
    const after = smtp.mark();
    const { browser, subscriptionId } = await subscribe('pro');
    // The user hears of the change once, by mail.
    const mail = await smtp.waitFor((m) => m.subject === 'Your Career Copilot plan is now Pro', {
      after,
    });
    expect(mail.text).toContain('from Free to Pro');
    expect(stripe.delivered.slice(-2).map((d) => [d.event.type, d.status])).toEqual([
      ['checkout.session.completed', 200],
      ['customer.subscription.created', 200],
    ]);
    expect(await status(browser)).toMatchObject({
      configured: true,
      plan: 'pro',
      subscription: { plan: 'pro', status: 'active', cancelAtPeriodEnd: false },
      grantedByRole: false,
      canManage: true,
    });
    const quota = AiQuotaResponseSchema.parse(await (await browser.request(AiRoutes.quota)).json());
    expect(quota).toMatchObject({ plan: 'pro', requestsLimit: 300 });
    // Buying again while subscribed goes to the portal instead.
    const again = await browser.post(BillingRoutes.checkout, { plan: 'premium' });
    expect(again.status).toBe(409);
    const portal = await browser.post(BillingRoutes.portal);
    expect(RedirectResponseSchema.parse(await portal.json()).url).toContain('/portal/');
    // Moving to Premium in the portal, then cancelling.
    await stripe.updateSubscription(subscriptionId, {
      items: { data: [{ price: { id: STRIPE_DOUBLE_KEYS.prices.premium } }] },
    });
    expect((await status(browser)).plan).toBe('premium');
    await stripe.updateSubscription(subscriptionId, {}, 'customer.subscription.deleted');
    expect(await status(browser)).toMatchObject({
      plan: 'free',
      subscription: { status: 'canceled' },
    });
  });

  it('refuses forged, stale and unsigned webhooks without changing anything', async () => {
    const { browser, subscriptionId, customerId } = await subscribe('premium');
    const cancelled = {
      id: subscriptionId,
      object: 'subscription',
      customer: customerId,
      status: 'canceled',
    };
    const post = (payload: string, signature?: string) =>
      fetch(stripe.webhookUrl!, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(signature ? { 'stripe-signature': signature } : {}),
        },
        body: payload,
      });
    const forged = stripe.signEvent('customer.subscription.deleted', cancelled, {
      secret: 'whsec_attacker000000000000',
    });
    expect((await post(forged.payload, forged.signature)).status).toBe(400);
    const stale = stripe.signEvent('customer.subscription.deleted', cancelled, {
      timestamp: Math.floor(Date.now() / 1000) - 10 * 60,
    });
    expect((await post(stale.payload, stale.signature)).status).toBe(400);
    const genuine = stripe.signEvent('customer.subscription.deleted', cancelled);
    expect((await post(genuine.payload)).status).toBe(400);
    // A body changed after signing no longer matches its signature.
    const tampered = genuine.payload.replace('"canceled"', '"canceled" ');
    expect((await post(tampered, genuine.signature)).status).toBe(400);
    expect((await status(browser)).plan).toBe('premium');
  });

  it('handles a duplicated or replayed event once, and ignores older events delivered late', async () => {
    const { browser, subscriptionId, customerId } = await subscribe('pro');
    const sub = (status: string) => ({
      id: subscriptionId,
      object: 'subscription',
      customer: customerId,
      status,
      cancel_at_period_end: false,
      items: { data: [{ price: { id: STRIPE_DOUBLE_KEYS.prices.pro } }] },
    });
    const now = Math.floor(Date.now() / 1000);
    const post = async (signed: { payload: string; signature: string }) => {
      const res = await fetch(stripe.webhookUrl!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': signed.signature },
        body: signed.payload,
      });
      return { status: res.status, body: (await res.json()) as { result?: string } };
    };
    // Cancelled at now+20; an "active" update from now+10 arrives after it.
    const cancel = stripe.signEvent('customer.subscription.deleted', sub('canceled'), {
      created: now + 20,
    });
    expect((await post(cancel)).body.result).toBe('applied');
    const late = stripe.signEvent('customer.subscription.updated', sub('active'), {
      created: now + 10,
    });
    expect((await post(late)).body.result).toBe('ignored');
    expect((await status(browser)).plan).toBe('free');
    // The same delivery again (Stripe retries; an attacker replays within the tolerance): once only.
    const resume = stripe.signEvent('customer.subscription.updated', sub('active'), {
      created: now + 30,
    });
    const [first, second] = await Promise.all([post(resume), post(resume)]);
    expect([first.body.result, second.body.result].sort()).toEqual(['applied', 'duplicate']);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect((await status(browser)).plan).toBe('pro');
    const replayedCancel = await post(cancel);
    expect(replayedCancel.body.result).toBe('duplicate');
    expect((await status(browser)).plan).toBe('pro');
  });

  it('keeps the plan through the grace period after a failed payment, then falls back to Free', async () => {
    const { browser, customerId, userId } = await subscribe('premium');
    expect(
      await stripe.deliver('invoice.payment_failed', {
        id: 'in_failed',
        object: 'invoice',
        customer: customerId,
        status: 'open',
      }),
    ).toBe(200);
    const during = await status(browser);
    expect(during).toMatchObject({ plan: 'premium', subscription: { status: 'past_due' } });
    expect(Date.parse(during.subscription!.graceUntil!)).toBeGreaterThan(
      Date.now() + 6 * 86_400_000,
    );
    // Eight days on (sessions would have expired by then, so ask the plan service directly).
    const user = (await t.deps.auth.users.findById(userId))!;
    const later = { now: () => new Date(Date.now() + 8 * 86_400_000) };
    expect(
      (await accountPlan({ billingStore: t.deps.premium.billingStore, clock: later }, user)).plan,
    ).toBe('free');
  });

  it('mails a receipt when an invoice is paid, once, and none for a $0 invoice', async () => {
    const { customerId, userId } = await subscribe('pro');
    const email = (await t.deps.auth.users.findById(userId))!.email;
    const after = smtp.mark();
    const paid = {
      id: 'in_paid',
      object: 'invoice',
      customer: customerId,
      status: 'paid',
      amount_paid: 999,
      currency: 'usd',
      hosted_invoice_url: 'https://invoice.stripe.com/i/acct_test/in_paid',
      status_transitions: { paid_at: Date.UTC(2026, 10, 1) / 1000 },
    };
    const event = stripe.signEvent('invoice.paid', paid);
    const post = (signed: { payload: string; signature: string }) =>
      fetch(stripe.webhookUrl!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': signed.signature },
        body: signed.payload,
      });
    expect((await post(event)).status).toBe(200);
    expect((await post(event)).status).toBe(200);
    expect(await stripe.deliver('invoice.paid', { ...paid, id: 'in_zero', amount_paid: 0 })).toBe(
      200,
    );
    await t.deps.auth.tasks.drain();
    const mail = await smtp.waitFor(
      (m) => m.to.includes(email.toLowerCase()) && /receipt/i.test(m.subject),
      { after },
    );
    expect(mail.text).toContain('$9.99');
    expect(mail.text).toContain('https://invoice.stripe.com/i/acct_test/in_paid');
    await new Promise((r) => setTimeout(r, 200));
    const receipts = smtp.messages.filter(
      (m, i) => i >= after && m.to.includes(email.toLowerCase()) && /receipt/i.test(m.subject),
    );
    expect(receipts).toHaveLength(1);
  });

  it('cancels the subscription when the account is deleted', async () => {
    const { browser, subscriptionId, customerId } = await subscribe('pro');
    const res = await browser.request('/api/users/me', {
      method: 'DELETE',
      json: { password: STRONG_PASSWORD },
    });
    expect(res.status).toBe(200);
    expect(stripe.subscriptions.get(subscriptionId)?.status).toBe('canceled');
    expect(await t.deps.premium.billingStore.userOfCustomer(customerId)).toBeUndefined();
  });

  it('a subscription to Premium unlocks API tokens, and a token can call the AI route', async () => {
    const { browser } = await subscribe('premium');
    const created = await browser.post(TokenRoutes.tokens, { name: 'cli', scopes: ['ai:chat'] });
    expect(created.status).toBe(201);
    const { token } = (await created.json()) as { token: string };
    // No cookies, no CSRF token: the Bearer middleware sets the same auth context sessions do.
    const res = await fetch(`${base}${AiRoutes.chat}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'user', content: 'hello' }] }),
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('event: usage');
  });
});
