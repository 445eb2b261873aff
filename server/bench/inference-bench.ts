// pnpm bench:server (second part) — server inference: time to first token and tokens/s through
// POST /api/ai/chat on the real server vs. straight from the upstream double, in the same run; then
// 200 concurrent streams through the server. Targets: ≤ 5 ms added to the first token; no errors.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AiRoutes } from '@career-copilot/shared/api/ai';
import { AUTH_COOKIES, AuthRoutes, CSRF_HEADER } from '@career-copilot/shared/api/auth';
import { ensureRedis } from '../../scripts/ensure-redis.mjs';
import { createMemoryLogger } from '../src/infra/logger';
import { createPasswordHasher } from '../src/infra/password-hasher';
import { connectRedis } from '../src/infra/redis';
import { createSessionService } from '../src/services/session-service';
import { createUserStore } from '../src/services/user-store';
import { deletePrefix, freePorts } from '../test/harness';

const SERVER_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const SEQUENTIAL = Number(process.env.BENCH_STREAMS ?? 40);
const CONCURRENT = Number(process.env.BENCH_CONCURRENT_STREAMS ?? 200);
/** Each answer: this many word tokens, one every PIECE_DELAY_MS from the upstream double. */
const WORDS = 64;
const PIECE_DELAY_MS = 2;

type StreamTiming = { ttftMs: number; totalMs: number; pieces: number; ok: boolean };

/** Reads an SSE response, timing the first piece of text and counting the pieces. */
async function timeStream(
  send: () => Promise<Response>,
  isText: (block: string) => boolean,
  isEnd: (block: string) => boolean,
): Promise<StreamTiming> {
  const started = performance.now();
  const response = await send();
  if (!response.ok || !response.body) {
    await response.text().catch(() => '');
    return { ttftMs: NaN, totalMs: NaN, pieces: 0, ok: false };
  }
  const decoder = new TextDecoder();
  let buffer = '';
  let first = NaN;
  let pieces = 0;
  let ended = false;
  for await (const chunk of response.body) {
    buffer += decoder.decode(chunk, { stream: true });
    let cut: number;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      if (isText(block)) {
        if (Number.isNaN(first)) first = performance.now() - started;
        pieces += 1;
      }
      if (isEnd(block)) ended = true;
    }
  }
  return { ttftMs: first, totalMs: performance.now() - started, pieces, ok: ended };
}

function percentile(values: number[], p: number): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function start(
  script: string,
  env: Record<string, string>,
  ready: RegExp,
): Promise<ChildProcess & { readonly found: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: SERVER_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const match = ready.exec(output);
      if (match) {
        clearInterval(timer);
        resolve(Object.assign(child, { found: match[1] ?? '' }));
      } else if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(output));
      }
    }, 100);
  });
}

await ensureRedis();
const prefix = `bench:${randomBytes(4).toString('hex')}:`;
const outbox = mkdtempSync(join(tmpdir(), 'cc-bench-outbox-'));
const redis = connectRedis({ url: REDIS_URL, prefix, logger: createMemoryLogger() });
await redis.whenReady(5000);
// The double in its own process: measured "straight", the client crosses a process boundary too.
const upstreamProcess = await start(
  'bench/upstream-double.ts',
  { WORDS: String(WORDS), DELAY_MS: String(PIECE_DELAY_MS) },
  /upstream double on (\S+)/,
);
const upstream = { baseUrl: upstreamProcess.found };
const [port] = (await freePorts(1)) as [number];
const origin = `http://localhost:${port}`;
const server = await start(
  'src/main.ts',
  {
    NODE_ENV: 'production',
    PORT: String(port),
    REDIS_URL,
    REDIS_PREFIX: prefix,
    LOG_LEVEL: 'warn',
    AUTH_SECRET_KEY: randomBytes(32).toString('base64'),
    MAIL_OUTBOX_DIR: outbox,
    API_RATE_LIMIT_PER_MINUTE: '100000000',
    AI_UPSTREAM: 'openai',
    AI_UPSTREAM_URL: upstream.baseUrl,
    AI_UPSTREAM_API_KEY: 'sk-test-key',
    AI_MODEL_FAST: 'gpt-4o-mini',
  },
  /(Career Copilot is running at)/,
);

/** Premium users with a session and CSRF token each: every plan's per-minute limit holds per user. */
async function makeUsers(count: number) {
  const clock = { now: () => new Date() };
  const users = createUserStore({ redis, clock });
  const sessions = createSessionService({
    redis,
    clock,
    config: { idleSeconds: 1800, absoluteSeconds: 12 * 3600 },
  });
  const hashed = await createPasswordHasher().hash('bench password that is long');
  if (!hashed.ok) throw new Error('hasher busy');
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const created = await users.create({
        email: `bench${i}@example.test`,
        passwordHash: hashed.value,
      });
      if (!created.ok) throw new Error('could not create a bench user');
      await users.activate(created.value);
      await users.setRole(created.value.id, 'premium');
      const { token } = await sessions.create(
        { ...created.value, authEpoch: 1 },
        { ip: '127.0.0.1', userAgent: 'bench' },
      );
      const res = await fetch(`${origin}${AuthRoutes.csrf}`, {
        headers: { cookie: `${AUTH_COOKIES.session}=${token}` },
      });
      const { csrfToken } = (await res.json()) as { csrfToken: string };
      return {
        cookie: `${AUTH_COOKIES.session}=${token}; ${AUTH_COOKIES.csrf}=${csrfToken}`,
        csrfToken,
      };
    }),
  );
}

