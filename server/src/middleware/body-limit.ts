// Caps request bodies (declared or streamed) before any handler reads them.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ErrorCode } from '@career-copilot/shared/api/errors';
import { ApiError } from '../http/errors';

export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError(
        ErrorCode.PayloadTooLarge,
        `The request body is larger than the ${formatBytes(maxBytes)} this endpoint accepts.`,
      );
    },
  });
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(0)} MiB`
    : `${Math.round(bytes / 1024)} KiB`;
}
