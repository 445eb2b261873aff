import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NotificationPreferencesSchema,
  NotificationRoutes,
  ReminderListSchema,
  ReminderResponseSchema,
} from '@career-copilot/shared/api/notifications';
import { ApiErrorBodySchema } from '@career-copilot/shared/api/errors';
import { startSmtpDouble, type SmtpDouble } from '../../../e2e/doubles/smtp';
import { registerAndVerify } from '../../test/auth-flows';
import { buildTestApp, type TestApp } from '../../test/harness';
import { TestBrowser } from '../../test/test-browser';
import { createMailTemplates } from '../infra/mail-templates';
import { createNotifications } from '../services/notifications';

let smtp: SmtpDouble;
let t: TestApp;
const now = new Date();
const DAY = 86_400_000;
const day = (offset: number) => new Date(now.getTime() + offset * DAY).toISOString().slice(0, 10);

/** The same service as the app's, with a clock of its own: the sweeper on a later day. */
function sweeperAt(at: Date) {
  const d = t.deps;
  return createNotifications({
    redis: d.redis,
    clock: { now: () => at },
    logger: d.logger,
    mailer: d.auth.mailer,
    templates: createMailTemplates(),
    tasks: d.auth.tasks,
    users: d.auth.users,
    publicOrigin: d.config.publicOrigin,
    unsubscribeKey: d.auth.keys.unsubscribe,
  });
}

async function member() {
  const browser = new TestBrowser(t.app);
  const { email, session } = await registerAndVerify(browser, smtp);
  if (!session.authenticated) throw new Error('not signed in');
  return { browser, email, id: session.user.id };
}

const linkIn = (text: string) => {
  const match = /(http:\/\/\S+\/api\/notifications\/unsubscribe\?\S+)/.exec(text);
  if (!match) throw new Error('no unsubscribe link');
  return new URL(match[1]!);
};

beforeAll(async () => {
  smtp = await startSmtpDouble();
  t = await buildTestApp({ smtp });
});
afterAll(async () => {
  await t.cleanup();
  await smtp.stop();
});

