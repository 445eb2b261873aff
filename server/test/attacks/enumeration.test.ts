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
 * Times both kinds of request in adjacent pairs (alternating which goes first), so machine load hits
 * both alike, and looks at the median of the paired differences, which shrugs off the stalls of a
 * busy machine. The tolerance (35 % of the typical request, at least 10 ms) holds on a loaded
 * two-core machine and is still far below what skipping the argon2id hash on one path would show
 * (a difference of about 100 % of the typical request; the control test below proves it is seen).
 */
async function timeBoth(probe: Probe, knownEmail: () => string, pairs = 25) {
  const browser = new TestBrowser(t.app);
  await browser.open();
  const once = async (email: string) => {
    const started = performance.now();
    const res = await browser.post(probe.path, probe.body(email));
    await res.arrayBuffer();
    const elapsed = performance.now() - started;
    // The mail each request queues is sent (and parsed by the SMTP double, in this process) before
    // the next one starts, so it cannot slow whichever request happens to come next.
    await t.deps.auth.tasks.drain();
    return elapsed;
  };
  for (let i = 0; i < 3; i++) await once(uniqueEmail('warmup'));
  const differences: number[] = [];
  const all: number[] = [];
  for (let i = 0; i < pairs; i++) {
    let known: number;
    let unknown: number;
    if (i % 2 === 0) {
      known = await once(knownEmail());
      unknown = await once(uniqueEmail('nobody'));
    } else {
      unknown = await once(uniqueEmail('nobody'));
      known = await once(knownEmail());
    }
    differences.push(known - unknown);
    all.push(known, unknown);
  }
  return { difference: median(differences), typical: median(all) };
}

function expectIndistinguishable(times: { difference: number; typical: number }) {
  const tolerance = Math.max(0.35 * times.typical, 10);
  expect(Math.abs(times.difference), JSON.stringify(times)).toBeLessThan(tolerance);
}

describe('no enumeration by timing', () => {
  it('login takes as long for an unknown address as for a known one with a wrong password', async () => {
    const times = await timeBoth(PROBES.login!, () => known);
    // Both paths really hash: a login costs at least one argon2id verification.
    expect(times.typical).toBeGreaterThan(10);
    expectIndistinguishable(times);
  });

  it('register takes as long for a taken address as for a free one', async () => {
    const times = await timeBoth(PROBES.register!, () => known);
    expect(times.typical).toBeGreaterThan(10);
    expectIndistinguishable(times);
  });

  it('a reset request takes as long for a known address as for an unknown one', async () => {
    expectIndistinguishable(await timeBoth(PROBES.reset!, () => known));
  });

  it('would notice a path that skips the hash (the measurement has teeth)', async () => {
    const browser = new TestBrowser(t.app);
    await browser.open();
    const differences: number[] = [];
    const all: number[] = [];
    for (let i = 0; i < 9; i++) {
      let started = performance.now();
      await (await browser.post(PROBES.login!.path, PROBES.login!.body(known))).arrayBuffer();
      const hashed = performance.now() - started;
      started = performance.now();
      await (await browser.request(AuthRoutes.session)).arrayBuffer();
      const skipped = performance.now() - started;
      differences.push(hashed - skipped);
      all.push(hashed, skipped);
    }
    const times = { difference: median(differences), typical: median(all) };
    expect(Math.abs(times.difference)).toBeGreaterThan(Math.max(0.35 * times.typical, 10));
  });
});
