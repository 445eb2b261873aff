// createApp(deps): the whole HTTP application, built from explicit dependencies.
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { ErrorCode } from '@career-copilot/shared/api/errors';
import type { AppEnv } from './app-env';
import type { Config } from './config';
import { ApiError, errorBody } from './http/errors';
import type { Clock } from './infra/clock';
import type { Logger } from './infra/logger';
import type { RedisHandle } from './infra/redis';
import { limitBody } from './middleware/body-limit';
import { clientIp } from './middleware/client-ip';
import { corsForOrigin } from './middleware/cors';
import { requestLog } from './middleware/request-log';
import { securityHeaders } from './middleware/security-headers';
import { healthRoutes } from './routes/health';
import { staticClient } from './routes/static-client';

export type AppDeps = {
  readonly config: Config;
  readonly logger: Logger;
  readonly redis: RedisHandle;
  readonly clock: Clock;
  readonly version: string;
  /** Server features that need configuration beyond Redis. */
  readonly features: { readonly billing: boolean; readonly serverInference: boolean };
};

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const { config, logger } = deps;
  const app = new Hono<AppEnv>();

  app.use('*', requestId({ limitLength: 64 }));
  app.use('*', requestLog(logger));
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

  app.route('/', healthRoutes(deps));

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
