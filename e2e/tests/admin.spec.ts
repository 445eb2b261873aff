// Admin end to end: the first admin comes from the CLI, signs in with the emailed code, promotes a
// user from the Users table, and sees that user's traffic in the report.
import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpDouble, type SmtpDouble } from '../doubles/smtp';
import { launchBrowser, type Browser } from '../harness/browser';
import { REPO_ROOT } from '../harness/paths';
import { startServer, type RunningServer } from '../harness/server';
import { AccountPage } from '../page-models/account';
import { AdminPage } from '../page-models/admin';
import { TrackerPage } from '../page-models/tracker';

function adminCreate(
  server: RunningServer,
  email: string,
  password: string,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      'pnpm',
      ['--silent', '--filter', '@career-copilot/server', 'admin:create', email],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, NODE_ENV: 'development', REDIS_PREFIX: server.redisPrefix },
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    );
    child.stdin?.end(password);
  });
}

describe('admin', () => {
  let smtp: SmtpDouble;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    smtp = await startSmtpDouble();
    server = await startServer({ SMTP_URL: smtp.url });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.stop();
  });

  it('creates the admin from the CLI, promotes a user and sees their traffic', async () => {
    const stamp = Date.now().toString(36);
    const adminEmail = `admin.${stamp}@example.test`;
    const adminPassword = 'copper meadow 58 lantern';
    const userEmail = `member.${stamp}@example.test`;
    const userPassword = 'amber lighthouse 74 marmalade';

    const refused = await adminCreate(server, 'not-an-address', adminPassword);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(/not an email address/);
    const created = await adminCreate(server, adminEmail, adminPassword);
    expect(created.output).toMatch(`Created the admin account ${adminEmail}`);
    expect(created.code).toBe(0);

    // A member registers and looks at their own usage: traffic of theirs on the server.
    const page = await browser.context.newPage();
    const account = new AccountPage(page, server.url);
    await account.openRegister();
    await account.fillRegistration(userEmail, userPassword);
    let after = smtp.mark();
    await account.submitRegistration();
    await account.verify(await smtp.waitForCode(userEmail, /verification code/, { after }));
    await page.getByRole('link', { name: 'Your usage' }).click();
    await page.getByTestId('usage-days').waitFor();
    // No Admin link for a member; the Admin page itself says it is for administrators.
    expect(await page.getByRole('link', { name: 'Admin', exact: true }).count()).toBe(0);
    await page.goto(`${server.url}/admin`);
    await page.getByText('The Admin area is for administrators.').waitFor();
    await account.signOut();

    after = smtp.mark();
    await account.signIn(adminEmail, adminPassword);
    await account.enterEmailedCode(await smtp.waitForCode(adminEmail, /sign-in code/, { after }));
    // A fresh start on any page knows the admin: the link is there without visiting Account.
    await page.goto(`${server.url}/resumes`);
    await page.getByRole('link', { name: 'Admin', exact: true }).waitFor();

    const admin = new AdminPage(page, server.url);
    await admin.open();
    await admin.searchUser(userEmail);
    expect(await admin.roleOf(userEmail)).toBe('free');
    await admin.setRole(userEmail, 'premium');
    await admin.searchUser(userEmail);
    expect(await admin.roleOf(userEmail)).toBe('premium');
    // Their own traffic: today's requests (session checks, their usage page, …).
    const usage = await admin.usageOf(userEmail);
    expect(usage).toHaveLength(1);
    expect(usage[0]![0]).toBe(new Date().toISOString().slice(0, 10));
    expect(Number(usage[0]![1])).toBeGreaterThanOrEqual(2);

    await admin.openTraffic();
    const today = await admin.today();
    expect(Number(today.Signups)).toBeGreaterThanOrEqual(1);
    expect(Number(today.Logins)).toBeGreaterThanOrEqual(1);
    expect(Number(today['Active users'])).toBeGreaterThanOrEqual(2);
    const routes = await admin.routes();
    expect(routes.get('POST /api/auth/register')).toBe(1);
    expect(routes.get('GET /api/users/me/usage')).toBeGreaterThanOrEqual(1);
    expect(routes.get('POST /api/admin/users/:id/role')).toBe(1);

    // The promotion is in the security log, with the admin as its actor.
    await page.getByRole('tab', { name: 'Security events' }).click();
    const events = page.getByTestId('admin-security-events');
    await events.waitFor();
    expect(await events.innerText()).toMatch(/Plan or role changed \(free->premium\)/);

    // Admins have Premium features: a personal API token, shown once, used by a program, revoked.
    await page.goto(`${server.url}/account/api-tokens`);
    await page.getByLabel('Name').fill('e2e script');
    await page.getByRole('button', { name: 'Create token' }).click();
    const token = await page.getByTestId('new-token').innerText();
    const call = () =>
      fetch(`${server.url}/api/v1/match`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          job: 'Frontend Engineer\n\nRequirements\n- 3+ years of React\n- TypeScript\n- GraphQL',
          resume: { basics: { name: 'Ada' }, skills: [{ name: 'Web', keywords: ['React'] }] },
        }),
      });
    const used = await call();
    expect(used.status).toBe(200);
    expect(((await used.json()) as { score: number }).score).toBeGreaterThanOrEqual(0);
    await page.getByRole('button', { name: 'I have copied it' }).click();
    await page.getByTestId('api-tokens').getByText('e2e script').waitFor();
    await page.getByRole('button', { name: 'Revoke' }).click();
    await page.getByText('No tokens yet.').waitFor();
    expect((await call()).status).toBe(401);
    await page.close();
  });

  it('shares a posting anonymously, reads the job-market report and gets an emailed reminder', async () => {
    // Signed in as the admin from the test above (Premium features included).
    const page = await browser.context.newPage();
    const tracker = new TrackerPage(page, server.url);
    await tracker.addJob(
      'Senior Frontend Engineer',
      'Acme',
      'Senior Frontend Engineer\n\nRequirements\n- 5+ years with React\n- TypeScript\n- GraphQL\n\nNice to have\n- Playwright',
    );
    const preview = page.getByTestId('share-preview');
    expect(await preview.innerText()).toMatch(/frontend engineer/);
    // Exactly the vocabulary words: not the company.
    expect(await preview.innerText()).not.toMatch(/Acme/);
    await page.getByRole('button', { name: 'Share anonymously' }).click();
    await page.getByText('Shared. Thank you.').waitFor();

    await page.goto(`${server.url}/jobs`);
    await page.getByRole('link', { name: 'Job market' }).click();
    const months = page.getByTestId('market-months');
    await months.waitFor();
    expect(await page.getByRole('heading', { name: /frontend engineer: 1 postings/ }).count()).toBe(
      1,
    );
    expect(await months.innerText()).toMatch(/React 100%/);

    // An email reminder for an application: only the title and the day go to the server.
    await tracker.trackApplication('Senior Frontend Engineer — Acme');
    await page.getByLabel('Title in the email').fill('Senior Frontend Engineer at Acme');
    await page.getByRole('button', { name: 'Email me on this day' }).click();
    await page.getByText(/We will email you on \d{4}-\d{2}-\d{2}\./).waitFor();
    await page.goto(`${server.url}/account`);
    const reminders = page.getByTestId('email-reminders');
    await reminders.waitFor();
    expect(await reminders.innerText()).toMatch(/Senior Frontend Engineer at Acme/);
    await page.close();
  });
});
