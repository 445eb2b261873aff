// Helpers for provider tests: real fetch against the wire doubles, a sleep that records instead of waiting.
import {
  collectChat,
  type ChatEvent,
  type ChatRequest,
  type ModelProvider,
} from '../src/ai/contract';
import type { Transport } from '../src/ai/transport';

export type RecordingTransport = Transport & { readonly sleeps: number[] };

/** Node's fetch, and a sleep that returns at once but remembers how long it was asked to wait. */
export function nodeTransport(overrides: Partial<Transport> = {}): RecordingTransport {
  const sleeps: number[] = [];
  return {
    fetch: (url, init) => fetch(url, init),
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
      sleeps.push(ms);
    },
    random: () => 0.5,
    ...overrides,
    sleeps,
  };
}

export async function chat(
  provider: ModelProvider,
  request: Omit<ChatRequest, 'messages'> & { messages?: ChatRequest['messages']; prompt?: string },
) {
  const events: ChatEvent[] = [];
  const { prompt, ...rest } = request;
  const result = await collectChat(
    provider.streamChat({
      messages: [{ role: 'user', content: prompt ?? 'Hello there' }],
      ...rest,
    }),
    (e) => events.push(e),
  );
  const text = events.flatMap((e) => (e.type === 'delta' ? [e.text] : [])).join('');
  return { result, events, text };
}

/** Aborts the controller as soon as the first piece of text arrives. */
export async function chatUntilFirstDelta(
  provider: ModelProvider,
  request: Omit<ChatRequest, 'messages' | 'signal'>,
) {
  const controller = new AbortController();
  const events: ChatEvent[] = [];
  for await (const event of provider.streamChat({
    ...request,
    messages: [{ role: 'user', content: 'Tell me a long story' }],
    signal: controller.signal,
  })) {
    events.push(event);
    if (event.type === 'delta') controller.abort();
  }
  return events;
}
