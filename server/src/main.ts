// Entry point: validate configuration, connect Redis, serve the API and the built PWA on one port.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { loadConfig } from './config';
import { createBackgroundTasks } from './infra/background-tasks';
import { systemClock } from './infra/clock';
import { createLogger } from './infra/logger';
import { createDisabledMailer, createOutboxMailer, createSmtpMailer } from './infra/mailer';
import { connectRedis, redactUrl } from './infra/redis';
import { loadOrCreateLocalSecret } from './infra/local-secret';
import { createAuthServices } from './services/auth-services';
import { createPremiumServices } from './services/premium-services';
import { createLlmUpstream } from './infra/llm-upstream';
import { createStripeClient } from './infra/stripe';
import { createTrafficRecorder } from './services/traffic';
import { createApiTokenStore } from './services/api-tokens';
import { createMarketReport } from './services/market';
import { createNotifications } from './services/notifications';
import { createMailTemplates } from './infra/mail-templates';

const here = dirname(fileURLToPath(import.meta.url));
const serverRoot = resolve(here, '..');

function fail(lines: string[]): never {
  process.stderr.write(
    ['Career Copilot cannot start:', ...lines.map((l) => `  - ${l}`), ''].join('\n'),
  );
  process.exit(1);
}

const loaded = loadConfig(process.env);
if (!loaded.ok) fail(loaded.error);
const config = loaded.value;

const defaultDist = resolve(serverRoot, '..', 'client', 'dist');
const clientDist = config.clientDist ? resolve(config.clientDist) : defaultDist;
const distReady = existsSync(join(clientDist, 'index.html'));
if (config.clientDist && !distReady) {
  fail([`CLIENT_DIST points at ${clientDist}, which has no index.html. Run "pnpm build" first.`]);
}

const version = (
  JSON.parse(readFileSync(join(serverRoot, 'package.json'), 'utf8')) as { version: string }
).version;
const logger = createLogger(config.logLevel);

const redisHint = [
  `Accounts and premium are OFF: Redis is not reachable at ${redactUrl(config.redisUrl)}.`,
  'The app itself works fully without them (everything stays on your device).',
  'To turn them on, start Redis (sudo apt-get install -y redis-server && redis-server --daemonize yes)',
  'or point REDIS_URL at a running Redis. The server reconnects by itself.',
].join('\n  ');

let announcedDown = false;
let startupDone = false;
const redis = connectRedis({
  url: config.redisUrl,
  prefix: config.redisPrefix,
  logger,
  onStateChange: (up) => {
    if (up && announcedDown) {
      process.stdout.write('Redis is reachable again: accounts and premium are on.\n');
      announcedDown = false;
    }
    if (!up && !announcedDown && startupDone) {
      process.stdout.write(`\n  ${redisHint}\n\n`);
      announcedDown = true;
    }
  },
});

// Accounts: a secret key, a way to send mail, and the services built on Redis.
const notices: string[] = [];
let secretKey = config.authSecretKey;
if (!secretKey) {
  // Production refuses to start without one (config.ts); elsewhere, keep a generated key on disk.
  const keyFile = join(serverRoot, '.data', 'auth-secret.key');
  const local = loadOrCreateLocalSecret(keyFile);
  if (!local.ok) fail([local.error]);
  secretKey = local.value.key;
  if (local.value.created) {
    notices.push(
      `AUTH_SECRET_KEY is not set: generated one for this machine in ${keyFile} (kept private). Set AUTH_SECRET_KEY in production.`,
    );
  }
}
const outboxDir = config.mailOutboxDir
  ? resolve(config.mailOutboxDir)
  : config.env === 'production'
    ? undefined
    : join(serverRoot, '.outbox');
const mailer = config.smtpUrl
  ? createSmtpMailer({ url: config.smtpUrl, from: config.mailFrom, logger })
  : outboxDir
    ? createOutboxMailer({ dir: outboxDir, from: config.mailFrom, logger })
    : undefined;