const prompt = Array.from({ length: WORDS }, (_, i) => `w${i}`).join(' ');
const body = JSON.stringify({ messages: [{ role: 'user', content: prompt }] });

const direct = () =>
  timeStream(
    () =>
      fetch(`${upstream.baseUrl}/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer sk-test-key' },
        body: JSON.stringify({
          model: 'gpt-4o-mini',
          stream: true,
          stream_options: { include_usage: true },
          messages: [{ role: 'user', content: prompt }],
        }),
      }),
    (b) => /"content":"[^"]/.test(b),
    (b) => b.includes('[DONE]'),
  );

const viaServer = (user: { cookie: string; csrfToken: string }) =>
  timeStream(
    () =>
      fetch(`${origin}${AiRoutes.chat}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: user.cookie,
          origin,
          [CSRF_HEADER]: user.csrfToken,
        },
        body,
      }),
    (b) => b.startsWith('event: delta'),
    (b) => b.startsWith('event: usage'),
  );

try {
  const users = await makeUsers(Math.max(CONCURRENT, 4));
  // Warm-up: both paths compiled and connections pooled before anything is measured.
  for (let i = 0; i < 5; i++) {
    await direct();
    await viaServer(users[0]!);
  }
  const directRuns: StreamTiming[] = [];
  const serverRuns: StreamTiming[] = [];
  for (let i = 0; i < SEQUENTIAL; i++) {
    // Alternating, so a burst of load on the machine hits both paths alike.
    directRuns.push(await direct());
    serverRuns.push(await viaServer(users[1 + (i % 3)]!));
  }
  const tokensPerSecond = (r: StreamTiming) => r.pieces / ((r.totalMs - r.ttftMs) / 1000);
  const summary = (runs: StreamTiming[]) => ({
    ttft50: percentile(
      runs.map((r) => r.ttftMs),
      50,
    ),
    ttft90: percentile(
      runs.map((r) => r.ttftMs),
      90,
    ),
    tps50: percentile(runs.map(tokensPerSecond), 50),
    failed: runs.filter((r) => !r.ok).length,
  });
  const d = summary(directRuns);
  const s = summary(serverRuns);
  const added = s.ttft50 - d.ttft50;

  const concurrentStart = performance.now();
  const concurrent = await Promise.all(users.slice(0, CONCURRENT).map((u) => viaServer(u)));
  const concurrentMs = performance.now() - concurrentStart;
  const concurrentFailed = concurrent.filter((r) => !r.ok).length;

  const row = (name: string, x: typeof d) =>
    `| ${name} | ${x.ttft50.toFixed(2)} ms | ${x.ttft90.toFixed(2)} ms | ${Math.round(x.tps50)} | ${x.failed} |`;
  console.log(
    [
      `\nServer inference: ${SEQUENTIAL} streams per path, one at a time, alternating; ${WORDS} tokens each, one every ${PIECE_DELAY_MS} ms from the OpenAI-compatible double (its own process). ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)}\n`,
      '| path | TTFT p50 | TTFT p90 | tokens/s p50 | failed |',
      '| --- | --- | --- | --- | --- |',
      row('straight from the upstream double', d),
      row('POST /api/ai/chat (session, plan, quota Lua, upstream)', s),
      '',
      `added time to first token (p50): ${added.toFixed(2)} ms (target ≤ 5 ms) ${added <= 5 ? 'PASS' : 'ABOVE TARGET'}`,
      `${CONCURRENT} concurrent streams through the server: ${CONCURRENT - concurrentFailed} complete, ${concurrentFailed} failed, ${Math.round(concurrentMs)} ms wall, TTFT p50 ${percentile(
        concurrent.map((r) => r.ttftMs),
        50,
      ).toFixed(1)} ms / p99 ${percentile(
        concurrent.map((r) => r.ttftMs),
        99,
      ).toFixed(1)} ms ${concurrentFailed === 0 ? 'PASS' : 'FAIL'}`,
    ].join('\n'),
  );
  if (concurrentFailed > 0 || s.failed > 0) process.exitCode = 1;
} finally {
  await Promise.all(
    [server, upstreamProcess].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
  await deletePrefix(REDIS_URL, prefix);
  await redis.close();
  rmSync(outbox, { recursive: true, force: true });
}
