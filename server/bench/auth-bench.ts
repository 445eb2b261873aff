// pnpm bench:server — an authenticated GET /api/users/me on the real server (session lookup and a
// per-user rate limit, both through Redis) against a bare Hono hello-world, in the same run, with
// autocannon over loopback. Target: the real endpoint keeps at least half the hello-world's req/s.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { AUTH_COOKIES } from '@career-copilot/shared/api/auth';
import { UsersRoutes } from '@career-copilot/shared/api/users';
import { ensureRedis } from '../../scripts/ensure-redis.mjs';
import { createMemoryLogger } from '../src/infra/logger';
import { connectRedis } from '../src/infra/redis';
import { createPasswordHasher } from '../src/infra/password-hasher';
import { createSessionService } from '../src/services/session-service';
import { createUserStore } from '../src/services/user-store';
import { deletePrefix, freePorts } from '../test/harness';

const SERVER_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);

async function start(script: string, env: Record<string, string>, ready: string) {
  // node --import tsx (not the tsx CLI, which runs node as a child): the pid is the server's own.
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: SERVER_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 60_000;
  while (!output.includes(ready)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(output);
    await new Promise((r) => setTimeout(r, 100));
  }
  return Object.assign(child, { output: () => output });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** CPU time (user + system, ms) a process has used so far; undefined where /proc is missing. */
function cpuMs(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

async function load(url: string, server: ChildProcess, headers: Record<string, string> = {}) {
  // A short warm-up first, so both targets are measured with their code paths compiled.
  await autocannon({ url, headers, connections: CONNECTIONS, duration: 2 });
  const before = cpuMs(server.pid);
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION });
  const after = cpuMs(server.pid);
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    other: result.non2xx + result.errors + result.timeouts,
    // Server CPU per request: unlike req/s, barely moved by other load on the machine.
    cpuPerRequestUs:
      before === undefined || after === undefined || result.requests.total === 0
        ? undefined
        : Math.round(((after - before) * 1000) / result.requests.total),
  };
}

await ensureRedis();
const prefix = `bench:${randomBytes(4).toString('hex')}:`;
const outbox = mkdtempSync(join(tmpdir(), 'cc-bench-outbox-'));
const redis = connectRedis({ url: REDIS_URL, prefix, logger: createMemoryLogger() });
await redis.whenReady(5000);
const clock = { now: () => new Date() };
const users = createUserStore({ redis, clock });
const hashed = await createPasswordHasher().hash('bench password that is long');
if (!hashed.ok) throw new Error('hasher busy');
const created = await users.create({ email: 'bench@example.test', passwordHash: hashed.value });
if (!created.ok) throw new Error('could not create the bench user');
await users.activate(created.value);
const sessions = createSessionService({
  redis,
  clock,
  config: { idleSeconds: 1800, absoluteSeconds: 12 * 3600 },
});
const { token } = await sessions.create(created.value, { ip: '127.0.0.1', userAgent: 'bench' });

const [appPort, helloPort] = (await freePorts(2)) as [number, number];
const app = await start(
  'src/main.ts',
  {
    NODE_ENV: 'production',
    PORT: String(appPort),
    REDIS_URL,
    REDIS_PREFIX: prefix,
    LOG_LEVEL: 'warn',
    AUTH_SECRET_KEY: randomBytes(32).toString('base64'),
    MAIL_OUTBOX_DIR: outbox,
    // High enough never to refuse during the run; the limiter's Lua still runs on every request.
    API_RATE_LIMIT_PER_MINUTE: '100000000',
  },
  'Career Copilot is running at',
);
const hello = await start('bench/hello-server.ts', { PORT: String(helloPort) }, 'hello server');

try {
  const baseline = await load(`http://127.0.0.1:${helloPort}/hello`, hello);
  const me = await load(`http://127.0.0.1:${appPort}${UsersRoutes.me}`, app, {
    cookie: `${AUTH_COOKIES.session}=${token}`,
  });
  const ratio = me.requestsPerSecond / baseline.requestsPerSecond;
  const row = (name: string, r: typeof me) =>
    `| ${name} | ${Math.round(r.requestsPerSecond).toLocaleString('en')} | ${r.p50} ms | ${r.p99} ms | ${r.cpuPerRequestUs ?? '?'} µs | ${r.other} |`;
  console.log(
    [
      `\n${CONNECTIONS} connections, ${DURATION} s each, autocannon over loopback; load average ${loadavg()[0]!.toFixed(1)}\n`,
      '| endpoint | req/s | p50 | p99 | server CPU/req | non-2xx/errors |',
      '| --- | --- | --- | --- | --- | --- |',
      row('bare Hono hello-world', baseline),
      row('GET /api/users/me (session + rate limit via Redis)', me),
      '',
      `ratio: ${ratio.toFixed(2)} (target ≥ 0.50) ${ratio >= 0.5 ? 'PASS' : 'BELOW TARGET'}`,
    ].join('\n'),
  );
  if (me.other > 0 || me.ok === 0) {
    console.error('The authenticated endpoint did not answer 200 to every request:');
    console.error(app.output().slice(-2000));
    process.exitCode = 1;
  }
} finally {
  await Promise.all([stop(app), stop(hello)]);
  await deletePrefix(REDIS_URL, prefix);
  await redis.close();
  rmSync(outbox, { recursive: true, force: true });
}
