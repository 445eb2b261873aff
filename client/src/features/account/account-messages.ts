// What to tell the user for each way an account request can fail: one place for all of them.
import { ErrorCode } from '@career-copilot/shared/api/errors';
import type { ApiFailure } from '../../api/client';

export function failureMessage(failure: ApiFailure): string {
  switch (failure.code) {
    case 'network':
      return 'Cannot reach the Career Copilot server right now. Your data on this device is safe; try again when you are online.';
    case ErrorCode.CsrfFailed:
      return 'This page is out of date. Reload it and try again.';
    case ErrorCode.Unauthenticated:
      return 'Your session has ended. Please sign in again.';
    case ErrorCode.ServiceUnavailable:
    case ErrorCode.ServerBusy:
    case ErrorCode.RateLimited:
    case ErrorCode.InvalidCredentials:
    case ErrorCode.WrongPassword:
    case ErrorCode.InvalidCode:
    case ErrorCode.CodeExpired:
    case ErrorCode.WeakPassword:
    case ErrorCode.ValidationFailed:
      // The server's messages for these are written for the person at the keyboard.
      return failure.message;
    default:
      return failure.message || 'Something went wrong. Please try again.';
  }
}
