// createApp(deps): the whole HTTP application, built from explicit dependencies.
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { BillingRoutes } from '@career-copilot/shared/api/billing';
import { ErrorCode } from '@career-copilot/shared/api/errors';
import type { AppEnv } from './app-env';
import type { Config } from './config';
import { ApiError, errorBody } from './http/errors';
import type { Clock } from './infra/clock';
import type { Logger } from './infra/logger';
import { isRedisUnavailable, type RedisHandle } from './infra/redis';
import type { AuthServices } from './services/auth-services';
import type { AiUsageEvent, PremiumServices } from './services/premium-services';
import { limitBody } from './middleware/body-limit';
import { clientIp } from './middleware/client-ip';
import { corsForOrigin } from './middleware/cors';
import { csrfProtection } from './middleware/csrf';
import { assignRequestId } from './middleware/request-id';
import { requestLog } from './middleware/request-log';
import { securityHeaders } from './middleware/security-headers';
import { countTraffic } from './middleware/count-traffic';
import { accountRoutes } from './routes/accounts';
import { agentRoutes } from './routes/agents';
import { aiRoutes } from './routes/ai';
import { billingRoutes } from './routes/billing';
import { adminRoutes } from './routes/admin';
import { apiTokenRoutes } from './routes/api-tokens';
import { BEARER_PATHS, publicApiRoutes } from './routes/public-api';
import { isBearerRequest } from './middleware/bearer-auth';
import type { ApiTokenStore } from './services/api-tokens';
import type { Notifications } from './services/notifications';
import { notificationRoutes } from './routes/notifications';
import { marketRoutes } from './routes/market';
import type { MarketReport } from './services/market';
import { NotificationRoutes } from '@career-copilot/shared/api/notifications';
import type { TrafficRecorder } from './services/traffic';
import { healthRoutes } from './routes/health';
import { staticClient } from './routes/static-client';

export type AppDeps = {
  readonly config: Config;
  readonly logger: Logger;
  readonly redis: RedisHandle;
  readonly clock: Clock;
  readonly version: string;
  /** Server features that need configuration beyond Redis. */
  readonly features: {
    readonly billing: boolean;
    readonly serverInference: boolean;
    /** Accounts need a way to send mail (SMTP, or the outbox outside production). */
    readonly accounts: boolean;
  };
  /** Accounts: users, sessions, rate limits, one-time codes, mail, security log. */
  readonly auth: AuthServices;
  /** Plans, billing (with Stripe) and server inference (with an upstream). */
  readonly premium: PremiumServices;
  /** Called after each server inference answer is charged (traffic counters for admin reports). */
  readonly onAiUsage?: (event: AiUsageEvent) => void;
  /** Daily traffic and usage counters (admin reports, the user's own report). */
  readonly traffic: TrafficRecorder;
  /** Personal API tokens (hashed) for the Bearer API. */
  readonly apiTokens: ApiTokenStore;
  /** Notification mail (receipts, plan changes, quota, follow-up reminders) and unsubscribes. */
  readonly notifications: Notifications;
  /** The opt-in, de-identified job-market report. */
  readonly market: MarketReport;
};

/** Paths that authenticate without cookies (signed webhooks) and so skip the CSRF check. */
const CSRF_EXEMPT_PATHS: readonly string[] = [
  BillingRoutes.webhook,
  // Signed one-click unsubscribe links (RFC 8058): mail clients POST without cookies or Origin.
  NotificationRoutes.unsubscribe,
];

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const { config, logger } = deps;
  const app = new Hono<AppEnv>();

  app.use('*', assignRequestId());
  app.use('*', requestLog(logger));
  app.use('/api/*', countTraffic(deps.traffic));
  app.use(
    '*',
    securityHeaders({
      cspConnectExtra: config.cspConnectExtra,
      https: config.publicOrigin.startsWith('https:'),
    }),
  );
  app.use('/api/*', corsForOrigin(config.publicOrigin));
  app.use('/api/*', limitBody(config.bodyLimitBytes));
  app.use('*', clientIp({ trustProxy: config.trustProxy }));
  app.use(
    '/api/*',
    csrfProtection({
      // `pnpm dev` serves the client from Vite on :5173 and proxies the API.
      allowedOrigins:
        config.env === 'development'
          ? [config.publicOrigin, 'http://localhost:5173', 'http://127.0.0.1:5173']
          : [config.publicOrigin],
      csrfKey: deps.auth.keys.csrf,
      exempt: (c) =>
        CSRF_EXEMPT_PATHS.includes(c.req.path) ||
        // A personal API token request carries no cookie authority (bearerAuth ignores cookies).
        (BEARER_PATHS.includes(c.req.path) && isBearerRequest(c)),
    }),
  );

  app.route('/', healthRoutes(deps));
  app.route('/', accountRoutes(deps));
  app.route('/', adminRoutes(deps));
  app.route('/', apiTokenRoutes(deps));
  // Before the AI routes: its Bearer-token middleware on POST /api/ai/chat must run first.
  app.route('/', publicApiRoutes(deps));
  app.route('/', aiRoutes(deps));
  app.route('/', agentRoutes(deps));
  app.route('/', billingRoutes(deps));
  app.route('/', notificationRoutes(deps));
  app.route('/', marketRoutes(deps));

  app.all('/api/*', (c) => {
    throw new ApiError(ErrorCode.NotFound, `No API route ${c.req.method} ${c.req.path}.`);
  });
  if (config.clientDist) app.route('/', staticClient(config.clientDist));

  app.notFound((c) =>
    c.json(
      errorBody(ErrorCode.NotFound, `Nothing at ${c.req.path}.`, { requestId: c.get('requestId') }),
      404,
    ),
  );

  app.onError((error, c) => {
    const id = c.get('requestId');
    if (error instanceof ApiError) {
      if (error.retryAfter !== undefined) c.header('Retry-After', String(error.retryAfter));
      return c.json(
        errorBody(error.code, error.message, {
          requestId: id,
          ...(error.retryAfter !== undefined ? { retryAfter: error.retryAfter } : {}),
        }),
        error.status as 400,
      );
    }
    if (isRedisUnavailable(error, deps.redis)) {
      logger.warn('request failed: redis unavailable', { requestId: id, path: c.req.path });
      c.header('Retry-After', '30');
      return c.json(
        errorBody(
          ErrorCode.ServiceUnavailable,
          'The server cannot reach its database right now. Everything on this device keeps working; try again in a minute.',
          { requestId: id, retryAfter: 30 },
        ),
        503,
      );
    }
    if (error instanceof HTTPException && error.status < 500) {
      return c.json(
        errorBody(ErrorCode.BadRequest, error.message || 'Bad request.', { requestId: id }),
        error.status,
      );
    }
    logger.error('unhandled error', {
      requestId: id,
      method: c.req.method,
      path: c.req.path,
      error: error instanceof Error ? error.message : String(error),
      stack: error instanceof Error ? error.stack : undefined,
    });
    return c.json(
      errorBody(ErrorCode.Internal, 'Something went wrong on our side. Please try again.', {
        requestId: id,
      }),
      500,
    );
  });

  return app;
}
