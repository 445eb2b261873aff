// The API's error contract: one code per failure, its HTTP status, and the JSON error shape.
import { z } from 'zod';

export const ErrorCode = {
  BadRequest: 'bad_request',
  ValidationFailed: 'validation_failed',
  InvalidJson: 'invalid_json',
  PayloadTooLarge: 'payload_too_large',
  UnsupportedMediaType: 'unsupported_media_type',
  Unauthenticated: 'unauthenticated',
  Forbidden: 'forbidden',
  CsrfFailed: 'csrf_failed',
  NotFound: 'not_found',
  MethodNotAllowed: 'method_not_allowed',
  Conflict: 'conflict',
  RateLimited: 'rate_limited',
  ServiceUnavailable: 'service_unavailable',
  Internal: 'internal_error',
  /** Premium inference: this period's token allowance is used up. */
  QuotaExceeded: 'quota_exceeded',
  InvalidCredentials: 'invalid_credentials',
  WrongPassword: 'wrong_password',
  InvalidCode: 'invalid_code',
  CodeExpired: 'code_expired',
  WeakPassword: 'weak_password',
  ServerBusy: 'server_busy',
  /** The server has no Stripe keys: plans cannot be bought here. */
  BillingNotConfigured: 'billing_not_configured',
  /** The server has no model upstream: server inference is off. */
  InferenceNotConfigured: 'inference_not_configured',
  /** The feature needs a higher plan (agents need Premium). */
  PlanRequired: 'plan_required',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const HTTP_STATUS_BY_ERROR: Readonly<Record<ErrorCode, number>> = {
  bad_request: 400,
  validation_failed: 400,
  invalid_json: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  rate_limited: 429,
  service_unavailable: 503,
  internal_error: 500,
  quota_exceeded: 402,
  invalid_credentials: 401,
  wrong_password: 403,
  invalid_code: 400,
  code_expired: 410,
  weak_password: 400,
  server_busy: 503,
  billing_not_configured: 503,
  inference_not_configured: 503,
  plan_required: 403,
};

/** Every failed API response has this body, whatever went wrong. */
export const ApiErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** Seconds to wait, on `rate_limited`. */
    retryAfter: z.number().optional(),
    /** The request id, to quote when reporting a problem. */
    requestId: z.string().optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>;

export function isErrorCode(value: string): value is ErrorCode {
  return Object.prototype.hasOwnProperty.call(HTTP_STATUS_BY_ERROR, value);
}
