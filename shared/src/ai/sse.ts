// Server-sent events decoding (WHATWG rules): any chunking, CRLF/CR/LF, comments, multi-line data.

export type SseEvent = {
  /** The `event:` field, or "message" when absent. */
  readonly event: string;
  readonly data: string;
  readonly id?: string;
};

/**
 * An incremental SSE parser: feed it text as it arrives, in any pieces; it calls `onEvent` once per
 * complete event. `end()` flushes a final event the server did not terminate with a blank line
 * (many model APIs close the connection right after their last `data:` line).
 */
export function createSseParser(onEvent: (event: SseEvent) => void) {
  let buffer = '';
  let data: string[] = [];
  let eventType = '';
  let lastId: string | undefined;
  let sawField = false;
  let started = false;

  function dispatch() {
    if (sawField && data.length > 0) {
      onEvent({
        event: eventType || 'message',
        data: data.join('\n'),
        ...(lastId !== undefined ? { id: lastId } : {}),
      });
    }
    data = [];
    eventType = '';
    sawField = false;
  }

  function line(text: string) {
    if (text === '') return dispatch();
    if (text.startsWith(':')) return; // a comment (keep-alive, ": OPENROUTER PROCESSING")
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    sawField = true;
    if (field === 'data') data.push(value);
    else if (field === 'event') eventType = value;
    else if (field === 'id' && !value.includes('\0')) lastId = value;
    // `retry` and unknown fields are ignored: we never reconnect a model stream by ourselves.
  }

  return {
    feed(chunk: string) {
      if (!started) {
        if (chunk === '') return;
        started = true;
        if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      }
      buffer += chunk;
      let start = 0;
      for (let i = 0; i < buffer.length; i++) {
        const ch = buffer.charCodeAt(i);
        if (ch !== 10 && ch !== 13) continue;
        // A CR at the very end may be the first half of a CRLF split across chunks: wait for more.
        if (ch === 13 && i === buffer.length - 1) break;
        line(buffer.slice(start, i));
        if (ch === 13 && buffer.charCodeAt(i + 1) === 10) i++;
        start = i + 1;
      }
      buffer = buffer.slice(start);
    },
    end() {
      if (buffer !== '') {
        const rest = buffer.endsWith('\r') ? buffer.slice(0, -1) : buffer;
        buffer = '';
        line(rest);
      }
      dispatch();
    },
  };
}

/** Yields the SSE events of a response body as they arrive. Reading stops when the consumer stops. */
export async function* decodeSse(body: ReadableStream<Uint8Array>): AsyncGenerator<SseEvent> {
  const queue: SseEvent[] = [];
  const parser = createSseParser((event) => queue.push(event));
  for await (const text of decodeText(body)) {
    parser.feed(text);
    while (queue.length > 0) yield queue.shift() as SseEvent;
  }
  parser.end();
  while (queue.length > 0) yield queue.shift() as SseEvent;
}

/** UTF-8 text from a byte stream; multi-byte characters split across chunks come out whole. */
export async function* decodeText(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder('utf-8');
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const text = decoder.decode(value, { stream: true });
      if (text) yield text;
    }
    finished = true;
    const tail = decoder.decode();
    if (tail) yield tail;
  } finally {
    // When the consumer stops early (abort, a terminal event), stop the download too.
    if (!finished) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}
