// Premium end to end: sign up, upgrade to Pro through Stripe Checkout (the test double redirects and
// sends signed webhooks), run an AI task on our server's model, and see the usage go up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAiDouble, type OpenAiDouble } from '../doubles/openai';
import { startSmtpDouble, type SmtpDouble } from '../doubles/smtp';
import { STRIPE_DOUBLE_KEYS, startStripeDouble, type StripeDouble } from '../doubles/stripe';
import { launchBrowser, type Browser } from '../harness/browser';
import { startServer, type RunningServer } from '../harness/server';
import { AccountPage } from '../page-models/account';
import { ModelSettingsPage } from '../page-models/model-settings';
import { PlanPage } from '../page-models/plan';

describe('premium', () => {
  let smtp: SmtpDouble;
  let stripe: StripeDouble;
  let openai: OpenAiDouble;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [smtp, stripe, openai] = await Promise.all([
      startSmtpDouble(),
      startStripeDouble(),
      startOpenAiDouble(),
    ]);
    server = await startServer({
      SMTP_URL: smtp.url,
      STRIPE_SECRET_KEY: STRIPE_DOUBLE_KEYS.secretKey,
      STRIPE_WEBHOOK_SECRET: STRIPE_DOUBLE_KEYS.webhookSecret,
      STRIPE_PRICE_PRO: STRIPE_DOUBLE_KEYS.prices.pro,
      STRIPE_PRICE_PREMIUM: STRIPE_DOUBLE_KEYS.prices.premium,
      STRIPE_API_BASE: stripe.origin,
      AI_UPSTREAM: 'openai',
      AI_UPSTREAM_URL: openai.baseUrl,
      AI_UPSTREAM_API_KEY: 'sk-test-key',
      AI_MODEL_FAST: 'gpt-4o-mini',
      AI_MODEL_GOOD: 'gpt-4.1',
    });
    stripe.webhookUrl = `${server.url}/api/billing/webhook`;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await Promise.all([smtp?.stop(), stripe?.close(), openai?.close()]);
  });

  it('upgrades to Pro through Checkout, answers on the server model and counts the usage', async () => {
    const page = await browser.context.newPage();
    const account = new AccountPage(page, server.url);
    const email = `premium.${Date.now().toString(36)}@example.test`;
    await account.openRegister();
    await account.fillRegistration(email, 'amber lighthouse 74 marmalade');
    const after = smtp.mark();
    await account.submitRegistration();
    await account.verify(await smtp.waitForCode(email, /verification code/, { after }));

    const plan = new PlanPage(page, server.url);
    await plan.open();
    expect(await plan.currentPlan()).toBe('Free');
    expect(await plan.requestsToday()).toBe('0');

    await plan.upgradeTo('Pro');
    await plan.pay();
    // The signed webhooks reached our server, and the page picked the new plan up.
    expect(stripe.delivered.map((d) => [d.event.type, d.status])).toEqual([
      ['checkout.session.completed', 200],
      ['customer.subscription.created', 200],
    ]);
    await plan.waitForPlan('Pro');
    await page.getByRole('button', { name: 'Manage billing' }).waitFor();

    // An AI task on the server provider: Settings' "try it" (see README for the tailoring flow).
    const settings = new ModelSettingsPage(page);
    await settings.open(server.url);
    await settings.expand('server', 'Career Copilot server');
    expect(await settings.testConnection('server')).toMatch(
      /^Pro: 300 requests and 600,000 tokens left today/,
    );
    await settings.chooseModel('Fast model', 'Career Copilot server', 'copilot-fast');
    openai.enqueue({
      kind: 'stream',
      text: 'Lead with impact and numbers.',
      usage: { prompt_tokens: 52, completion_tokens: 6 },
    });
    await settings.send('What makes a resume stand out?');
    await settings
      .status()
      .getByText(/^Done · 52 tokens in, 6 out/)
      .waitFor({ timeout: 15_000 });
    expect(await settings.output().textContent()).toBe('Lead with impact and numbers.');
    const upstream = openai.requests.filter((r) => r.path.endsWith('/chat/completions')).at(-1);
    expect(upstream?.body).toMatchObject({ model: 'gpt-4o-mini' });

    await plan.open();
    await expect.poll(() => plan.requestsToday(), { timeout: 5000 }).toBe('1');
    expect(await page.getByTestId('usage-tokens').innerText()).toBe('58');
    await page.close();
  });
});
