// Premium end to end: sign up, upgrade to Pro through Stripe Checkout (the test double redirects and
// sends signed webhooks), tailor a resume on our server's model, and see the usage go up.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAiDouble, type OpenAiDouble } from '../doubles/openai';
import { startSmtpDouble, type SmtpDouble } from '../doubles/smtp';
import { STRIPE_DOUBLE_KEYS, startStripeDouble, type StripeDouble } from '../doubles/stripe';
import { launchBrowser, type Browser } from '../harness/browser';
import { BARRY_FILE, corpusResume, writeResumeBackup } from '../harness/fixtures';
import { CORPUS_DIR } from '../harness/paths';
import { startServer, type RunningServer } from '../harness/server';
import { AccountPage } from '../page-models/account';
import { ModelSettingsPage } from '../page-models/model-settings';
import { JobsPage } from '../page-models/jobs';
import { PlanPage } from '../page-models/plan';
import { SettingsPage } from '../page-models/settings';
import { ShellPage } from '../page-models/shell';
import { TailoringPage } from '../page-models/tailoring';

const BARRY = corpusResume<Record<string, unknown>>(BARRY_FILE);

/** What the server model answers for the tailoring: one faithful summary rewrite. */
const TAILORING = JSON.stringify({
  summary: {
    text: 'Front-End Developer who builds intuitive and engaging user interfaces with JavaScript, React and Redux.',
    reason: 'The posting asks for JavaScript and React first.',
  },
  rewrites: [],
  skillsOrder: [],
  sectionsToMoveUp: [],
});

/** The agent's letter and interview steps answer in their task prompts' shapes. */
const AGENT_LETTER = [
  'Dear Globex team,',
  'I would like to join Globex as a Frontend Engineer. I enjoy building interfaces people find easy to use, and I am keen to grow with a team that cares about them as much as I do.',
  'I am learning React and TypeScript, which your posting asks for, and would welcome the chance to show what I can do.',
  'Thank you for your time.\n\nKind regards,\nAgent Example',
].join('\n\n');
const AGENT_PREP = JSON.stringify({
  questions: [
    { group: 'technical', question: 'Why React?' },
    { group: 'technical', question: 'How do you type a React component?' },
    { group: 'behavioural', question: 'Tell us about a hard bug you fixed.' },
    { group: 'toAsk', question: 'How is the frontend team organised?' },
  ],
});

describe('premium', () => {
  let smtp: SmtpDouble;
  let stripe: StripeDouble;
  let openai: OpenAiDouble;
  let server: RunningServer;
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cc-e2e-premium-'));
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
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('upgrades to Pro through Checkout, tailors on the server model and counts the usage', async () => {
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

    // The server provider says what Pro leaves for today, and becomes the best model.
    const settings = new ModelSettingsPage(page);
    await settings.open(server.url);
    await settings.expand('server', 'Career Copilot server');
    expect(await settings.testConnection('server')).toMatch(
      /^Pro: 300 requests and 600,000 tokens left today/,
    );
    await settings.chooseModel('Best model', 'Career Copilot server', 'copilot-fast');

    // A tailoring on the server provider: a corpus resume and posting, the model's suggestions.
    const shell = new ShellPage(page);
    await shell.open(server.url, '/settings');
    expect(
      await new SettingsPage(page).importBackup(
        writeResumeBackup(dir, [{ id: 'r_barry', name: 'Barry — front-end', resume: BARRY }]),
      ),
    ).toMatch(/^Imported 1 /);
    await shell.goTo('Jobs');
    await new JobsPage(page).addByPasting(
      readFileSync(join(CORPUS_DIR, 'jobs', 'resumematcher_jd_front_end_engineer.txt'), 'utf8'),
    );
    openai.enqueue({
      kind: 'stream',
      text: TAILORING,
      usage: { prompt_tokens: 1_800, completion_tokens: 60 },
    });
    const tailoring = new TailoringPage(page);
    await tailoring.tailor();
    expect(await tailoring.titles()).toEqual(['Summary rewrite']);
    const upstream = openai.requests.filter((r) => r.path.endsWith('/chat/completions')).at(-1);
    expect(upstream?.body).toMatchObject({ model: 'gpt-4o-mini' });
    expect(JSON.stringify(upstream?.body)).toContain('[work.0.summary]');

    await plan.open();
    await expect.poll(() => plan.requestsToday(), { timeout: 5000 }).toBe('1');
    expect(await page.getByTestId('usage-tokens').innerText()).toBe('1,860');
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

    const shell = new ShellPage(page);
    await shell.open(server.url, '/settings');
    expect(
      await new SettingsPage(page).importBackup(
        writeResumeBackup(dir, [{ id: 'r_barry', name: 'Barry — front-end', resume: BARRY }]),
      ),
    ).toMatch(/^Imported 1 /);
    await shell.goTo('Jobs');
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
        text: TAILORING,
        usage: { prompt_tokens: 400, completion_tokens: 4 },
      },
      { kind: 'stream', text: AGENT_LETTER, usage: { prompt_tokens: 410, completion_tokens: 4 } },
      { kind: 'stream', text: AGENT_PREP, usage: { prompt_tokens: 390, completion_tokens: 3 } },
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
    // The tailoring passed the same guard as on the device, and waits for review in the panel.
    const tailorStep = await agent.getByTestId('agent-step-tailor').innerText();
    expect(tailorStep).toContain('Summary: Front-End Developer who builds intuitive');
    expect(tailorStep).toContain('They are ready for review in “Tailor your resume” above.');
    const review = new TailoringPage(page);
    expect(await review.titles()).toEqual(['Summary rewrite']);
    await review.accept('Summary rewrite');
    expect(await review.createCopy()).toBe(
      'Barry — front-end — tailored for Frontend Engineer at Globex',
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