if (!mailer) {
  notices.push(
    'Accounts are OFF: no mail server is configured. Set SMTP_URL (or MAIL_OUTBOX_DIR to keep mail in a folder).',
  );
} else if (mailer.kind === 'outbox') {
  notices.push(`Account emails are written to ${mailer.destination} (no SMTP_URL set).`);
}
const origin = new URL(config.publicOrigin);
if (origin.protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(origin.hostname)) {
  notices.push(
    `Accounts need HTTPS: browsers keep the secure sign-in cookies only on https:// origins and http://localhost, not on ${config.publicOrigin}.`,
  );
}
const tasks = createBackgroundTasks({ logger });
const auth = createAuthServices({
  redis,
  clock: systemClock,
  logger,
  mailer: mailer ?? createDisabledMailer(),
  tasks,
  secretKey,
  publicOrigin: config.publicOrigin,
  session: {
    idleSeconds: config.sessionIdleSeconds,
    absoluteSeconds: config.sessionAbsoluteSeconds,
  },
  limits: { apiPerUser: { limit: config.apiRateLimitPerMinute, windowSeconds: 60 } },
});

const traffic = createTrafficRecorder({ redis, clock: systemClock, logger });
const llm = config.ai ? createLlmUpstream(config.ai) : undefined;
const premium = createPremiumServices({
  redis,
  clock: systemClock,
  logger,
  config,
  stripe: config.stripe ? createStripeClient(config.stripe) : undefined,
  llm,
  // Called from webhooks only, long after `notifications` below exists.
  onPlanChanged: (userId, change) =>
    notifications.notifyPlanChanged(userId, {
      previousPlan: change.previousPlan,
      plan: change.plan,
      effective: change.at,
    }),
  onPaid: (userId, receipt) => notifications.notifyReceipt(userId, receipt),
});
if (!config.stripe)
  notices.push('Billing is OFF: set the STRIPE_* variables to sell Pro and Premium.');
if (!config.ai)
  notices.push('Server inference is OFF: set AI_UPSTREAM, AI_UPSTREAM_URL and AI_MODEL_FAST.');
const notifications = createNotifications({
  redis,
  clock: systemClock,
  logger,
  mailer: auth.mailer,
  templates: createMailTemplates(),
  tasks,
  users: auth.users,
  publicOrigin: config.publicOrigin,
  unsubscribeKey: auth.keys.unsubscribe,
});
// Follow-up reminders go out within a minute of their time, from whichever process sweeps first.
const stopReminderSweeper = mailer ? notifications.startReminderSweeper() : () => {};

const app = createApp({
  config: { ...config, clientDist: distReady ? clientDist : undefined },
  logger,
  redis,
  clock: systemClock,
  version,
  features: {
    billing: premium.billing !== undefined,
    serverInference: llm !== undefined,
    accounts: mailer !== undefined,
  },
  auth,
  premium,
  traffic,
  onAiUsage: (event) => traffic.recordAiUsage(event),
  apiTokens: createApiTokenStore({ redis, clock: systemClock }),
  market: createMarketReport({ redis, clock: systemClock }),
  notifications,
});

const server = serve(
  { fetch: app.fetch, hostname: config.host, port: config.port },
  async (info) => {
    const shownHost =
      config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
    const url = `http://${shownHost}:${info.port}`;
    const redisUp = (await redis.whenReady(2500)) && (await redis.ping(1000));
    startupDone = true;
    const lines = [
      '',
      `  Career Copilot is running at ${url}`,
      distReady
        ? ''
        : '  (API only: the client is not built. Run "pnpm start" from the repository root.)',
      redisUp ? '  Accounts and premium: on (Redis connected).' : `  ${redisHint}`,
      ...notices.map((n) => `  ${n}`),
      '',
    ].filter((l, i, all) => l !== '' || i === 0 || i === all.length - 1);
    process.stdout.write(lines.join('\n') + '\n');
    announcedDown = !redisUp;
  },
);

server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE')
    fail([`PORT ${config.port} is already in use. Stop the other process or set PORT.`]);
  if (error.code === 'EACCES')
    fail([`PORT ${config.port} needs more privileges; choose a port above 1024.`]);
  fail([error.message]);
});

function shutdown(signal: string) {
  logger.info('shutting down', { signal });
  stopReminderSweeper();
  server.close(() => {
    void tasks
      .drain()
      .then(() => traffic.flush())
      .then(() => auth.mailer.close())
      .finally(() => redis.close().finally(() => process.exit(0)));
  });
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