describe('notification mail', () => {
  it('sends receipts and plan changes with a one-click unsubscribe that needs no sign-in', async () => {
    const { email, id } = await member();
    let after = smtp.mark();
    t.deps.notifications.notifyReceipt(id, {
      plan: 'Premium',
      amount: '€9.00',
      paidAt: now,
      invoiceUrl: 'https://billing.example/inv_1',
    });
    const receipt = await smtp.waitFor((m) => m.to.includes(email), { after });
    expect(receipt.subject).toBe('Your Career Copilot receipt: Premium, €9.00');
    expect(receipt.text).toContain('https://billing.example/inv_1');
    expect(receipt.raw).toMatch(/List-Unsubscribe-Post: List-Unsubscribe=One-Click/);
    expect(receipt.raw).toMatch(/List-Unsubscribe:\s+<http/);

    // The link opened (a GET, as a mail scanner would) only asks.
    const link = linkIn(receipt.text);
    const asked = await t.app.request(link.pathname + link.search);
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain('Payment receipts');
    // A tampered link is refused.
    const forged = new URL(link);
    forged.searchParams.set('k', 'plan_changes');
    expect((await t.app.request(forged.pathname + forged.search, { method: 'POST' })).status).toBe(
      400,
    );
    // One-click POST, as a mail client sends it: no cookie, no Origin, no CSRF token.
    const done = await t.app.request(link.pathname + link.search, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('no longer get emails');

    t.deps.notifications.notifyReceipt(id, {
      plan: 'Premium',
      amount: '€9.00',
      paidAt: now,
      invoiceUrl: 'https://billing.example/inv_2',
    });
    after = smtp.mark();
    t.deps.notifications.notifyPlanChanged(id, {
      previousPlan: 'Pro',
      plan: 'Premium',
      effective: now,
    });
    const change = await smtp.waitFor((m) => m.to.includes(email), { after });
    expect(change.subject).toBe('Your Career Copilot plan is now Premium');
    await t.deps.auth.tasks.drain();
    // Plan changes still arrive; the second receipt did not.
    expect(smtp.messages.filter((m) => m.text.includes('inv_2'))).toEqual([]);
  });

  it('warns about the allowance once per period, and lets the user turn kinds on and off', async () => {
    const { browser, email, id } = await member();
    const after = smtp.mark();
    for (let i = 0; i < 3; i++) {
      t.deps.notifications.notifyQuotaNearlyUsed(id, {
        percent: 90,
        plan: 'Premium',
        resetsOn: new Date('2026-06-01T00:00:00Z'),
        periodId: '2026-05',
      });
    }
    const warning = await smtp.waitFor((m) => m.to.includes(email), { after });
    expect(warning.subject).toBe('You have used 90% of your server AI allowance');
    await t.deps.auth.tasks.drain();
    expect(smtp.messages.slice(after).filter((m) => m.to.includes(email))).toHaveLength(1);

    const off = await browser.request(NotificationRoutes.preferences, {
      method: 'PUT',
      json: { kind: 'follow_ups', enabled: false },
    });
    expect(NotificationPreferencesSchema.parse(await off.json()).kinds).toMatchObject({
      follow_ups: false,
      receipts: true,
    });
  });
});

describe('follow-up reminders', () => {
  it('mails a registered reminder when due, once, and never after the user removed it', async () => {
    const { browser, email } = await member();
    const create = (jobTitle: string, due: string) =>
      browser.post(NotificationRoutes.reminders, { jobTitle, due });
    const first = ReminderResponseSchema.parse(
      await (await create('Data Analyst at Northwind', day(1))).json(),
    ).reminder;
    const removed = ReminderResponseSchema.parse(
      await (await create('Designer at Contoso', day(1))).json(),
    ).reminder;
    await create('Later role', day(40));
    expect(
      (await browser.request(NotificationRoutes.reminder(removed.id), { method: 'DELETE' })).status,
    ).toBe(200);

    const past = await create('Too late', day(-1));
    expect(ApiErrorBodySchema.parse(await past.json()).error.message).toMatch(/from today on/);
    const far = await create('Far future', day(400));
    expect(ApiErrorBodySchema.parse(await far.json()).error.message).toMatch(/within a year/);
    const junk = await create('two\nlines', day(1));
    expect(ApiErrorBodySchema.parse(await junk.json()).error.message).toMatch(/one line/);

    expect(await sweeperAt(new Date(`${day(1)}T07:59:00Z`)).sweepDueReminders()).toBe(0);
    const due = new Date(`${day(1)}T08:00:01Z`);
    const after = smtp.mark();
    // Two processes sweeping at once still send one mail.
    const [a, b] = await Promise.all([
      sweeperAt(due).sweepDueReminders(),
      sweeperAt(due).sweepDueReminders(),
    ]);
    expect(a + b).toBe(1);
    const mail = await smtp.waitFor((m) => m.to.includes(email), { after });
    expect(mail.subject).toBe('Time to follow up: Data Analyst at Northwind');
    expect(await sweeperAt(due).sweepDueReminders()).toBe(0);
    expect(smtp.messages.some((m) => m.subject.includes('Contoso'))).toBe(false);

    const left = ReminderListSchema.parse(
      await (await browser.request(NotificationRoutes.reminders)).json(),
    ).reminders;
    expect(left.map((r) => r.jobTitle)).toEqual(['Later role']);
    expect(first.id).not.toBe(left[0]!.id);
  });

  it('skips reminders of a user who turned follow-ups off', async () => {
    const { browser, email } = await member();
    await browser.post(NotificationRoutes.reminders, { jobTitle: 'Quiet role', due: day(0) });
    await browser.request(NotificationRoutes.preferences, {
      method: 'PUT',
      json: { kind: 'follow_ups', enabled: false },
    });
    expect(await sweeperAt(new Date(now.getTime() + 2 * DAY)).sweepDueReminders()).toBe(0);
    expect(smtp.messages.some((m) => m.to.includes(email) && /Quiet role/.test(m.subject))).toBe(
      false,
    );
  });
});
