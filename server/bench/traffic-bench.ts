// pnpm bench:server (third part) — what the admin traffic counters cost a request: the in-memory
// update every answered request pays, and the once-a-second write to Redis, against a real Redis.
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { ensureRedis } from '../../scripts/ensure-redis.mjs';
import { systemClock } from '../src/infra/clock';
import { createMemoryLogger } from '../src/infra/logger';
import { connectRedis } from '../src/infra/redis';
import { createTrafficRecorder, trafficKeys } from '../src/services/traffic';
import { deletePrefix } from '../test/harness';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/** About one second of a busy server: 30 routes, 2,000 signed-in users. */
const REQUESTS = 20_000;
const ROUNDS = 7;

await ensureRedis();
const prefix = `bench:${randomBytes(4).toString('hex')}:`;
const redis = connectRedis({ url: REDIS_URL, prefix, logger: createMemoryLogger() });
if (!(await redis.whenReady(5000))) throw new Error(`Redis at ${REDIS_URL} does not answer`);
// An interval longer than the run: the benchmark decides when the write happens.
const recorder = createTrafficRecorder({
  redis,
  clock: systemClock,
  logger: createMemoryLogger(),
  flushIntervalMs: 3_600_000,
});

const samples = Array.from({ length: REQUESTS }, (_, i) => ({
  method: i % 5 === 0 ? 'POST' : 'GET',
  route: `/api/route-${i % 30}/:id`,
  status: i % 50 === 0 ? 500 : i % 20 === 0 ? 404 : 200,
  durationMs: (i * 7919) % 300,
  ...(i % 3 === 0 ? {} : { userId: `u_${i % 2_000}` }),
}));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
const recordNs: number[] = [];
const flushMs: number[] = [];
for (let round = 0; round <= ROUNDS; round++) {
  const started = process.hrtime.bigint();
  for (const sample of samples) recorder.recordRequest(sample);
  const recorded = process.hrtime.bigint();
  await recorder.flush();
  const flushed = process.hrtime.bigint();
  // Round 0 warms up the JIT and the connection.
  if (round === 0) continue;
  recordNs.push(Number(recorded - started) / REQUESTS);
  flushMs.push(Number(flushed - recorded) / 1e6);
}

const day = new Date().toISOString().slice(0, 10);
const counted = await redis.client.hgetall(trafficKeys(day).requests);
const total = Object.values(counted).reduce((sum, n) => sum + Number(n), 0);

console.log(
  `\nTraffic counters: ${REQUESTS.toLocaleString('en-US')} requests (30 routes, 2,000 users) per round, ${ROUNDS} rounds; ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)}\n`,
);
console.log('| measure | median | worst |');
console.log('| --- | --- | --- |');
console.log(
  `| in-memory update, per request | ${median(recordNs).toFixed(0)} ns | ${Math.max(...recordNs).toFixed(0)} ns |`,
);
console.log(
  `| one write of a round's counters to Redis | ${median(flushMs).toFixed(1)} ms | ${Math.max(...flushMs).toFixed(1)} ms |`,
);
const expected = REQUESTS * (ROUNDS + 1);
console.log(
  `\nrequests counted in Redis: ${total.toLocaleString('en-US')} of ${expected.toLocaleString('en-US')} ${total === expected ? 'PASS' : 'FAIL'}`,
);

await deletePrefix(REDIS_URL, prefix);
await redis.close();
if (total !== expected) process.exitCode = 1;
