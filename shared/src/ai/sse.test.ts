import { describe, expect, it } from 'vitest';
import { createSseParser, decodeSse, type SseEvent } from './sse';

function parseAll(chunks: string[]): SseEvent[] {
  const events: SseEvent[] = [];
  const parser = createSseParser((e) => events.push(e));
  for (const chunk of chunks) parser.feed(chunk);
  parser.end();
  return events;
}

function everySplit(text: string): string[][] {
  const splits: string[][] = [];
  for (let i = 1; i < text.length; i++) splits.push([text.slice(0, i), text.slice(i)]);
  return splits;
}

function bytesStream(bytes: Uint8Array, size: number): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, offset + size));
      offset += size;
    },
  });
}

describe('SSE parser', () => {
  const stream =
    'event: delta\ndata: {"a":1}\n\n: keep-alive comment\n\ndata: line one\ndata: line two\n\ndata: [DONE]\n\n';
  const expected: SseEvent[] = [
    { event: 'delta', data: '{"a":1}' },
    { event: 'message', data: 'line one\nline two' },
    { event: 'message', data: '[DONE]' },
  ];

  it('reads events, joins multi-line data and skips comments', () => {
    expect(parseAll([stream])).toEqual(expected);
  });

  it('gives the same events however the bytes are cut, with LF, CRLF or CR line ends', () => {
    for (const text of [stream, stream.replace(/\n/g, '\r\n'), stream.replace(/\n/g, '\r')]) {
      for (const chunks of everySplit(text)) expect(parseAll(chunks)).toEqual(expected);
      expect(parseAll([...text])).toEqual(expected);
    }
  });

  it('strips one leading space and a BOM, keeps ids and ignores retry and unknown fields', () => {
    const events = parseAll(['\uFEFFid: 7\nretry: 10\nfoo: bar\ndata:  two spaces\n\n']);
    expect(events).toEqual([{ event: 'message', data: ' two spaces', id: '7' }]);
  });

  it('flushes a last event the server did not end with a blank line', () => {
    expect(parseAll(['data: {"done":true}'])).toEqual([
      { event: 'message', data: '{"done":true}' },
    ]);
    expect(parseAll(['data: x\r'])).toEqual([{ event: 'message', data: 'x' }]);
  });

  it('does not dispatch events without data', () => {
    expect(parseAll(['event: ping\n\n'])).toEqual([]);
  });
});

describe('decodeSse', () => {
  it('decodes UTF-8 characters cut across network chunks', async () => {
    const text = 'data: {"text":"Größe – 日本語 🚀"}\r\n\r\n';
    const bytes = new TextEncoder().encode(text);
    for (const size of [1, 2, 3, 5, 7]) {
      const events: SseEvent[] = [];
      for await (const event of decodeSse(bytesStream(bytes, size))) events.push(event);
      expect(events).toEqual([{ event: 'message', data: '{"text":"Größe – 日本語 🚀"}' }]);
    }
  });

  it('cancels the body when the consumer stops early', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('data: 1\n\ndata: 2\n\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    for await (const event of decodeSse(body)) {
      expect(event.data).toBe('1');
      break;
    }
    expect(cancelled).toBe(true);
  });
});
