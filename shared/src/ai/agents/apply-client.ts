// Calls the server's "apply to this job" agent and reads its stream: step results, text as it is
// written, then usage or a typed failure. Takes the transport like the providers do (no I/O here).
import { AiRoutes, AiErrorEventSchema, AiUsageEventSchema } from '../../api/ai';
import { aiFailure, type AiFailure } from '../failures';
import { mapServerError } from '../providers/server';
import { jsonSseEvents } from '../providers/vendor-http';
import { noAnswerFailure, readErrorBody, send, type Transport } from '../transport';
import {
  ApplyDeltaEventSchema,
  ApplyStepEventSchema,
  type ApplyAgentRequest,
  type ApplyStep,
} from './apply';

export type ApplyAgentEvent =
  | { readonly type: 'step'; readonly step: ApplyStep; readonly result: unknown }
  | { readonly type: 'delta'; readonly step: ApplyStep; readonly text: string }
  | { readonly type: 'done'; readonly inputTokens: number; readonly outputTokens: number }
  | { readonly type: 'failed'; readonly failure: AiFailure };

const context = { provider: 'Career Copilot server' };

export async function* runApplyAgent(
  transport: Transport,
  baseUrl: string,
  request: ApplyAgentRequest,
  signal?: AbortSignal,
): AsyncGenerator<ApplyAgentEvent> {
  const sent = await send(transport, baseUrl.replace(/\/+$/, '') + AiRoutes.agentsApply, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
    body: JSON.stringify(request),
    ...(signal ? { signal } : {}),
  });
  if (!sent.ok) return yield { type: 'failed', failure: noAnswerFailure(sent.error, context) };
  const response = sent.value;
  if (!response.ok || !response.body) {
    const body = await readErrorBody(response);
    const failure = mapServerError(body, context);
    const detail = (body.json as { error?: { message?: unknown } } | undefined)?.error?.message;
    // The server's own words are the most useful here (plan required, quota used up, bad posting).
    return yield {
      type: 'failed',
      failure: typeof detail === 'string' ? { ...failure, message: detail } : failure,
    };
  }
  try {
    for await (const event of jsonSseEvents(response.body, context)) {
      if (event.kind !== 'json') continue;
      if (event.event === 'step') {
        const step = ApplyStepEventSchema.safeParse(event.data);
        if (step.success) yield { type: 'step', step: step.data.step, result: step.data.result };
      } else if (event.event === 'delta') {
        const delta = ApplyDeltaEventSchema.safeParse(event.data);
        if (delta.success) yield { type: 'delta', step: delta.data.step, text: delta.data.text };
      } else if (event.event === 'usage') {
        const usage = AiUsageEventSchema.safeParse(event.data);
        if (!usage.success) break;
        return yield { type: 'done', ...usage.data };
      } else if (event.event === 'error') {
        const failure = AiErrorEventSchema.safeParse(event.data);
        return yield {
          type: 'failed',
          failure: failure.success
            ? { ...failure.data, ...context }
            : aiFailure('bad_response', context),
        };
      }
    }
  } catch {
    return yield {
      type: 'failed',
      failure: aiFailure(signal?.aborted ? 'aborted' : 'interrupted', context),
    };
  }
  yield {
    type: 'failed',
    failure: aiFailure(signal?.aborted ? 'aborted' : 'interrupted', context),
  };
}
