// API errors: thrown by routes and middleware, turned into `{error: {code, message}}` in one place.
import {
  ErrorCode,
  HTTP_STATUS_BY_ERROR,
  type ApiErrorBody,
} from '@career-copilot/shared/api/errors';

export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly retryAfter: number | undefined;

  constructor(
    code: ErrorCode | string,
    message: string,
    options: { status?: number; retryAfter?: number } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status =
      options.status ??
      HTTP_STATUS_BY_ERROR[code as ErrorCode] ??
      HTTP_STATUS_BY_ERROR[ErrorCode.Internal];
    this.retryAfter = options.retryAfter;
  }
}

export function errorBody(
  code: string,
  message: string,
  extra: { retryAfter?: number; requestId?: string } = {},
): ApiErrorBody {
  return {
    error: {
      code,
      message,
      ...(extra.retryAfter !== undefined ? { retryAfter: extra.retryAfter } : {}),
      ...(extra.requestId !== undefined ? { requestId: extra.requestId } : {}),
    },
  };
}
