import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AdminRoutes,
  AdminSecurityEventsResponseSchema,
  AdminUsersResponseSchema,
  MailPreviewSchema,
  TrafficReportSchema,
  UsageReportSchema,
} from '@career-copilot/shared/api/admin';
import { AuthRoutes, Role, SessionResponseSchema } from '@career-copilot/shared/api/auth';
import { ApiErrorBodySchema } from '@career-copilot/shared/api/errors';
import { MeResponseSchema, UsersRoutes } from '@career-copilot/shared/api/users';
import { startSmtpDouble, type SmtpDouble } from '../../../e2e/doubles/smtp';
import { registerAndVerify, signIn, STRONG_PASSWORD } from '../../test/auth-flows';
import { buildTestApp, type TestApp } from '../../test/harness';
import { TestBrowser } from '../../test/test-browser';
import { createOrPromoteAdmin } from '../services/admin-bootstrap';

let smtp: SmtpDouble;
let t: TestApp;
let admin: TestBrowser;
let adminId: string;

async function userWithRole(role: Role) {
  const browser = new TestBrowser(t.app, { ip: '198.51.100.20' });
  const { email, session } = await registerAndVerify(browser, smtp);
  if (!session.authenticated) throw new Error('not signed in');
  if (role !== Role.Free) await t.deps.auth.users.setRole(session.user.id, role);
  return { browser, email, id: session.user.id };
}

const today = () => new Date().toISOString().slice(0, 10);
/** The counters are written in the background: give the pipeline a moment. */
const settle = () => new Promise((r) => setTimeout(r, 150));

beforeAll(async () => {
  smtp = await startSmtpDouble();
  t = await buildTestApp({ smtp });
  admin = new TestBrowser(t.app, { ip: '198.51.100.99' });
  const { email, session } = await registerAndVerify(admin, smtp);
  if (!session.authenticated) throw new Error('not signed in');
  adminId = session.user.id;
  const promoted = await createOrPromoteAdmin(t.deps.auth, email, undefined);
  expect(promoted.ok && promoted.value.kind).toBe('promoted');
});
afterAll(async () => {
  await t.cleanup();
  await smtp.stop();
});

