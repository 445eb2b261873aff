// What every vendor double shares: a loopback server on port 0, recorded requests, chunked writes.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type RecordedRequest = {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: unknown;
};

/**
 * How a stream reaches the client. Real servers and proxies cut SSE/NDJSON anywhere: `split` writes
 * a few bytes at a time (cutting lines, CRLF pairs and UTF-8 characters in half), `merged` writes
 * everything at once, `lines` one event per write.
 */
export type Framing = 'lines' | 'split' | 'merged';

export type StreamOptions = {
  readonly framing?: Framing;
  /** Pause between writes, to make a stream slow enough to cancel. */
  readonly delayMs?: number;
  /** Close the connection after this many pieces, without finishing the stream. */
  readonly dropAfter?: number;
};

/** The next request gets this HTTP error, body as the vendor sends it. */
export type ErrorScript = {
  readonly kind: 'error';
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Record<string, string>;
};

export type Double = {
  /** "http://127.0.0.1:PORT" */
  readonly origin: string;
  readonly port: number;
  readonly requests: RecordedRequest[];
  /** Streams the client hung up on before they were finished (a real Stop reaches the server). */
  readonly disconnects: () => number;
  readonly close: () => Promise<void>;
};

export type Handler = (
  req: IncomingMessage,
  res: ServerResponse,
  body: unknown,
  url: URL,
) => void | Promise<void>;

const MAX_BODY = 8 * 1024 * 1024;

export async function startDouble(handler: Handler): Promise<Double> {
  const requests: RecordedRequest[] = [];
  let disconnects = 0;
  const sockets = new Set<Socket>();
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY) return void res.writeHead(413).end();
      chunks.push(chunk as Buffer);
    }
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      // keep the raw text; the handler decides
    }
    const url = new URL(req.url ?? '/', 'http://double');
    if (req.method !== 'OPTIONS')
      requests.push({
        method: req.method ?? 'GET',
        path: url.pathname + url.search,
        headers: req.headers,
        body,
      });
    res.on('close', () => {
      if (!res.writableEnded) disconnects += 1;
    });
    try {
      await handler(req, res, body, url);
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    disconnects: () => disconnects,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Writes `text` in the pieces the framing calls for; returns false when the client went away. */
export async function writeStream(
  res: ServerResponse,
  events: readonly string[],
  options: StreamOptions = {},
): Promise<boolean> {
  const framing = options.framing ?? 'lines';
  const whole = Buffer.from(events.join(''), 'utf8');
  const pieces: Buffer[] =
    framing === 'merged'
      ? [whole]
      : framing === 'split'
        ? Array.from({ length: Math.ceil(whole.length / 5) }, (_, i) =>
            whole.subarray(i * 5, i * 5 + 5),
          )
        : events.map((e) => Buffer.from(e, 'utf8'));
  let written = 0;
  for (const piece of pieces) {
    if (res.destroyed) return false;
    if (options.dropAfter !== undefined && written >= options.dropAfter) {
      res.destroy();
      return false;
    }
    // Wait until each piece is handed to the socket, so a drop after it still delivers what came before.
    await new Promise<void>((resolve) => res.write(piece, () => resolve()));
    written += 1;
    if (options.delayMs) await sleep(options.delayMs);
    else if (framing === 'split') await new Promise((r) => setImmediate(r));
  }
  if (!res.destroyed) res.end();
  return !res.destroyed;
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** Vendors' public APIs allow any origin; this answers preflights and sets the header on answers. */
export function allowAnyOrigin(req: IncomingMessage, res: ServerResponse): boolean {
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader('access-control-expose-headers', 'retry-after, retry-after-ms');
  if (req.method === 'OPTIONS') {
    res.writeHead(204, {
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': String(req.headers['access-control-request-headers'] ?? '*'),
      'access-control-max-age': '600',
    });
    res.end();
    return true;
  }
  return false;
}

/** Splits a reply into the word-sized pieces a model streams. */
export function pieces(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

export function withCrlf(events: readonly string[]): string[] {
  return events.map((e) => e.replace(/\n/g, '\r\n'));
}

export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
