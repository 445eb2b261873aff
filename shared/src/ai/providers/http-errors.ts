// Turning a vendor's HTTP error into one typed failure: what every vendor shares, after its own hints.
import { aiFailure, type AiFailure, type AiFailureCode, type AiFailureContext } from '../failures';
import type { ErrorBody } from '../transport';

/** What a vendor-specific reader pulled out of an error body. */
export type VendorError = {
  /** The vendor's error code or type ("insufficient_quota", "overloaded_error", "RESOURCE_EXHAUSTED"). */
  readonly code?: string;
  readonly message?: string;
  /** A failure code the vendor's body settles without looking at the status. */
  readonly decided?: AiFailureCode;
  readonly retryAfterSeconds?: number;
};

const CONTEXT_PATTERNS = [
  /context[_ ]length/i,
  /maximum context/i,
  /context window/i,
  /prompt is too long/i,
  /too many tokens/i,
  /input token count.*exceeds/i,
  /reduce the length of the messages/i,
];
const CREDIT_PATTERNS = [
  /credit balance/i,
  /insufficient[_ ]quota/i,
  /insufficient credits/i,
  /billing/i,
  /spend(ing)? limit/i,
  /exceeded your current quota/i,
];
const KEY_PATTERNS = [
  /api[_ ]key/i,
  /incorrect api key/i,
  /invalid.*(key|token)/i,
  /unauthori[sz]ed/i,
];
const MODEL_PATTERNS = [
  /model.*(not found|does not exist|not exist|unknown|not available|no access)/i,
  /(unknown|invalid) model/i,
  /model_not_found/i,
];

function matches(patterns: readonly RegExp[], ...texts: Array<string | undefined>): boolean {
  return texts.some((text) => text !== undefined && patterns.some((p) => p.test(text)));
}

/** Reads "maximum context length is 8192 tokens … resulted in 9000 tokens" style messages. */
export function tokensFromMessage(message: string | undefined): AiFailureContext['tokens'] {
  if (!message) return undefined;
  const numbers = [...message.matchAll(/(\d[\d,]*)\s*tokens?/gi)].map((m) =>
    Number(m[1]?.replace(/,/g, '')),
  );
  const gt = /(\d[\d,]*)\s*tokens?\s*>\s*(\d[\d,]*)/i.exec(message);
  if (gt) {
    const counted = Number(gt[1]?.replace(/,/g, ''));
    const limit = Number(gt[2]?.replace(/,/g, ''));
    return counted > limit ? { counted, limit, over: counted - limit } : undefined;
  }
  const maxFirst = /maximum[^\d]*(\d[\d,]*)/i.exec(message);
  if (maxFirst && numbers.length >= 2) {
    const limit = Number(maxFirst[1]?.replace(/,/g, ''));
    const counted = Math.max(...numbers.filter((n) => n !== limit));
    if (Number.isFinite(counted) && counted > limit)
      return { counted, limit, over: counted - limit };
  }
  const inputCount =
    /input token count \((\d+)\) exceeds the maximum number of tokens allowed \((\d+)\)/i.exec(
      message,
    );
  if (inputCount) {
    const counted = Number(inputCount[1]);
    const limit = Number(inputCount[2]);
    return { counted, limit, over: counted - limit };
  }
  return undefined;
}

/**
 * The failure for an HTTP error. The vendor reader's decision wins; then the status, refined by
 * the vendor's code and message (a 429 can mean "no credit", a 400 can mean "context too long").
 */
export function classifyHttpError(
  body: ErrorBody,
  vendor: VendorError,
  context: AiFailureContext,
): AiFailure {
  const detail =
    vendor.message ?? (body.json === undefined ? body.text.slice(0, 200) || undefined : undefined);
  const retryAfterSeconds = vendor.retryAfterSeconds ?? body.retryAfterSeconds;
  const base: AiFailureContext = {
    ...context,
    status: body.status,
    ...(detail ? { detail } : {}),
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  };
  const code = vendor.code;
  const message = vendor.message;
  const make = (failureCode: AiFailureCode, extra: AiFailureContext = {}) =>
    aiFailure(failureCode, { ...base, ...extra });

  if (vendor.decided) {
    return vendor.decided === 'context_too_long'
      ? make('context_too_long', tokensContext(message))
      : make(vendor.decided);
  }
  const status = body.status;
  if (status === 401) return make('invalid_key');
  if (status === 402) return make('out_of_credit');
  if (status === 429)
    return matches(CREDIT_PATTERNS, code, message) ? make('out_of_credit') : make('rate_limited');
  if (status === 413) return make('context_too_long', tokensContext(message));
  if (status === 404)
    return matches(MODEL_PATTERNS, code, message) || !message
      ? make('model_missing')
      : make('request_rejected');
  if (status === 408 || status === 409 || status >= 500) return make('provider_unavailable');
  if (matches(CONTEXT_PATTERNS, code, message))
    return make('context_too_long', tokensContext(message));
  if (matches(CREDIT_PATTERNS, code, message)) return make('out_of_credit');
  if (status === 403 && matches(KEY_PATTERNS, code, message)) return make('invalid_key');
  if (status === 400 && matches(KEY_PATTERNS, code, message) && /key/i.test(`${code} ${message}`))
    return make('invalid_key');
  if (matches(MODEL_PATTERNS, code, message)) return make('model_missing');
  return make('request_rejected');
}

function tokensContext(message: string | undefined): AiFailureContext {
  const tokens = tokensFromMessage(message);
  return tokens ? { tokens } : {};
}
