// Headers that do not depend on the route (security headers, Vary, X-Request-Id, no-store): on Node
// they go straight onto the ServerResponse, which Node merges into whatever the route answers. A
// Hono response that carries extra headers loses @hono/node-server's fast path (undici Headers on
// every request), which costs about half the throughput. Elsewhere (app.request in tests, other
// runtimes) they are ordinary Hono headers.
import type { Context } from 'hono';
import type { HttpBindings } from '@hono/node-server';

export function setFixedHeader(c: Context, name: string, value: string): void {
  const outgoing = (c.env as Partial<HttpBindings> | undefined)?.outgoing;
  if (outgoing && typeof outgoing.setHeader === 'function' && !outgoing.headersSent) {
    outgoing.setHeader(name, value);
  } else {
    c.header(name, value);
  }
}
