import { describe, expect, it } from 'vitest';
import { err, ok } from '../lib/result';
import {
  runChatStream,
  retryDelaySeconds,
  DEFAULT_RETRY_POLICY,
  type WireEvent,
} from './chat-stream';
import { collectChat, type ChatEvent } from './contract';
import { aiFailure } from './failures';

async function* wire(events: WireEvent[]): AsyncGenerator<WireEvent> {
  for (const e of events) yield e;
}

const request = { model: 'm', messages: [{ role: 'user' as const, content: 'hi' }] };

describe('runChatStream', () => {
  it('stops waiting for a retry the moment the user cancels', async () => {
    const controller = new AbortController();
    const events: ChatEvent[] = [];
    const stream = runChatStream(
      async () => err(aiFailure('rate_limited', { retryAfterSeconds: 30 })),
      { ...request, signal: controller.signal },
      {
        provider: 'P',
        transport: {
          sleep: (_ms, signal) =>
            new Promise((_resolve, reject) => {
              const abort = () =>
                reject(Object.assign(new Error('aborted'), { name: 'AbortError' }));
              if (signal?.aborted) abort();
              signal?.addEventListener('abort', abort);
            }),
        },
      },
    );
    for await (const event of stream) {
      events.push(event);
      if (event.type === 'retry') controller.abort();
    }
    expect(events.map((e) => e.type)).toEqual(['retry', 'failed']);
    expect(events.at(-1)).toMatchObject({ failure: { code: 'aborted' } });
  });

  it('retries an overload that arrives as the first stream event, but not one after text', async () => {
    let calls = 0;
    const overloaded = aiFailure('provider_unavailable', {});
    const result = await collectChat(
      runChatStream(
        async () => {
          calls += 1;
          return ok(
            calls === 1
              ? wire([{ type: 'error', failure: overloaded }])
              : wire([
                  { type: 'text', text: 'ok' },
                  { type: 'finish', reason: 'stop' },
                ]),
          );
        },
        request,
        { provider: 'P', transport: { sleep: async () => {} } },
      ),
    );
    expect(result.ok && result.value.text).toBe('ok');
    const midway = await collectChat(
      runChatStream(
        async () =>
          ok(
            wire([
              { type: 'text', text: 'par' },
              { type: 'error', failure: overloaded },
            ]),
          ),
        request,
        { provider: 'P', transport: { sleep: async () => {} } },
      ),
    );
    expect(midway).toMatchObject({
      ok: false,
      error: { code: 'provider_unavailable', partialText: 'par' },
    });
  });

  it('does not start at all when already aborted', async () => {
    let opened = false;
    const controller = new AbortController();
    controller.abort();
    const result = await collectChat(
      runChatStream(
        async () => ((opened = true), ok(wire([]))),
        { ...request, signal: controller.signal },
        { provider: 'P', transport: {} },
      ),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'aborted' } });
    expect(opened).toBe(false);
  });

  it('backs off 1 s, 2 s… with jitter, and never past the longest wait', () => {
    const limited = aiFailure('rate_limited', {});
    expect(retryDelaySeconds(limited, 1, DEFAULT_RETRY_POLICY, () => 0.5)).toBe(1);
    expect(retryDelaySeconds(limited, 2, DEFAULT_RETRY_POLICY, () => 0)).toBe(1);
    expect(retryDelaySeconds(limited, 2, DEFAULT_RETRY_POLICY, () => 1)).toBe(3);
    expect(retryDelaySeconds(limited, 3, DEFAULT_RETRY_POLICY, () => 0.5)).toBeUndefined();
    expect(
      retryDelaySeconds(aiFailure('invalid_key', {}), 1, DEFAULT_RETRY_POLICY, () => 0.5),
    ).toBeUndefined();
  });
});
