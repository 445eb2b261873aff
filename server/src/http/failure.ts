// Turns a service's Result into a value or the matching API error.
import type { Result } from '@career-copilot/shared/lib/result';
import type { Failure } from '../services/failure';
import { ApiError } from './errors';

export function orThrow<T>(result: Result<T, Failure>): T {
  if (result.ok) return result.value;
  const { code, message, retryAfter } = result.error;
  throw new ApiError(code, message, retryAfter === undefined ? {} : { retryAfter });
}
