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
 * What one argon2id verification costs on this machine right now, the yardstick for the timing
 * tests: a fast idle machine verifies in under 10 ms, a loaded one in 50, so fixed milliseconds
 * would either miss a skipped hash or fail for no reason.
 */
async function hashCost(): Promise<number> {
  const stored = await t.deps.auth.hasher.hash('a yardstick passphrase');
  if (!stored.ok) throw new Error('the hasher is busy');
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    await t.deps.auth.hasher.verify(stored.value, 'a wrong passphrase');
    times.push(performance.now() - started);
  }
  return median(times);
}

/**
 * Times both kinds of request in adjacent pairs (alternating which goes first), so machine load hits
 * both alike, and looks at the median of the paired differences, which shrugs off the stalls of a
 * busy machine. The tolerance is half of one argon2id verification measured in the same breath:
 * skipping the hash on one path would show a difference of a whole verification, and the control
 * test below proves that is seen.
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
  const hash = await hashCost();
  return { difference: median(differences), typical: median(all), hash };
}

type Times = { difference: number; typical: number; hash: number };

function expectIndistinguishable(times: Times) {
  expect(Math.abs(times.difference), JSON.stringify(times)).toBeLessThan(0.5 * times.hash);
}

/** Both paths really hash: a request costs at least half of one argon2id verification (measured apart, under the same load). */
function expectHashed(times: Times) {
  expect(times.typical, JSON.stringify(times)).toBeGreaterThan(0.5 * times.hash);
}

describe('no enumeration by timing', () => {
  it('login takes as long for an unknown address as for a known one with a wrong password', async () => {
    const times = await timeBoth(PROBES.login!, () => known);
    expectHashed(times);
    expectIndistinguishable(times);
  });

  it('register takes as long for a taken address as for a free one', async () => {
    const times = await timeBoth(PROBES.register!, () => known);
    expectHashed(times);
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
    const times = { difference: median(differences), typical: median(all), hash: await hashCost() };
    expect(Math.abs(times.difference), JSON.stringify(times)).toBeGreaterThan(0.5 * times.hash);
  });
});
