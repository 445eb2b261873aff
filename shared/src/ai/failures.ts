// Every way a model call can fail, as a typed value with the one message that tells the user what to do.

export const AiFailureCode = {
  /** The provider needs setting up first (no key, no model chosen). */
  NotConfigured: 'not_configured',
  /** Our server's models need a signed-in premium account. */
  NeedsAccount: 'needs_account',
  InvalidKey: 'invalid_key',
  OutOfCredit: 'out_of_credit',
  RateLimited: 'rate_limited',
  /** The vendor is overloaded or failing (5xx, 529); worth retrying later. */
  ProviderUnavailable: 'provider_unavailable',
  /** Offline, DNS failure, connection refused: nothing answered. */
  Network: 'network',
  /** The endpoint answered but does not allow calls from this page (CORS). */
  CorsBlocked: 'cors_blocked',
  /** This app's Content-Security-Policy does not list the endpoint's origin. */
  CspBlocked: 'csp_blocked',
  OllamaDown: 'ollama_down',
  OllamaOriginBlocked: 'ollama_origin_blocked',
  ModelMissing: 'model_missing',
  /** A WebLLM model that has not been downloaded yet. */
  NeedsDownload: 'needs_download',
  ContextTooLong: 'context_too_long',
  OutputTruncated: 'output_truncated',
  ContentFiltered: 'content_filtered',
  BadJson: 'bad_json',
  /** The vendor refused the request for a reason we do not map more precisely (HTTP 400/403/422). */
  RequestRejected: 'request_rejected',
  /** The model or its server failed while working on the request (a crash, a runtime error). */
  ProviderError: 'provider_error',
  /** The vendor answered in a shape we do not understand. */
  BadResponse: 'bad_response',
  /** The connection dropped before the answer was complete. */
  Interrupted: 'interrupted',
  NoWebGpu: 'no_webgpu',
  GpuOutOfMemory: 'gpu_out_of_memory',
  StorageQuota: 'storage_quota',
  Aborted: 'aborted',
} as const;
export type AiFailureCode = (typeof AiFailureCode)[keyof typeof AiFailureCode];

/** What a message may mention; every field is optional and only used where it helps. */
export type AiFailureContext = {
  /** The provider's name as the user sees it ("OpenAI", "Ollama"). */
  readonly provider?: string;
  readonly model?: string;
  /** The origin that was called (for CORS/CSP and Ollama messages). */
  readonly origin?: string;
  /** The origin this app runs at (for OLLAMA_ORIGINS). */
  readonly appOrigin?: string;
  readonly retryAfterSeconds?: number;
  /** Context overflow: what we counted, what fits, how much to cut. */
  readonly tokens?: { readonly counted: number; readonly limit: number; readonly over: number };
  readonly maxOutputTokens?: number;
  /** Bytes needed and available, for storage quota. */
  readonly bytes?: { readonly needed: number; readonly available: number };
  /** The vendor's own words, shown after ours when they add something. */
  readonly detail?: string;
  readonly status?: number;
};

export type AiFailure = AiFailureContext & {
  readonly code: AiFailureCode;
  readonly message: string;
  /** Text already streamed before the failure (aborted, truncated, interrupted). */
  readonly partialText?: string;
};

/** Words per token for English prose; used to turn a token overflow into advice a person can act on. */
const WORDS_PER_TOKEN = 0.75;

function gigabytes(bytes: number): string {
  return bytes >= 1e9
    ? `${(bytes / 1e9).toFixed(1)} GB`
    : `${Math.max(1, Math.round(bytes / 1e6))} MB`;
}

function seconds(value: number): string {
  if (value < 90) return `${Math.max(1, Math.round(value))} s`;
  if (value < 5400) return `${Math.round(value / 60)} min`;
  return `${Math.round(value / 3600)} h`;
}

function withDetail(message: string, detail?: string): string {
  const trimmed = detail?.trim();
  if (!trimmed || message.includes(trimmed)) return message;
  const short = trimmed.length > 300 ? `${trimmed.slice(0, 297)}…` : trimmed;
  return `${message} (${/[.!?]$/.test(short) ? short.slice(0, -1) : short})`;
}

