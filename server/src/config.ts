// Server configuration: read from the environment once, validated, with messages that name the variable.
import { z } from 'zod';
import { err, ok, type Result } from '@career-copilot/shared/lib/result';

const port = z.coerce
  .number({ error: 'must be a whole number between 1 and 65535' })
  .int('must be a whole number between 1 and 65535')
  .min(1, 'must be a whole number between 1 and 65535')
  .max(65535, 'must be a whole number between 1 and 65535');

const origin = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}, 'must be an origin like https://copilot.example.com (scheme, host and optional port; no path or trailing slash)');

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const EnvSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], {
      error: 'must be development, production or test',
    })
    .default('development'),
  HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  PORT: port.default(8787),
  PUBLIC_ORIGIN: origin.optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, 'must be a redis:// or rediss:// URL')
    .default('redis://127.0.0.1:6379'),
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]{1,32}$/, 'must be 1–32 letters, digits, ":", "_" or "-"')
    .default('cc:'),
  BODY_LIMIT_BYTES: z.coerce
    .number({ error: 'must be a number of bytes' })
    .int('must be a whole number of bytes')
    .min(1024, 'must be at least 1024')
    .max(50 * 1024 * 1024, 'must be at most 52428800 (50 MiB)')
    .default(1024 * 1024),
  LOG_LEVEL: z
    .enum(['debug', 'info', 'warn', 'error', 'silent'], {
      error: 'must be debug, info, warn, error or silent',
    })
    .default('info'),
  TRUST_PROXY: bool.default(false),
  CLIENT_DIST: z.string().optional(),
  CSP_CONNECT_EXTRA: z
    .string()
    .default('')
    .transform((v) => v.split(/\s+/).filter(Boolean))
    .pipe(z.array(origin)),
});

export type Config = {
  readonly env: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  /** The origin the PWA is served from; the only origin CORS and CSRF checks accept. */
  readonly publicOrigin: string;
  readonly redisUrl: string;
  readonly redisPrefix: string;
  readonly bodyLimitBytes: number;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Take the client IP from X-Forwarded-For (only behind a proxy you control). */
  readonly trustProxy: boolean;
  /** Built client to serve; undefined serves the API only. */
  readonly clientDist: string | undefined;
  /** Origins added to the CSP connect-src (a custom OpenAI-compatible endpoint, a remote Ollama). */
  readonly cspConnectExtra: readonly string[];
};

/** Validates the environment; every problem is reported, each naming its variable. */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>>,
): Result<Config, string[]> {
  const input = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = EnvSchema.safeParse(input);
  if (!parsed.success) {
    return err(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'environment');
        const got = input[name];
        return `${name} ${issue.message}${got === undefined ? '' : ` (got "${got}")`}`;
      }),
    );
  }
  const e = parsed.data;
  return ok({
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicOrigin: e.PUBLIC_ORIGIN ?? `http://localhost:${e.PORT}`,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    clientDist: e.CLIENT_DIST,
    cspConnectExtra: e.CSP_CONNECT_EXTRA,
  });
}
