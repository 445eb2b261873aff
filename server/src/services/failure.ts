// Expected failures of the account services, as values: an API error code, a message for the user,
// and for rate limits the seconds to wait. The HTTP layer turns them into responses in one place.
import type { ErrorCode } from '@career-copilot/shared/api/errors';
import { err, type Err } from '@career-copilot/shared/lib/result';

export type Failure = {
  readonly code: ErrorCode;
  readonly message: string;
  readonly retryAfter?: number;
};

export function fail(code: ErrorCode, message: string, retryAfter?: number): Err<Failure> {
  return err(retryAfter === undefined ? { code, message } : { code, message, retryAfter });
}