/** The single user-facing message for a failure code, filled in with what we know. */
export function describeAiFailure(code: AiFailureCode, c: AiFailureContext = {}): string {
  const p = c.provider ?? 'The model provider';
  const model = c.model ? `“${c.model}”` : 'that model';
  switch (code) {
    case 'not_configured':
      return `${p} is not set up yet. Add it in Settings → Models.`;
    case 'needs_account':
      return withDetail(
        'Our server’s models need an account (Free includes a few requests a day; Pro and Premium more). Sign in or upgrade in Account, or choose another provider in Settings → Models.',
        c.detail,
      );
    case 'invalid_key':
      return `${p} rejected the API key. Check it in Settings → Models (paste it again, or create a new one in your ${p} account).`;
    case 'out_of_credit':
      return withDetail(
        `${p} says your account has no credit left. Add credit or raise your spending limit with ${p}, or pick another provider.`,
        c.detail,
      );
    case 'rate_limited':
      return c.retryAfterSeconds !== undefined
        ? `${p} is limiting how fast you can send requests. Try again in ${seconds(c.retryAfterSeconds)}.`
        : `${p} is limiting how fast you can send requests. Wait a moment and try again.`;
    case 'provider_unavailable':
      return withDetail(
        `${p} is overloaded or having problems right now. Try again in a minute, or pick another provider.`,
        c.detail,
      );
    case 'network':
      return `Could not reach ${p}${c.origin ? ` at ${c.origin}` : ''}. Check your internet connection and try again.`;
    case 'cors_blocked':
      return `${p} at ${c.origin ?? 'that address'} answered, but does not allow calls from this page (CORS). Use the vendor’s own API address, or allow ${c.appOrigin ?? 'this app’s origin'} in the endpoint’s CORS settings.`;
    case 'csp_blocked':
      return `This app’s security policy only lets it call known model providers, and ${c.origin ?? 'that address'} is not one of them. Whoever runs this Career Copilot server can allow it by adding ${c.origin ?? 'the origin'} to CSP_CONNECT_EXTRA.`;
    case 'ollama_down':
      return `Ollama is not running at ${c.origin ?? 'http://localhost:11434'}. Start the Ollama app, or run “ollama serve” in a terminal, then try again.`;
    case 'ollama_origin_blocked':
      return `Ollama is running but refuses requests from this page. Quit Ollama and start it with OLLAMA_ORIGINS=${c.appOrigin ?? '<this app’s origin>'} (for example: OLLAMA_ORIGINS=${c.appOrigin ?? '<origin>'} ollama serve; on macOS: launchctl setenv OLLAMA_ORIGINS "${c.appOrigin ?? '<origin>'}" and restart the app).`;
    case 'model_missing':
      return c.provider === 'Ollama'
        ? `The model ${model} is not installed in Ollama. Run “ollama pull ${c.model ?? 'NAME'}” in a terminal, then try again.`
        : withDetail(
            `${p} has no model called ${model} (or your key cannot use it). Pick another model in Settings → Models.`,
            c.detail,
          );
    case 'needs_download':
      return `${model} has not been downloaded to this browser yet. Download it in Settings → Models first.`;
    case 'context_too_long': {
      const t = c.tokens;
      if (!t)
        return withDetail(
          `That is more text than ${model} can read at once. Shorten it and try again.`,
          c.detail,
        );
      const words = Math.ceil(t.over * WORDS_PER_TOKEN);
      return `That is about ${t.counted.toLocaleString('en-US')} tokens, but ${model} can take ${t.limit.toLocaleString('en-US')}. Cut about ${t.over.toLocaleString('en-US')} tokens (roughly ${words.toLocaleString('en-US')} words), or pick a model with a larger context.`;
    }
    case 'output_truncated':
      return `The answer was cut off at the ${c.maxOutputTokens ? `${c.maxOutputTokens.toLocaleString('en-US')}-token ` : ''}output limit. Ask for something shorter, or pick a model that can write more.`;
    case 'content_filtered':
      return withDetail(
        `${p}’s safety filter stopped the answer. Rephrase the request and try again.`,
        c.detail,
      );
    case 'bad_json':
      return withDetail(
        `${model} did not answer in the expected format, even after a second try. Try again, or pick a stronger model.`,
        c.detail,
      );
    case 'request_rejected':
      return withDetail(`${p} rejected the request.`, c.detail);
    case 'provider_error':
      return withDetail(
        `${p} failed while answering. Try again; if it keeps happening, pick another model.`,
        c.detail,
      );
    case 'bad_response':
      return withDetail(`${p} answered in a way this app does not understand.`, c.detail);
    case 'interrupted':
      return `The connection to ${p} dropped before the answer was complete. Try again.`;
    case 'no_webgpu':
      return withDetail(
        'This browser cannot run models itself: WebGPU is not available. Use a recent Chrome or Edge on a computer with a graphics card, or pick another provider.',
        c.detail,
      );
    case 'gpu_out_of_memory':
      return `${model} needs more graphics memory than this device has free. Close other tabs and apps, or pick a smaller model.`;
    case 'storage_quota':
      return c.bytes
        ? `${model} needs about ${gigabytes(c.bytes.needed)} of storage but this browser has ${gigabytes(c.bytes.available)} free for this site. Free some space or delete a downloaded model.`
        : `This browser ran out of storage for this site. Free some space or delete a downloaded model.`;
    case 'aborted':
      return 'Stopped.';
  }
}

/** Builds a failure with its message; the only way failures should be made. */
export function aiFailure(
  code: AiFailureCode,
  context: AiFailureContext = {},
  partialText?: string,
): AiFailure {
  return {
    ...context,
    code,
    message: describeAiFailure(code, context),
    ...(partialText ? { partialText } : {}),
  };
}

/** Failures worth retrying by themselves after a wait. */
export function isRetryableFailure(failure: AiFailure): boolean {
  return failure.code === 'rate_limited' || failure.code === 'provider_unavailable';
}