/** Every route the admin module registers, with a concrete path for its parameters. */
function adminRoutesOfApp(): Array<{ method: string; path: string }> {
  const seen = new Set<string>();
  const routes: Array<{ method: string; path: string }> = [];
  for (const r of t.app.routes) {
    if (!r.path.startsWith('/api/admin/') || r.method === 'ALL') continue;
    const key = `${r.method} ${r.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    routes.push({
      method: r.method,
      path: r.path.replace(/:id/, 'u_nobody').replace(/:name/, 'receipt'),
    });
  }
  return routes;
}

describe('admin routes refuse everyone but admins', () => {
  it('finds every admin route', () => {
    const routes = adminRoutesOfApp().map((r) => `${r.method} ${r.path}`);
    expect(routes).toEqual(
      expect.arrayContaining([
        'GET /api/admin/users',
        'POST /api/admin/users/u_nobody/role',
        'POST /api/admin/users/u_nobody/disable',
        'POST /api/admin/users/u_nobody/enable',
        'POST /api/admin/users/u_nobody/resend-verification',
        'GET /api/admin/users/u_nobody/usage',
        'GET /api/admin/traffic',
        'GET /api/admin/security-events',
        'GET /api/admin/mail-templates',
        'GET /api/admin/mail-templates/receipt/preview',
      ]),
    );
  });

  it('answers 401 to anonymous requests and 403 to free, pro, premium and tester accounts', async () => {
    const routes = adminRoutesOfApp();
    const anonymous = new TestBrowser(t.app);
    await anonymous.open();
    const others = await Promise.all(
      [Role.Free, Role.Pro, Role.Premium, Role.Tester].map(async (role) => ({
        role,
        ...(await userWithRole(role)),
      })),
    );
    for (const route of routes) {
      const json = route.method === 'POST' ? { role: 'admin' } : undefined;
      const anon = await anonymous.request(route.path, { method: route.method, json });
      expect(anon.status, `anonymous ${route.method} ${route.path}`).toBe(401);
      for (const other of others) {
        const res = await other.browser.request(route.path, { method: route.method, json });
        expect(res.status, `${other.role} ${route.method} ${route.path}`).toBe(403);
        expect(ApiErrorBodySchema.parse(await res.json()).error.code).toBe('forbidden');
      }
    }
    // Nobody got promoted by trying.
    for (const other of others) {
      expect((await t.deps.auth.users.findById(other.id))?.role).toBe(other.role);
    }
  });
});

describe('admin: users', () => {
  it('searches by email, role and status, and changes a role with a security-log entry', async () => {
    const bob = await userWithRole(Role.Free);
    const found = AdminUsersResponseSchema.parse(
      await (await admin.request(`${AdminRoutes.users}?q=${encodeURIComponent(bob.email)}`)).json(),
    );
    expect(found.users.map((u) => u.email)).toEqual([bob.email]);
    expect(found.users[0]).toMatchObject({ role: 'free', status: 'active' });

    const promoted = await admin.post(AdminRoutes.userRole(bob.id), { role: 'premium' });
    expect(promoted.status).toBe(200);
    // Bob's next request carries the new role (his session took a new token).
    const me = MeResponseSchema.parse(await (await bob.browser.request(UsersRoutes.me)).json());
    expect(me.role).toBe('premium');

    const premium = AdminUsersResponseSchema.parse(
      await (await admin.request(`${AdminRoutes.users}?role=premium`)).json(),
    );
    expect(premium.users.some((u) => u.id === bob.id)).toBe(true);

    const events = AdminSecurityEventsResponseSchema.parse(
      await (
        await admin.request(
          `${AdminRoutes.securityEvents}?type=role_changed&account=${encodeURIComponent(bob.email)}`,
        )
      ).json(),
    ).events;
    expect(events[0]).toMatchObject({
      type: 'role_changed',
      detail: 'free->premium',
      email: bob.email,
      actorId: adminId,
    });

    const invalid = await admin.post(AdminRoutes.userRole(bob.id), { role: 'owner' });
    expect(invalid.status).toBe(400);
    expect(ApiErrorBodySchema.parse(await invalid.json()).error.message).toMatch(/role/);
  });

  it('disabling ends every session and refuses sign-in; re-enabling lets the user back in', async () => {
    const carol = await userWithRole(Role.Pro);
    expect((await carol.browser.request(UsersRoutes.me)).status).toBe(200);

    expect((await admin.post(AdminRoutes.userDisable(carol.id))).status).toBe(200);
    expect((await carol.browser.request(UsersRoutes.me)).status).toBe(401);
    expect(await t.deps.auth.sessions.list(carol.id)).toEqual([]);

    const again = new TestBrowser(t.app);
    await again.open();
    const login = await again.post(AuthRoutes.login, {
      email: carol.email,
      password: STRONG_PASSWORD,
    });
    expect(login.status).toBe(403);
    expect(ApiErrorBodySchema.parse(await login.json()).error.message).toMatch(/disabled/);

    const disabled = AdminUsersResponseSchema.parse(
      await (await admin.request(`${AdminRoutes.users}?status=disabled`)).json(),
    );
    expect(disabled.users.map((u) => u.id)).toContain(carol.id);

    expect((await admin.post(AdminRoutes.userEnable(carol.id))).status).toBe(200);
    const session = await signIn(again, smtp, carol.email);
    expect(SessionResponseSchema.parse(session).authenticated).toBe(true);

    const self = await admin.post(AdminRoutes.userDisable(adminId));
    expect(self.status).toBe(409);
  });

  it('resends a verification code to a pending account only', async () => {
    const pending = new TestBrowser(t.app);
    await pending.open();
    const email = `pending.${Date.now()}@example.test`;
    await pending.post(AuthRoutes.register, { email, password: STRONG_PASSWORD });
    await smtp.waitForCode(email, /verification code/);
    const user = await t.deps.auth.users.findByEmail(email);
    const after = smtp.mark();
    expect((await admin.post(AdminRoutes.userResendVerification(user!.id))).status).toBe(200);
    expect(await smtp.waitForCode(email, /verification code/, { after })).toMatch(/^\d{6}$/);
    const verified = await admin.post(AdminRoutes.userResendVerification(adminId));
    expect(verified.status).toBe(409);
  });
});

describe('admin: traffic report', () => {
  it('counts requests per route, errors, p95, signups, logins and active users for the day', async () => {
    const before = TrafficReportSchema.parse(
      await (await admin.request(`${AdminRoutes.traffic}?from=${today()}&to=${today()}`)).json(),
    );
    const dave = await userWithRole(Role.Free);
    await dave.browser.request(UsersRoutes.me);
    await dave.browser.request(UsersRoutes.me);
    await dave.browser.request('/api/no-such-route');
    await settle();
    const report = TrafficReportSchema.parse(
      await (await admin.request(`${AdminRoutes.traffic}?from=${today()}&to=${today()}`)).json(),
    );
    const day = report.days[0]!;
    const was = before.days[0]!;
    expect(day.signups).toBe(was.signups + 1);
    expect(day.activeUsers).toBeGreaterThan(was.activeUsers);
    expect(day.clientErrors).toBeGreaterThan(was.clientErrors);
    const me = report.routes.find((r) => r.route === 'GET /api/users/me')!;
    const meBefore = before.routes.find((r) => r.route === 'GET /api/users/me');
    expect(me.requests).toBe((meBefore?.requests ?? 0) + 2);
    expect(me.p95Ms).toBeGreaterThan(0);

    await signIn(new TestBrowser(t.app), smtp, dave.email);
    await settle();
    const later = TrafficReportSchema.parse(
      await (await admin.request(`${AdminRoutes.traffic}?from=${today()}&to=${today()}`)).json(),
    );
    expect(later.days[0]!.logins).toBe(day.logins + 1);
  });

  it('refuses a range past the retention window, or backwards, with a clear message', async () => {
    const wide = await admin.request(`${AdminRoutes.traffic}?from=2025-01-01&to=2025-12-31`);
    expect(wide.status).toBe(400);
    expect(ApiErrorBodySchema.parse(await wide.json()).error.message).toMatch(/at most 90 days/);
    const backwards = await admin.request(`${AdminRoutes.traffic}?from=2026-02-02&to=2026-02-01`);
    expect(ApiErrorBodySchema.parse(await backwards.json()).error.message).toMatch(
      /must not be after/,
    );
  });

  it("shows each user their own usage by day, and nobody else's", async () => {
    const erin = await userWithRole(Role.Free);
    for (let i = 0; i < 3; i++) await erin.browser.request(UsersRoutes.me);
    t.deps.traffic.recordAiUsage({
      userId: erin.id,
      plan: 'premium',
      requests: 1,
      inputTokens: 120,
      outputTokens: 30,
      at: new Date(),
    });
    await settle();
    const res = await erin.browser.request(`/api/users/me/usage?from=${today()}&to=${today()}`);
    const usage = UsageReportSchema.parse(await res.json());
    expect(usage.days[0]).toMatchObject({ aiRequests: 1, aiInputTokens: 120, aiOutputTokens: 30 });
    expect(usage.days[0]!.requests).toBeGreaterThanOrEqual(3);
    // Admins see it too, per user.
    await settle();
    const seen = UsageReportSchema.parse(
      await (
        await admin.request(`${AdminRoutes.userUsage(erin.id)}?from=${today()}&to=${today()}`)
      ).json(),
    );
    expect(seen.days[0]).toMatchObject({ aiRequests: 1, aiInputTokens: 120, aiOutputTokens: 30 });
    // Erin's own usage request was counted too, after she read hers.
    expect(seen.days[0]!.requests).toBe(usage.days[0]!.requests + 1);
    const frank = await userWithRole(Role.Free);
    const theirs = UsageReportSchema.parse(
      await (
        await frank.browser.request(`/api/users/me/usage?from=${today()}&to=${today()}`)
      ).json(),
    );
    expect(theirs.days[0]!.aiRequests).toBe(0);
  });
});

describe('admin: mail previews', () => {
  it('lists the templates and renders each with sample values', async () => {
    const list = (await (await admin.request(AdminRoutes.mailTemplates)).json()) as {
      templates: Array<{ name: string }>;
    };
    expect(list.templates.map((x) => x.name)).toEqual(
      expect.arrayContaining([
        'receipt',
        'plan-changed',
        'quota-nearly-used',
        'follow-up-reminder',
      ]),
    );
    for (const { name } of list.templates) {
      const preview = MailPreviewSchema.parse(
        await (await admin.request(AdminRoutes.mailPreview(name))).json(),
      );
      expect(preview.subject.length, name).toBeGreaterThan(5);
      expect(preview.html).toContain('<html');
    }
    expect((await admin.request(AdminRoutes.mailPreview('nope'))).status).toBe(404);
  });
});
