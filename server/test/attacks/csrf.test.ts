// Attack: make a signed-in browser change something from another site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTH_COOKIES, AuthRoutes, CSRF_HEADER } from '@career-copilot/shared/api/auth';
import { ApiErrorBodySchema } from '@career-copilot/shared/api/errors';
import { UsersRoutes } from '@career-copilot/shared/api/users';
import { startSmtpDouble, type SmtpDouble } from '../../../e2e/doubles/smtp';
import { registerAndVerify, STRONG_PASSWORD } from '../auth-flows';
import { buildTestApp, TEST_ORIGIN, type TestApp } from '../harness';
import { TestBrowser } from '../test-browser';

let smtp: SmtpDouble;
let t: TestApp;
let victim: TestBrowser;

beforeAll(async () => {
  smtp = await startSmtpDouble();
  t = await buildTestApp({ smtp });
  victim = new TestBrowser(t.app);
  await registerAndVerify(victim, smtp);
});
afterAll(async () => {
  await t.cleanup();
  await smtp.stop();
});

/** A request as the victim's browser would send it, with whatever the attacker controls changed. */
function forged(headers: Record<string, string | undefined>, path: string = AuthRoutes.logout) {
  const base: Record<string, string> = {
    Cookie: victim.cookieHeader(),
    'Content-Type': 'application/json',
    Origin: TEST_ORIGIN,
    [CSRF_HEADER]: victim.cookies.get(AUTH_COOKIES.csrf)!,
  };
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) delete base[name];
    else base[name] = value;
  }
  return t.app.request(path, { method: 'POST', headers: base, body: '{}' });
}

async function expectRefused(res: Response) {
  expect(res.status).toBe(403);
  expect(ApiErrorBodySchema.parse(await res.json()).error.code).toBe('csrf_failed');
  expect((await victim.request(UsersRoutes.me)).status).toBe(200);
}

describe('CSRF', () => {
  it('refuses a request from another origin, even with the right cookies and token', async () => {
    await expectRefused(await forged({ Origin: 'https://evil.example' }));
    await expectRefused(await forged({ Origin: 'null' }));
    await expectRefused(await forged({ Origin: `${TEST_ORIGIN}.evil.example` }));
  });

  it('refuses a request without an Origin', async () => {
    await expectRefused(await forged({ Origin: undefined }));
  });

  it('refuses a request without the token, or with a token that is not the cookie', async () => {
    await expectRefused(await forged({ [CSRF_HEADER]: undefined }));
    await expectRefused(await forged({ [CSRF_HEADER]: 'made.up' }));
  });

  it('refuses a token signed for another session, even when cookie and header agree', async () => {
    const attacker = new TestBrowser(t.app);
    await attacker.open();
    const theirs = attacker.cookies.get(AUTH_COOKIES.csrf)!;
    const cookie = `${AUTH_COOKIES.session}=${victim.sessionCookie}; ${AUTH_COOKIES.csrf}=${theirs}`;
    await expectRefused(await forged({ Cookie: cookie, [CSRF_HEADER]: theirs }));
  });

  it('guards every state-changing method, including DELETE of the account', async () => {
    const res = await t.app.request(UsersRoutes.me, {
      method: 'DELETE',
      headers: {
        Cookie: victim.cookieHeader(),
        'Content-Type': 'application/json',
        Origin: 'https://evil.example',
      },
      body: JSON.stringify({ password: STRONG_PASSWORD }),
    });
    await expectRefused(res);
  });

  it('accepts the Vite dev server origin in development only', async () => {
    const dev = await buildTestApp({ config: { env: 'development' } });
    try {
      for (const [app, expected] of [
        [dev.app, 200],
        [t.app, 403],
      ] as const) {
        const browser = new TestBrowser(app, { origin: 'http://localhost:5173' });
        await browser.open();
        expect((await browser.post(AuthRoutes.logout)).status).toBe(expected);
      }
    } finally {
      await dev.cleanup();
    }
  });

  it('GET requests change nothing: there is no GET logout', async () => {
    const res = await victim.request(AuthRoutes.logout);
    expect(res.status).toBe(404);
    expect((await victim.request(UsersRoutes.me)).status).toBe(200);
  });
});
