// Server configuration: read from the environment once, validated, with messages that name the variable.
import { z } from 'zod';
import { err, ok, type Result } from '@career-copilot/shared/lib/result';
import { parseSecretKey } from './infra/secret-keys';

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
  AUTH_SECRET_KEY: z
    .string()
    .refine(
      (v) => parseSecretKey(v) !== undefined,
      'must be 32 random bytes as base64 or hex (generate one with: openssl rand -base64 32)',
    )
    .optional(),
  SMTP_URL: z
    .string()
    .regex(
      /^smtps?:\/\/[^\s]+$/,
      'must be an smtp:// (STARTTLS) or smtps:// (TLS) URL, like smtps://user:pass@smtp.example.com:465',
    )
    .optional(),
  MAIL_FROM: z
    .string()
    .regex(/^[^\r\n]{3,200}$/, 'must be one line, like "Career Copilot <no-reply@example.com>"')
    .optional(),
  MAIL_OUTBOX_DIR: z.string().optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number({ error: 'must be a number of minutes' })
    .int('must be a whole number of minutes')
    .min(5, 'must be at least 5')
    .max(30 * 24 * 60, 'must be at most 43200 (30 days)')
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number({ error: 'must be a number of hours' })
    .int('must be a whole number of hours')
    .min(1, 'must be at least 1')
    .max(90 * 24, 'must be at most 2160 (90 days)')
    .default(12),
  AI_UPSTREAM: z.enum(['ollama', 'openai'], { error: 'must be ollama or openai' }).optional(),
  AI_UPSTREAM_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .transform((v) => v.replace(/\/+$/, ''))
    .optional(),
  AI_UPSTREAM_API_KEY: z.string().min(1).optional(),
  AI_MODEL_FAST: z.string().min(1).max(200).optional(),
  AI_MODEL_GOOD: z.string().min(1).max(200).optional(),
  STRIPE_SECRET_KEY: z
    .string()
    .regex(
      /^(sk|rk)_(test|live)_[A-Za-z0-9]+$/,
      'must be a Stripe secret key (sk_test_… or sk_live_…)',
    )
    .optional(),
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_[A-Za-z0-9+/=]+$/, 'must be a webhook signing secret (whsec_…)')
    .optional(),
  STRIPE_PRICE_PRO: z
    .string()
    .regex(/^price_[A-Za-z0-9]+$/, 'must be a Stripe price id (price_…)')
    .optional(),
  STRIPE_PRICE_PREMIUM: z
    .string()
    .regex(/^price_[A-Za-z0-9]+$/, 'must be a Stripe price id (price_…)')
    .optional(),
  STRIPE_API_BASE: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL like http://127.0.0.1:12111' })
    .optional(),
  API_RATE_LIMIT_PER_MINUTE: z.coerce
    .number({ error: 'must be a number of requests' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .default(600),
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
  /** 32 bytes the account secrets derive from; required in production (main.ts makes one in dev). */
  readonly authSecretKey: Buffer | undefined;
  /** SMTP for account mail; without it, mail goes to `mailOutboxDir` (development and tests). */
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  /** Where mail is written when there is no SMTP (main.ts defaults it to server/.outbox outside production). */
  readonly mailOutboxDir: string | undefined;
  readonly sessionIdleSeconds: number;
  readonly sessionAbsoluteSeconds: number;
  /** Each signed-in user's budget of API requests a minute. */
  readonly apiRateLimitPerMinute: number;
  /** Server inference; undefined turns it off (the endpoints answer inference_not_configured). */
  readonly ai: AiUpstreamConfig | undefined;
  /** Stripe billing; undefined turns it off (the endpoints answer billing_not_configured). */
  readonly stripe: StripeConfig | undefined;
};

export type AiUpstreamConfig = {
  readonly kind: 'ollama' | 'openai';
  /** Ollama's host ("http://gpu-box:11434") or an OpenAI-compatible base URL with its version ("…/v1"). */
  readonly url: string;
  readonly apiKey: string | undefined;
  /** The upstream model behind our fast tier (every plan). */
  readonly fastModel: string;
  /** The upstream model behind our best tier (Premium); the fast one when not set. */
  readonly goodModel: string;
};

export type StripeConfig = {
  readonly secretKey: string;
  readonly webhookSecret: string;
  readonly prices: { readonly pro: string; readonly premium: string };
  /** Another API host (the local Stripe double); Stripe's own when undefined. */
  readonly apiBase: string | undefined;
};

const STRIPE_VARS = [
  'STRIPE_SECRET_KEY',
  'STRIPE_WEBHOOK_SECRET',
  'STRIPE_PRICE_PRO',
  'STRIPE_PRICE_PREMIUM',
] as const;

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
  if (e.NODE_ENV === 'production' && !e.AUTH_SECRET_KEY) {
    return err([
      'AUTH_SECRET_KEY is required when NODE_ENV=production: 32 random bytes as base64 (generate one with: openssl rand -base64 32). Keep it secret and keep it: changing it signs everyone out and turns off their authenticator apps.',
    ]);
  }
  if (e.SESSION_IDLE_MINUTES > e.SESSION_ABSOLUTE_HOURS * 60) {
    return err(['SESSION_IDLE_MINUTES must not be longer than SESSION_ABSOLUTE_HOURS']);
  }
  const stripeSet = STRIPE_VARS.filter((name) => e[name] !== undefined);
  if (stripeSet.length > 0 && stripeSet.length < STRIPE_VARS.length) {
    const missing = STRIPE_VARS.filter((name) => e[name] === undefined);
    return err([
      `Billing needs all of ${STRIPE_VARS.join(', ')}; missing ${missing.join(', ')} (or unset them all to run without billing)`,
    ]);
  }
  if (e.AI_UPSTREAM && (!e.AI_UPSTREAM_URL || !e.AI_MODEL_FAST)) {
    return err([
      'AI_UPSTREAM needs AI_UPSTREAM_URL (where the models run) and AI_MODEL_FAST (the model every plan uses)',
    ]);
  }
  const publicOrigin = e.PUBLIC_ORIGIN ?? `http://localhost:${e.PORT}`;
  return ok({
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicOrigin,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    clientDist: e.CLIENT_DIST,
    cspConnectExtra: e.CSP_CONNECT_EXTRA,
    authSecretKey: e.AUTH_SECRET_KEY ? parseSecretKey(e.AUTH_SECRET_KEY) : undefined,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM ?? `Career Copilot <no-reply@${new URL(publicOrigin).hostname}>`,
    mailOutboxDir: e.MAIL_OUTBOX_DIR,
    sessionIdleSeconds: e.SESSION_IDLE_MINUTES * 60,
    sessionAbsoluteSeconds: e.SESSION_ABSOLUTE_HOURS * 3600,
    apiRateLimitPerMinute: e.API_RATE_LIMIT_PER_MINUTE,
    ai:
      e.AI_UPSTREAM && e.AI_UPSTREAM_URL && e.AI_MODEL_FAST
        ? {
            kind: e.AI_UPSTREAM,
            url: e.AI_UPSTREAM_URL,
            apiKey: e.AI_UPSTREAM_API_KEY,
            fastModel: e.AI_MODEL_FAST,
            goodModel: e.AI_MODEL_GOOD ?? e.AI_MODEL_FAST,
          }
        : undefined,
    stripe:
      e.STRIPE_SECRET_KEY && e.STRIPE_WEBHOOK_SECRET && e.STRIPE_PRICE_PRO && e.STRIPE_PRICE_PREMIUM
        ? {
            secretKey: e.STRIPE_SECRET_KEY,
            webhookSecret: e.STRIPE_WEBHOOK_SECRET,
            prices: { pro: e.STRIPE_PRICE_PRO, premium: e.STRIPE_PRICE_PREMIUM },
            apiBase: e.STRIPE_API_BASE,
          }
        : undefined,
  });
}
