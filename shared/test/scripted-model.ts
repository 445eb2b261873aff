// A scripted model: a provider on the shared contract that answers each chat with the next canned text.
import type { ChatEvent, ChatRequest, ModelProvider } from '../src/ai/contract';
import { aiFailure } from '../src/ai/failures';

export type ScriptedAnswer =
  string | { readonly text: string; readonly finishReason: 'stop' | 'length' };

export type ScriptedModel = ModelProvider & {
  /** Every request the model was sent, in order. */
  readonly requests: ChatRequest[];
};

/** Streams each answer in small pieces, as a real provider would; fails the test if it runs out. */
export function scriptedModel(answers: readonly ScriptedAnswer[]): ScriptedModel {
  const queue = [...answers];
  const requests: ChatRequest[] = [];
  return {
    id: 'custom',
    label: 'Scripted model',
    requests,
    listModels: async () => ({ ok: true, value: [{ id: 'scripted', label: 'Scripted' }] }),
    checkAvailability: async () => ({ status: 'ready', message: 'Ready.' }),
    async *streamChat(request): AsyncIterable<ChatEvent> {
      requests.push(request);
      const next = queue.shift();
      if (next === undefined) throw new Error('the scripted model has no answer left');
      const { text, finishReason } =
        typeof next === 'string' ? { text: next, finishReason: 'stop' as const } : next;
      let sent = '';
      for (let i = 0; i < text.length; i += 17) {
        if (request.signal?.aborted) {
          yield { type: 'failed', failure: aiFailure('aborted', {}, sent) };
          return;
        }
        const piece = text.slice(i, i + 17);
        sent += piece;
        yield { type: 'delta', text: piece };
      }
      const usage = { inputTokens: 100, outputTokens: Math.ceil(text.length / 4), finishReason };
      if (finishReason === 'length') {
        yield {
          type: 'failed',
          failure: aiFailure('output_truncated', { model: request.model }, sent),
          usage,
        };
        return;
      }
      yield { type: 'done', usage };
    },
  };
}
