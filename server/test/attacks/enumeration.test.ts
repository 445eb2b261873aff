// Attack: learn which addresses have accounts, from the answers or from how long they take.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthRoutes } from '@career-copilot/shared/api/auth';
import { startSmtpDouble, type SmtpDouble } from '../../../e2e/doubles/smtp';
import { registerAndVerify, uniqueEmail } from '../auth-flows';
import { buildTestApp, type TestApp } from '../harness';
import { TestBrowser } from '../test-browser';

let smtp: SmtpDouble;
let t: TestApp;
let known: string;
const open = { limit: 100_000, windowSeconds: 60 };

beforeAll(async () => {
  smtp = await startSmtpDouble();
  // Limits out of the way: this file measures answers, not budgets.
  t = await buildTestApp({
    smtp,
    limits: {
      loginPerIp: open,
      loginPerAccount: open,
      registerPerIp: open,
      registerPerEmail: open,
      resetPerIp: open,
      resetPerEmail: open,
    },
  });
  known = (await registerAndVerify(new TestBrowser(t.app), smtp)).email;
});
afterAll(async () => {
  await t.cleanup();
  await smtp.stop();
});

type Probe = { path: string; body: (email: string) => unknown };
const PROBES: Record<string, Probe> = {
  register: {
    path: AuthRoutes.register,
    body: (email) => ({ email, password: 'a fine long passphrase' }),
  },
  login: {
    path: AuthRoutes.login,
    body: (email) => ({ email, password: 'a wrong long passphrase' }),
  },
  reset: { path: AuthRoutes.passwordForgot, body: (email) => ({ email }) },
};

async function answer(browser: TestBrowser, probe: Probe, email: string) {
  const res = await browser.post(probe.path, probe.body(email));
  const headers = [...res.headers.keys()].filter((h) => h !== 'x-request-id').sort();
  const cookies = res.headers.getSetCookie().map((c) => c.split('=')[0]);
  const body = JSON.stringify(await res.json()).replace(/"requestId":"[^"]*"/, '');
  return { status: res.status, headers, cookies, body };
}

describe('no enumeration by the answer', () => {
  it.each(Object.keys(PROBES))(
    '%s answers a known and an unknown address identically',
    async (name) => {
      const probe = PROBES[name]!;
      const browser = new TestBrowser(t.app);
      await browser.open();
      const forKnown = await answer(browser, probe, known);
      const forUnknown = await answer(browser, probe, uniqueEmail('nobody'));
      expect(forUnknown).toEqual(forKnown);
      expect([202, 401]).toContain(forKnown.status);
    },
  );

  it('the mail tells the owner, not the asker: a known address gets "you already have an account"', async () => {
    const browser = new TestBrowser(t.app);
    await browser.open();
    await t.deps.auth.tasks.drain();
    const after = smtp.mark();
    await browser.post(AuthRoutes.register, { email: known, password: 'another long passphrase' });
    await t.deps.auth.tasks.drain();
    const mail = await smtp.waitFor((m) => m.to.includes(known.toLowerCase()), { after });
    expect(mail.subject).toBe('You already have a Career Copilot account');
    expect(mail.text).not.toMatch(/^\s+\d{6}\s*$/m);
  });
});

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/**
 * Times both kinds of request, interleaved so machine load hits both alike, and compares medians.
 * The tolerance (20 % of the slower median, at least 8 ms) is wide enough for a busy two-core
 * machine, and far narrower than the 40+ ms an argon2id hash adds when one path skips it.
 */
async function timeBoth(probe: Probe, knownEmail: () => string, samples = 21) {
  const browser = new TestBrowser(t.app);
  await browser.open();
  const knownTimes: number[] = [];
  const unknownTimes: number[] = [];
  const once = async (email: string) => {
    const started = performance.now();
    const res = await browser.post(probe.path, probe.body(email));
    await res.arrayBuffer();
    return performance.now() - started;
  };
  for (let i = 0; i < 3; i++) await once(uniqueEmail('warmup'));
  for (let i = 0; i < samples; i++) {
    if (i % 2 === 0) {
      knownTimes.push(await once(knownEmail()));
      unknownTimes.push(await once(uniqueEmail('nobody')));
    } else {
      unknownTimes.push(await once(uniqueEmail('nobody')));
      knownTimes.push(await once(knownEmail()));
    }
  }
  await t.deps.auth.tasks.drain();
  return { known: median(knownTimes), unknown: median(unknownTimes) };
}

function expectIndistinguishable(times: { known: number; unknown: number }) {
  const tolerance = Math.max(0.2 * Math.max(times.known, times.unknown), 8);
  expect(Math.abs(times.known - times.unknown), JSON.stringify(times)).toBeLessThan(tolerance);
}

describe('no enumeration by timing', () => {
  it('login takes as long for an unknown address as for a known one with a wrong password', async () => {
    const times = await timeBoth(PROBES.login!, () => known);
    // Both paths really hash: a login costs at least one argon2id verification.
    expect(Math.min(times.known, times.unknown)).toBeGreaterThan(10);
    expectIndistinguishable(times);
  });

  it('register takes as long for a taken address as for a free one', async () => {
    const times = await timeBoth(PROBES.register!, () => known);
    expect(Math.min(times.known, times.unknown)).toBeGreaterThan(10);
    expectIndistinguishable(times);
  });

  it('a reset request takes as long for a known address as for an unknown one', async () => {
    expectIndistinguishable(await timeBoth(PROBES.reset!, () => known));
  });

  it('would notice a path that skips the hash (the measurement has teeth)', async () => {
    const fast = { path: AuthRoutes.session, body: () => ({}) };
    const browser = new TestBrowser(t.app);
    await browser.open();
    const login: number[] = [];
    const skip: number[] = [];
    for (let i = 0; i < 7; i++) {
      let started = performance.now();
      await (await browser.post(PROBES.login!.path, PROBES.login!.body(known))).arrayBuffer();
      login.push(performance.now() - started);
      started = performance.now();
      await (await browser.request(fast.path)).arrayBuffer();
      skip.push(performance.now() - started);
    }
    const times = { known: median(login), unknown: median(skip) };
    const tolerance = Math.max(0.2 * Math.max(times.known, times.unknown), 8);
    expect(Math.abs(times.known - times.unknown)).toBeGreaterThan(tolerance);
  });
});
