import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageReportSchema } from '@career-copilot/shared/api/admin';
import { AiRoutes } from '@career-copilot/shared/api/ai';
import { Role } from '@career-copilot/shared/api/auth';
import { ApiErrorBodySchema } from '@career-copilot/shared/api/errors';
import {
  ApiTokenListSchema,
  CreateApiTokenResponseSchema,
  MatchApiResponseSchema,
  TokenRoutes,
} from '@career-copilot/shared/api/tokens';
import { startSmtpDouble, type SmtpDouble } from '../../../e2e/doubles/smtp';
import { registerAndVerify } from '../../test/auth-flows';
import { buildTestApp, type TestApp } from '../../test/harness';
import { TestBrowser } from '../../test/test-browser';
import { sha256 } from '../infra/secret-keys';
import { userKeys } from '../services/redis-keys';

let smtp: SmtpDouble;
let t: TestApp;

const RESUME = {
  basics: { name: 'Ada Example', label: 'Frontend Engineer', email: 'ada@example.com' },
  work: [
    {
      name: 'Example Ltd',
      position: 'Frontend Engineer',
      startDate: '2019-01',
      highlights: [
        'Built a design system in React and TypeScript used by 12 teams',
        'Cut page load time by 40% with code splitting',
      ],
    },
  ],
  skills: [{ name: 'Frontend', keywords: ['React', 'TypeScript', 'CSS'] }],
};
const JOB = `Senior Frontend Engineer at Acme

About the role
We are looking for a frontend engineer to build our web app.

Requirements
- 5+ years of experience with React
- Strong TypeScript skills
- Experience with GraphQL

Nice to have
- Experience with Playwright`;

async function member(role: Role) {
  const browser = new TestBrowser(t.app);
  const { session } = await registerAndVerify(browser, smtp);
  if (!session.authenticated) throw new Error('not signed in');
  if (role !== Role.Free) await t.deps.auth.users.setRole(session.user.id, role);
  return { browser, id: session.user.id };
}

async function createToken(browser: TestBrowser, scopes: string[], name = 'My script') {
  const res = await browser.post(TokenRoutes.tokens, { name, scopes });
  expect(res.status).toBe(201);
  return CreateApiTokenResponseSchema.parse(await res.json());
}

/** A request as an external program makes it: the token, no cookies, no CSRF token, no Origin. */
function withToken(token: string, path: string, json: unknown) {
  return t.app.request(path, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(json),
  });
}

beforeAll(async () => {
  smtp = await startSmtpDouble();
  t = await buildTestApp({
    smtp,
    limits: { apiTokenPerToken: { limit: 3, windowSeconds: 60 } },
  });
});
afterAll(async () => {
  await t.cleanup();
  await smtp.stop();
});

describe('personal API tokens', () => {
  it('are for Premium: a free account is refused with a clear message', async () => {
    const { browser } = await member(Role.Free);
    const res = await browser.post(TokenRoutes.tokens, { name: 'x', scopes: ['match'] });
    expect(res.status).toBe(403);
    expect(ApiErrorBodySchema.parse(await res.json()).error.message).toMatch(/Premium/);
  });

  it('are shown once, stored only as a hash, listed by name and scope, and revocable', async () => {
    const { browser, id } = await member(Role.Premium);
    const created = await createToken(browser, ['match'], 'CI pipeline');
    expect(created.token).toMatch(/^ccp_u_/);

    const stored = await t.redis.client.hgetall(userKeys(id).apiTokens);
    expect(Object.keys(stored)).toEqual([sha256(created.token)]);
    expect(JSON.stringify(stored)).not.toContain(created.token.split('.')[1]);

    const list = ApiTokenListSchema.parse(await (await browser.request(TokenRoutes.tokens)).json());
    expect(list.tokens).toEqual([
      expect.objectContaining({ id: created.info.id, name: 'CI pipeline', scopes: ['match'] }),
    ]);
    expect(JSON.stringify(list)).not.toContain(created.token.split('.')[1]);

    expect(
      (await withToken(created.token, TokenRoutes.match, { job: JOB, resume: RESUME })).status,
    ).toBe(200);
    const revoke = await browser.request(TokenRoutes.token(created.info.id), { method: 'DELETE' });
    expect(revoke.status).toBe(200);
    const after = await withToken(created.token, TokenRoutes.match, { job: JOB, resume: RESUME });
    expect(after.status).toBe(401);
    expect(after.headers.get('www-authenticate')).toMatch(/invalid_token/);
  });

  it('refuse bad names and scopes with the reason', async () => {
    const { browser } = await member(Role.Premium);
    const bad = await browser.post(TokenRoutes.tokens, { name: 'x', scopes: ['admin'] });
    expect(bad.status).toBe(400);
    expect(ApiErrorBodySchema.parse(await bad.json()).error.message).toMatch(/scopes/);
    const none = await browser.post(TokenRoutes.tokens, { name: '  ', scopes: ['match'] });
    expect(ApiErrorBodySchema.parse(await none.json()).error.message).toMatch(/name/);
  });
});

