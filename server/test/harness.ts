// Test harness: the real app on a real Redis, under a key prefix of its own that is removed afterwards.
import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import type { SmtpDouble } from '../../e2e/doubles/smtp';
import { createApp, type AppDeps } from '../src/app';
import type { Config } from '../src/config';
import { createBackgroundTasks } from '../src/infra/background-tasks';
import type { Clock } from '../src/infra/clock';
import { createMemoryLogger } from '../src/infra/logger';
import { createDisabledMailer, createSmtpMailer } from '../src/infra/mailer';
import type { PasswordHasher } from '../src/infra/password-hasher';
import { connectRedis, type RedisHandle } from '../src/infra/redis';
import type { AuthLimits } from '../src/services/auth-limits';
import { createAuthServices } from '../src/services/auth-services';
import type { LlmUpstream } from '../src/infra/llm-upstream';
import type { StripeClient } from '../src/infra/stripe';
import { createPremiumServices } from '../src/services/premium-services';
import { createTrafficRecorder } from '../src/services/traffic';
import { createApiTokenStore } from '../src/services/api-tokens';
import { createMarketReport } from '../src/services/market';
import { createNotifications } from '../src/services/notifications';
import { createMailTemplates } from '../src/infra/mail-templates';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const TEST_ORIGIN = 'http://localhost:8787';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    env: 'test',
    host: '127.0.0.1',
    port: 0,
    publicOrigin: TEST_ORIGIN,
    redisUrl: TEST_REDIS_URL,
    redisPrefix: uniquePrefix(),
    bodyLimitBytes: 64 * 1024,
    logLevel: 'silent',
    trustProxy: true,
    clientDist: undefined,
    cspConnectExtra: [],
    authSecretKey: randomBytes(32),
    smtpUrl: undefined,
    mailFrom: 'Career Copilot <no-reply@localhost>',
    mailOutboxDir: undefined,
    sessionIdleSeconds: 30 * 60,
    sessionAbsoluteSeconds: 12 * 3600,
    apiRateLimitPerMinute: 600,
    ai: undefined,
    stripe: undefined,
    ...overrides,
  };
}

export function uniquePrefix(): string {
  return `test:${randomBytes(6).toString('hex')}:`;
}

export async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
  stepMs = 50,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, stepMs));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

/** Deletes every key under a prefix (SCAN patterns are not prefixed by ioredis, so use a raw client). */
export async function deletePrefix(url: string, prefix: string): Promise<void> {
  const raw = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await raw.connect();
    let cursor = '0';
    do {
      const [next, keys] = await raw.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await raw.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    raw.disconnect();
  }
}

export async function connectTestRedis(prefix = uniquePrefix(), url = TEST_REDIS_URL) {
  const logger = createMemoryLogger();
  const handle = connectRedis({ url, prefix, logger });
  await waitFor(() => handle.isReady());
  return {
    handle,
    cleanup: async () => {
      await deletePrefix(url, prefix);
      await handle.close();
    },
  };
}

export type TestApp = {
  readonly app: ReturnType<typeof createApp>;
  readonly deps: AppDeps;
  readonly logger: ReturnType<typeof createMemoryLogger>;
  readonly redis: RedisHandle;
  readonly cleanup: () => Promise<void>;
};

export async function buildTestApp(
  options: {
    config?: Partial<Config>;
    clock?: Clock;
    redis?: RedisHandle;
    /** Account mail goes to this SMTP listener on loopback. */
    smtp?: SmtpDouble;
    limits?: Partial<AuthLimits>;
    hasher?: PasswordHasher;
    /** Server inference from this upstream (with config.ai for its models). */
    llm?: LlmUpstream;
    /** Billing against this Stripe client (with config.stripe). */
    stripe?: StripeClient;
    onAiUsage?: AppDeps['onAiUsage'];
  } = {},
): Promise<TestApp> {
  const config = testConfig({
    ...(options.smtp ? { smtpUrl: options.smtp.url } : {}),
    ...options.config,
  });
  const logger = createMemoryLogger();
  const own = options.redis
    ? undefined
    : await connectTestRedis(config.redisPrefix, config.redisUrl);
  const redis = options.redis ?? own!.handle;
  const clock = options.clock ?? { now: () => new Date() };
  const tasks = createBackgroundTasks({ logger });
  const mailer = config.smtpUrl
    ? createSmtpMailer({ url: config.smtpUrl, from: config.mailFrom, logger })
    : createDisabledMailer();
  const auth = createAuthServices({
    redis,
    clock,
    logger,
    mailer,
    tasks,
    secretKey: config.authSecretKey ?? randomBytes(32),
    publicOrigin: config.publicOrigin,
    session: {
      idleSeconds: config.sessionIdleSeconds,
      absoluteSeconds: config.sessionAbsoluteSeconds,
    },
    limits: options.limits,
    ...(options.hasher ? { hasher: options.hasher } : {}),
  });
  const traffic = createTrafficRecorder({ redis, clock, logger });
  const notifications = createNotifications({
    redis,
    clock,
    logger,
    mailer,
    templates: createMailTemplates(),
    tasks,
    users: auth.users,
    publicOrigin: config.publicOrigin,
    unsubscribeKey: auth.keys.unsubscribe,
  });
  const premium = createPremiumServices({
    redis,
    clock,
    logger,
    config,
    stripe: options.stripe,
    llm: options.llm,
    onPlanChanged: (userId, change) =>
      notifications.notifyPlanChanged(userId, {
        previousPlan: change.previousPlan,
        plan: change.plan,
        effective: change.at,
      }),
    onPaid: (userId, receipt) => notifications.notifyReceipt(userId, receipt),
  });
  const deps: AppDeps = {
    config,
    logger,
    redis,
    clock,
    version: '0.0.0-test',
    features: {
      billing: premium.billing !== undefined,
      serverInference: premium.llm !== undefined,
      accounts: true,
    },
    auth,
    premium,
    // As in main.ts: each charged answer reaches the traffic counters (and the test's own hook).
    onAiUsage: (event) => {
      traffic.recordAiUsage(event);
      options.onAiUsage?.(event);
    },
    traffic,
    apiTokens: createApiTokenStore({ redis, clock }),
    market: createMarketReport({ redis, clock }),
    notifications,
  };
  return {
    app: createApp(deps),
    deps,
    logger,
    redis,
    cleanup: async () => {
      await tasks.drain();
      await mailer.close();
      await own?.cleanup();
    },
  };
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** `count` distinct free ports, held open together so none is handed out twice. */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
          const server = createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => {
    const address = server.address();
    return typeof address === 'object' && address ? address.port : 0;
  });
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** A throwaway redis-server child on its own port, for tests that stop and restart Redis. */
export async function startRedisServer(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const probe = new Redis(port, '127.0.0.1', {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  probe.on('error', () => {});
  try {
    await waitFor(async () => {
      try {
        if (probe.status !== 'ready') await probe.connect();
        return (await probe.ping()) === 'PONG';
      } catch {
        return false;
      }
    });
  } finally {
    probe.disconnect();
  }
  return child;
}

export function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
