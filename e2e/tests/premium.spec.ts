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
import { JobsPage } from '../page-models/jobs';
import { PlanPage } from '../page-models/plan';
import { ResumeLibraryPage } from '../page-models/resume-library';
import { ShellPage } from '../page-models/shell';

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

  it('runs the apply agent on Premium: every step on the job page, three requests counted', async () => {
    const page = await browser.context.newPage();
    const account = new AccountPage(page, server.url);
    const email = `agent.${Date.now().toString(36)}@example.test`;
    await account.openRegister();
    await account.fillRegistration(email, 'amber lighthouse 74 marmalade');
    const after = smtp.mark();
    await account.submitRegistration();
    await account.verify(await smtp.waitForCode(email, /verification code/, { after }));
    const plan = new PlanPage(page, server.url);
    await plan.open();
    await plan.upgradeTo('Premium');
    await plan.pay();
    await plan.waitForPlan('Premium');

    const library = new ResumeLibraryPage(page);
    await library.open(server.url);
    await library.create('Agent resume');
    await new ShellPage(page).goTo('Jobs');
    const jobs = new JobsPage(page);
    await jobs.add({
      title: 'Frontend Engineer',
      company: 'Globex',
      posting:
        'Frontend Engineer at Globex. Requirements: 3+ years of React and TypeScript. Experience with GraphQL is a plus.',
    });
    openai.enqueue(
      {
        kind: 'stream',
        text: 'A sharper summary.',
        usage: { prompt_tokens: 400, completion_tokens: 4 },
      },
      {
        kind: 'stream',
        text: 'Dear Globex team,',
        usage: { prompt_tokens: 410, completion_tokens: 4 },
      },
      { kind: 'stream', text: 'Why React?', usage: { prompt_tokens: 390, completion_tokens: 3 } },
    );
    const agent = page.getByTestId('apply-agent');
    await agent.getByRole('button', { name: 'Run the agent' }).click();
    await agent.getByTestId('agent-done').waitFor({ timeout: 20_000 });
    expect(await agent.getByTestId('agent-done').innerText()).toBe(
      'Done · 1,200 tokens in, 11 out.',
    );
    expect(await agent.getByTestId('agent-step-match').innerText()).toMatch(
      /Match score \d+ \/ 100/,
    );
    expect(await agent.getByTestId('agent-step-tailor').innerText()).toContain(
      'A sharper summary.',
    );
    expect(await agent.getByTestId('agent-step-cover_letter').innerText()).toContain(
      'Dear Globex team,',
    );
    expect(await agent.getByTestId('agent-step-interview_questions').innerText()).toContain(
      'Why React?',
    );
    const calls = openai.requests.filter((r) => r.path.endsWith('/chat/completions')).slice(-3);
    expect(calls.map((c) => (c.body as { model: string }).model)).toEqual([
      'gpt-4.1',
      'gpt-4.1',
      'gpt-4.1',
    ]);

    await plan.open();
    await expect.poll(() => plan.requestsToday(), { timeout: 5000 }).toBe('3');
    await page.close();
  });
});
