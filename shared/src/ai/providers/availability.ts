// Which availability a failure means, so "test connection" and the model pickers speak one language.
import { AvailabilityStatus, type Availability } from '../contract';
import type { AiFailure, AiFailureCode } from '../failures';

const STATUS_BY_FAILURE: Partial<Record<AiFailureCode, AvailabilityStatus>> = {
  not_configured: AvailabilityStatus.NeedsKey,
  invalid_key: AvailabilityStatus.NeedsKey,
  out_of_credit: AvailabilityStatus.NeedsKey,
  needs_account: AvailabilityStatus.NeedsAccount,
  model_missing: AvailabilityStatus.NeedsDownload,
  needs_download: AvailabilityStatus.NeedsDownload,
  cors_blocked: AvailabilityStatus.CorsBlocked,
  csp_blocked: AvailabilityStatus.CorsBlocked,
  ollama_origin_blocked: AvailabilityStatus.CorsBlocked,
  no_webgpu: AvailabilityStatus.Unsupported,
  gpu_out_of_memory: AvailabilityStatus.Unsupported,
  storage_quota: AvailabilityStatus.Unsupported,
  request_rejected: AvailabilityStatus.Unsupported,
};

export function availabilityFromFailure(failure: AiFailure): Availability {
  // A rate limit proves the key works; the provider is usable, just not this second.
  if (failure.code === 'rate_limited')
    return { status: AvailabilityStatus.Ready, message: failure.message, failure };
  return {
    status: STATUS_BY_FAILURE[failure.code] ?? AvailabilityStatus.Unreachable,
    message: failure.message,
    failure,
  };
}