describe('the Bearer API', () => {
  it('analyses a match for a token with the match scope, without cookies or CSRF, counted as API use', async () => {
    const { browser } = await member(Role.Premium);
    const { token } = await createToken(browser, ['match']);
    const res = await withToken(token, TokenRoutes.match, { job: JOB, resume: RESUME });
    expect(res.status).toBe(200);
    const analysis = MatchApiResponseSchema.parse(await res.json());
    expect(analysis.score).toBeGreaterThan(0);
    expect(analysis.matched.map((m) => m.requirement).join(' ')).toMatch(/React/);
    expect(analysis.missing.map((m) => m.requirement).join(' ')).toMatch(/GraphQL/);
    expect(analysis.job.title).toMatch(/Frontend Engineer/);

    await new Promise((r) => setTimeout(r, 150));
    const day = new Date().toISOString().slice(0, 10);
    const usage = UsageReportSchema.parse(
      await (await browser.request(`/api/users/me/usage?from=${day}&to=${day}`)).json(),
    );
    expect(usage.days[0]!.apiTokenRequests).toBe(1);
  });

  it('refuses a token without the scope, with insufficient_scope', async () => {
    const { browser } = await member(Role.Premium);
    const { token } = await createToken(browser, ['ai:chat']);
    const res = await withToken(token, TokenRoutes.match, { job: JOB, resume: RESUME });
    expect(res.status).toBe(403);
    expect(res.headers.get('www-authenticate')).toMatch(/insufficient_scope.*match/);
    const chat = await withToken((await createToken(browser, ['match'])).token, AiRoutes.chat, {
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(chat.status).toBe(403);
    expect(ApiErrorBodySchema.parse(await chat.json()).error.message).toMatch(/ai:chat/);
  });

  it('answers bad input with the field and reason', async () => {
    const { browser } = await member(Role.Premium);
    const { token } = await createToken(browser, ['match']);
    const res = await withToken(token, TokenRoutes.match, { job: 'hello', resume: RESUME });
    expect(res.status).toBe(400);
    expect(ApiErrorBodySchema.parse(await res.json()).error.message).toMatch(/job/);
    const noResume = await withToken(token, TokenRoutes.match, { job: JOB });
    expect(ApiErrorBodySchema.parse(await noResume.json()).error.message).toMatch(/resume/);
  });

  it('has its own rate limit per token, with Retry-After', async () => {
    const { browser } = await member(Role.Premium);
    const { token } = await createToken(browser, ['match']);
    for (let i = 0; i < 3; i++) {
      expect((await withToken(token, TokenRoutes.match, { job: JOB, resume: RESUME })).status).toBe(
        200,
      );
    }
    const limited = await withToken(token, TokenRoutes.match, { job: JOB, resume: RESUME });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another token of the same user has its own budget.
    const other = await createToken(browser, ['match']);
    expect(
      (await withToken(other.token, TokenRoutes.match, { job: JOB, resume: RESUME })).status,
    ).toBe(200);
  });

  it('stops working when the account leaves Premium or is disabled', async () => {
    const { browser, id } = await member(Role.Premium);
    const { token } = await createToken(browser, ['match']);
    await t.deps.auth.users.setRole(id, Role.Free);
    const free = await withToken(token, TokenRoutes.match, { job: JOB, resume: RESUME });
    expect(free.status).toBe(403);
    await t.deps.auth.users.setRole(id, Role.Premium);
    await t.deps.auth.users.setDisabled(id, true);
    expect((await withToken(token, TokenRoutes.match, { job: JOB, resume: RESUME })).status).toBe(
      401,
    );
  });

  it('rejects a garbage or forged token without touching cookies', async () => {
    const { browser } = await member(Role.Premium);
    for (const token of ['nope', 'ccp_u_x.AAAA', `ccp_u_abc.${'A'.repeat(43)}`]) {
      const res = await t.app.request(TokenRoutes.match, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          // A valid session cookie alongside does not rescue a bad token.
          Cookie: browser.cookieHeader(),
        },
        body: JSON.stringify({ job: JOB, resume: RESUME }),
      });
      expect(res.status, token).toBe(401);
    }
  });

  it('serves an OpenAPI document describing both scopes and Bearer auth', async () => {
    const res = await t.app.request(TokenRoutes.openapi);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, { post: { 'x-required-scope': string; requestBody: unknown } }>;
      components: { securitySchemes: { bearerAuth: { scheme: string } } };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.securitySchemes.bearerAuth.scheme).toBe('bearer');
    expect(doc.paths[TokenRoutes.match]!.post['x-required-scope']).toBe('match');
    expect(doc.paths[AiRoutes.chat]!.post['x-required-scope']).toBe('ai:chat');
    expect(JSON.stringify(doc.paths[AiRoutes.chat]!.post.requestBody)).toContain('messages');
  });
});
