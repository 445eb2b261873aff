// What keyed vendors share around their model lists: fetching one, and availability judged from it.
import { err, ok, type Result } from '../../lib/result';
import { AvailabilityStatus, type Availability, type ModelInfo } from '../contract';
import { aiFailure, type AiFailure, type AiFailureContext } from '../failures';
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
