// Redis through ioredis: fail fast while it is away, reconnect on our own, report state changes once.
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from './logger';

export type RedisHandle = {
  /** A client whose every key is under `prefix`. */
  readonly client: Redis;
  readonly prefix: string;
  /** True while the connection is up and accepting commands. */
  readonly isReady: () => boolean;
  /** Resolves true once connected, or false if that takes longer than the timeout. */
  readonly whenReady: (timeoutMs: number) => Promise<boolean>;
  /** Round trip to Redis; false when it is down or slower than the timeout. */
  readonly ping: (timeoutMs?: number) => Promise<boolean>;
  readonly close: () => Promise<void>;
};

export type RedisConnectOptions = {
  readonly url: string;
  readonly prefix: string;
  readonly logger: Logger;
  /** Called when Redis becomes reachable or unreachable (not on every retry). */
  readonly onStateChange?: (up: boolean) => void;
};

export function connectRedis(options: RedisConnectOptions): RedisHandle {
  const redisOptions: RedisOptions = {
    keyPrefix: options.prefix,
    // Commands fail at once while disconnected instead of queueing: a request must not hang on Redis.
    enableOfflineQueue: false,
    enableAutoPipelining: true,
    // A Redis that accepts the connection but does not answer (paused, overloaded) must not hang a
    // request either: commands give up after 2 s and the request answers 503.
    commandTimeout: 2000,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    // Keep trying for ever, at most every 1 s, so the server recovers by itself when Redis returns.
    retryStrategy: (attempt) => Math.min(attempt * 100, 1000),
  };
  const client = new Redis(options.url, redisOptions);
  let up = false;
  const setUp = (next: boolean, detail?: string) => {
    if (next === up) return;
    up = next;
    if (next) options.logger.info('redis connected', { url: redactUrl(options.url) });
    else options.logger.warn('redis unreachable', { url: redactUrl(options.url), detail });
    options.onStateChange?.(next);
  };
  client.on('ready', () => setUp(true));
  client.on('error', (error: Error) => setUp(false, error.message));
  client.on('close', () => setUp(false, 'connection closed'));
  client.on('end', () => setUp(false, 'connection ended'));

  return {
    client,
    prefix: options.prefix,
    isReady: () => client.status === 'ready',
    whenReady: (timeoutMs) =>
      new Promise<boolean>((resolve) => {
        if (client.status === 'ready') return resolve(true);
        const timer = setTimeout(() => {
          client.off('ready', onReady);
          resolve(false);
        }, timeoutMs);
        const onReady = () => {
          clearTimeout(timer);
          resolve(true);
        };
        client.once('ready', onReady);
      }),
    ping: async (timeoutMs = 1000) => {
      if (client.status !== 'ready') return false;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      try {
        return await Promise.race([client.ping().then((r) => r === 'PONG'), timeout]);
      } catch {
        return false;
      } finally {
        clearTimeout(timer);
      }
    },
    close: async () => {
      client.removeAllListeners('error');
      client.on('error', () => {});
      try {
        await client.quit();
      } catch {
        client.disconnect();
      }
    },
  };
}

/** The URL without its password, for logs and messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'redis://(unparseable)';
  }
}

/** True for the errors ioredis raises while Redis is unreachable (never for a bug in a command). */
export function isRedisUnavailable(error: unknown, redis: RedisHandle): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'MaxRetriesPerRequestError') return true;
  if (
    /enableOfflineQueue|Connection is closed|Command timed out|ECONNREFUSED|ECONNRESET/.test(
      error.message,
    )
  ) {
    return true;
  }
  // Any other failure while the connection is known to be down is down to the connection.
  return !redis.isReady() && /redis|connect|socket|stream/i.test(error.message);
}
