// Entry point: validate configuration, connect Redis, serve the API and the built PWA on one port.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { loadConfig } from './config';
import { systemClock } from './infra/clock';
import { createLogger } from './infra/logger';
import { connectRedis, redactUrl } from './infra/redis';

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

const app = createApp({
  config: { ...config, clientDist: distReady ? clientDist : undefined },
  logger,
  redis,
  clock: systemClock,
  version,
  features: { billing: false, serverInference: false },
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
  server.close(() => {
    void redis.close().finally(() => process.exit(0));
  });
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
