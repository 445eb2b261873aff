import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@career-copilot/shared/api/auth';
import { ApiErrorBodySchema } from '@career-copilot/shared/api/errors';
import {
  MarketRolesResponseSchema,
  MarketRoutes,
  MarketSkillsResponseSchema,
} from '@career-copilot/shared/api/market';
import { startSmtpDouble, type SmtpDouble } from '../../../e2e/doubles/smtp';
import { registerAndVerify } from '../../test/auth-flows';
import { buildTestApp, type TestApp } from '../../test/harness';
import { TestBrowser } from '../../test/test-browser';

let smtp: SmtpDouble;
let t: TestApp;
const IP = '203.0.113.77';

async function member(role: Role) {
  const browser = new TestBrowser(t.app, { ip: IP });
  const { email, session } = await registerAndVerify(browser, smtp);
  if (!session.authenticated) throw new Error('not signed in');
  if (role !== Role.Free) await t.deps.auth.users.setRole(session.user.id, role);
  return { browser, email, id: session.user.id };
}

/** Every key and value the market report wrote, as one string. */
async function marketData(): Promise<{ keys: string[]; dump: string }> {
  const r = t.redis.client;
  const keys = (await r.keys(`${t.redis.prefix}*market*`)).map((k) =>
    k.slice(t.redis.prefix.length),
  );
  const parts: string[] = [...keys];
  for (const key of keys) {
    const type = await r.type(key);
    if (type === 'hash') parts.push(JSON.stringify(await r.hgetall(key)));
    else if (type === 'zset') parts.push(JSON.stringify(await r.zrange(key, 0, -1, 'WITHSCORES')));
    else parts.push(`unexpected ${type}`);
  }
  return { keys, dump: parts.join('\n') };
}

beforeAll(async () => {
  smtp = await startSmtpDouble();
  t = await buildTestApp({ smtp });
});
afterAll(async () => {
  await t.cleanup();
  await smtp.stop();
});

describe('job-market report', () => {
  it('stores only vocabulary counts: no account, email, IP or free text', async () => {
    const sharer = await member(Role.Free);
    const share = (body: unknown) => sharer.browser.post(MarketRoutes.postings, body);
    expect(
      (
        await share({
          role: 'frontend engineer',
          seniority: 'senior',
          skills: ['react', 'typescript'],
        })
      ).status,
    ).toBe(202);
    expect((await share({ role: 'frontend engineer', skills: ['react', 'graphql'] })).status).toBe(
      202,
    );

    // Anything beyond role, seniority and skill ids is refused, not silently dropped.
    const sneaky = await share({
      role: 'frontend engineer',
      skills: ['react'],
      company: 'Acme',
      notes: 'my interview is on Monday',
    });
    expect(sneaky.status).toBe(400);
    expect(ApiErrorBodySchema.parse(await sneaky.json()).error.message).toMatch(
      /company|notes|key/i,
    );
    const freeText = await share({ role: 'acme corp engineer', skills: ['react'] });
    expect(freeText.status).toBe(400);
    const skillText = await share({ role: 'frontend engineer', skills: ['react', 'Jane Doe'] });
    expect(skillText.status).toBe(400);

    const { keys, dump } = await marketData();
    expect(keys.length).toBeGreaterThan(0);
    for (const secret of [sharer.id, sharer.email, IP, 'Acme', 'interview', 'Jane', 'Mozilla']) {
      expect(dump, secret).not.toContain(secret);
    }
    // Every field is a counter keyed by a vocabulary word.
    for (const key of keys.filter((k) => k.startsWith('{market:'))) {
      const fields = await t.redis.client.hgetall(key);
      for (const [field, value] of Object.entries(fields)) {
        expect(field).toMatch(/^(postings|skill:[a-z0-9.+#-]+|seniority:[a-z]+)$/);
        expect(value).toMatch(/^\d+$/);
      }
    }
  });

  it('shows Premium users the most requested skills for a role by month, and no one else', async () => {
    const free = await member(Role.Free);
    expect((await free.browser.request(MarketRoutes.roles)).status).toBe(403);
    const premium = await member(Role.Premium);
    const roles = MarketRolesResponseSchema.parse(
      await (await premium.browser.request(MarketRoutes.roles)).json(),
    );
    expect(roles.roles).toContainEqual({ role: 'frontend engineer', postings: 2 });
    const month = new Date().toISOString().slice(0, 7);
    const res = await premium.browser.request(
      `${MarketRoutes.skills}?role=${encodeURIComponent('frontend engineer')}&from=2025-01&to=${month}`,
    );
    const report = MarketSkillsResponseSchema.parse(await res.json());
    expect(report.postings).toBe(2);
    expect(report.top[0]).toMatchObject({ id: 'react', count: 2, share: 1 });
    expect(report.months.at(-1)).toMatchObject({ month, postings: 2 });
    expect(report.months[0]).toMatchObject({ month: '2025-01', postings: 0, top: [] });
    const bad = await premium.browser.request(
      `${MarketRoutes.skills}?role=ceo&from=2026-01&to=2026-02`,
    );
    expect(ApiErrorBodySchema.parse(await bad.json()).error.message).toMatch(/role vocabulary/);
  });

  it('needs a signed-in account to share', async () => {
    const anonymous = new TestBrowser(t.app);
    await anonymous.open();
    const res = await anonymous.post(MarketRoutes.postings, {
      role: 'data analyst',
      skills: ['sql'],
    });
    expect(res.status).toBe(401);
  });
});
