// Attack: spread a login flood over two server processes that share Redis. The per-account limit is
// one atomic Lua decision in Redis, so the two together never let more than the limit through.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthRoutes } from '@career-copilot/shared/api/auth';
import { UsersRoutes } from '@career-copilot/shared/api/users';
import { startSmtpDouble, type SmtpDouble } from '../../../e2e/doubles/smtp';
import { DEFAULT_AUTH_LIMITS } from '../../src/services/auth-limits';
import { registerAndVerify, signIn, STRONG_PASSWORD } from '../auth-flows';
import {
  deletePrefix,
  freePorts,
  stopProcess,
  TEST_ORIGIN,
  TEST_REDIS_URL,
  uniquePrefix,
} from '../harness';
import { TestBrowser } from '../test-browser';

const SERVER_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

type ServerProcess = { url: string; child: ChildProcess; output: () => string };

async function startServerProcess(
  port: number,
  env: Record<string, string>,
): Promise<ServerProcess> {
  // node --import tsx, not the tsx CLI: the CLI runs the server as its own child, which killing
  // the CLI would leave behind.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: SERVER_ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 30_000;
  while (!output.includes('Career Copilot is running at')) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${output}`);
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url: `http://localhost:${port}`, child, output: () => output };
}

let smtp: SmtpDouble;
let servers: ServerProcess[] = [];
const prefix = uniquePrefix();

beforeAll(async () => {
  smtp = await startSmtpDouble();
  const env = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: prefix,
    AUTH_SECRET_KEY: randomBytes(32).toString('base64'),
    SMTP_URL: smtp.url,
    // Behind one load balancer both serve the same public origin.
    PUBLIC_ORIGIN: TEST_ORIGIN,
  };
  // Both start at once; same Redis prefix, same key.
  const ports = await freePorts(2);
  servers = await Promise.all(ports.map((port) => startServerProcess(port, env)));
}, 60_000);
afterAll(async () => {
  await Promise.all(servers.map((s) => stopProcess(s.child)));
  await deletePrefix(TEST_REDIS_URL, prefix);
  await smtp.stop();
});

describe('two server processes sharing Redis', () => {
  it('share accounts and sessions: register on one, verify and use the session on the other', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const onA = new TestBrowser(a.url);
    const { email, session } = await registerAndVerify(onA, smtp);
    expect(session.authenticated).toBe(true);
    const onB = new TestBrowser(b.url);
    onB.cookies.set('__Host-cc_session', onA.sessionCookie!);
    expect((await onB.request(UsersRoutes.me)).status).toBe(200);
    await signIn(new TestBrowser(b.url), smtp, email);
  });

  it('200 concurrent logins to one account never pass more than the per-account limit', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const { email } = await registerAndVerify(new TestBrowser(a.url), smtp);
    const browsers = await Promise.all(
      servers.map(async (server) => {
        const browser = new TestBrowser(server.url);
        await browser.open();
        return browser;
      }),
    );
    const attempts = Array.from({ length: 200 }, (_, i) =>
      browsers[i % 2]!.post(AuthRoutes.login, {
        email,
        password: i % 10 === 0 ? STRONG_PASSWORD : `wrong guess ${i}`,
      }),
    );
    const responses = await Promise.all(attempts);
    const statuses = responses.map((r) => r.status);
    await Promise.all(responses.map((r) => r.arrayBuffer()));
    const limit = DEFAULT_AUTH_LIMITS.loginPerAccount.limit;
    const passed = statuses.filter((s) => s !== 429);
    expect(passed.length).toBeLessThanOrEqual(limit);
    // The whole budget was used, and nothing beyond it got through.
    expect(passed).toHaveLength(limit);
    expect(passed.every((s) => s === 200 || s === 401)).toBe(true);
    expect(statuses.filter((s) => s === 429)).toHaveLength(200 - limit);
    const retryAfter = responses.find((r) => r.status === 429)?.headers.get('retry-after');
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(a.output() + b.output()).not.toMatch(/unhandled error/);
  });
});
