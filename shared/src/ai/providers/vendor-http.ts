// What the HTTP vendors share: fetching a model list, judging availability from it, opening a stream.
import { err, ok, type Result } from '../../lib/result';
import type { WireEvent } from '../chat-stream';
import { AvailabilityStatus, type Availability, type ModelInfo } from '../contract';
import { aiFailure, type AiFailure, type AiFailureContext } from '../failures';
import { decodeSse } from '../sse';
import { noAnswerFailure, readErrorBody, send, type ErrorBody, type Transport } from '../transport';
import { availabilityFromFailure } from './availability';

export type ModelListRequest = {
  readonly transport: Transport;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly context: AiFailureContext;
  readonly mapError: (body: ErrorBody, context: AiFailureContext) => AiFailure;
  readonly parse: (json: unknown) => ModelInfo[];
  readonly signal?: AbortSignal;
};

/** GETs a vendor's model list; no answer, an HTTP error or a body that is not JSON is a failure. */
export async function fetchModelList(
  request: ModelListRequest,
): Promise<Result<ModelInfo[], AiFailure>> {
  const sent = await send(request.transport, request.url, {
    method: 'GET',
    headers: { Accept: 'application/json', ...request.headers },
    ...(request.signal ? { signal: request.signal } : {}),
  });
  if (!sent.ok) return err(noAnswerFailure(sent.error, request.context));
  if (!sent.value.ok)
    return err(request.mapError(await readErrorBody(sent.value), request.context));
  try {
    return ok(request.parse(await sent.value.json()));
  } catch {
    return err(
      aiFailure('bad_response', { ...request.context, detail: 'the model list is not JSON' }),
    );
  }
}

/**
 * Availability the way every keyed vendor judges it: a key first, then the model list (which proves
 * the key and the network), then whether the chosen model is on it.
 */
export async function availabilityFromModelList(options: {
  readonly label: string;
  readonly needsKey: boolean;
  readonly list: () => Promise<Result<readonly ModelInfo[], AiFailure>>;
  readonly model: string | undefined;
  readonly context: AiFailureContext;
}): Promise<Availability> {
  if (options.needsKey) {
    return {
      status: AvailabilityStatus.NeedsKey,
      message: `Add your ${options.label} API key to use it.`,
    };
  }
  const list = await options.list();
  if (!list.ok) return availabilityFromFailure(list.error);
  const { model } = options;
  // An endpoint that lists nothing (some compatible servers) cannot be checked model by model.
  if (model && list.value.length > 0 && !list.value.some((m) => m.id === model)) {
    return availabilityFromFailure(aiFailure('model_missing', { ...options.context, model }));
  }
  return { status: AvailabilityStatus.Ready, message: `${options.label} is ready.` };
}

/**
 * POSTs a chat and hands the body to the vendor's decoder, or maps the vendor's error. Resolves once
 * the headers are in, so a rate limit can be retried before anything streams.
 */
export async function openVendorStream(options: {
  readonly transport: Transport;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly signal: AbortSignal | undefined;
  readonly context: AiFailureContext;
  readonly mapError: (body: ErrorBody, context: AiFailureContext) => AiFailure;
  readonly decode: (
    body: ReadableStream<Uint8Array>,
    context: AiFailureContext,
  ) => AsyncIterable<WireEvent>;
  readonly credentials?: RequestInit['credentials'];
}): Promise<Result<AsyncIterable<WireEvent>, AiFailure>> {
  const sent = await send(options.transport, options.url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'text/event-stream',
      ...options.headers,
    },
    body: JSON.stringify(options.body),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (!sent.ok) return err(noAnswerFailure(sent.error, options.context));
  if (!sent.value.ok || !sent.value.body) {
    return err(options.mapError(await readErrorBody(sent.value), options.context));
  }
  return ok(options.decode(sent.value.body, options.context));
}

export type JsonSseEvent =
  | { readonly kind: 'json'; readonly event: string; readonly data: unknown; readonly raw: string }
  /** OpenAI's `data: [DONE]` terminator. */
  | { readonly kind: 'done' }
  /** An event that is not JSON: the stream cannot be trusted past it. */
  | { readonly kind: 'invalid'; readonly failure: AiFailure };

/** The SSE events of a vendor stream, each parsed as JSON; stops at the first that is not. */
export async function* jsonSseEvents(
  body: ReadableStream<Uint8Array>,
  context: AiFailureContext,
): AsyncGenerator<JsonSseEvent> {
  for await (const event of decodeSse(body)) {
    if (event.data === '[DONE]') {
      yield { kind: 'done' };
      continue;
    }
    try {
      yield { kind: 'json', event: event.event, data: JSON.parse(event.data), raw: event.data };
    } catch {
      yield {
        kind: 'invalid',
        failure: aiFailure('bad_response', {
          ...context,
          detail: `not JSON: ${event.data.slice(0, 80)}`,
        }),
      };
      return;
    }
  }
}
