// Serves the built PWA: hashed assets cached for a year, the shell and service worker never cached,
// and every other page path answered with index.html so client-side routes survive a reload.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppEnv } from '../app-env';

const NO_CACHE = new Set(['/sw.js', '/index.html', '/manifest.webmanifest', '/registerSW.js']);

export function staticClient(root: string): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const indexHtml = readFileSync(join(root, 'index.html'), 'utf8');

  app.use('*', async (c, next) => {
    await next();
    if (c.res.status !== 200) return;
    if (c.req.path.startsWith('/assets/')) {
      c.header('Cache-Control', 'public, max-age=31536000, immutable');
    } else if (NO_CACHE.has(c.req.path) || c.req.path.startsWith('/workbox-')) {
      c.header('Cache-Control', 'no-cache');
    }
  });
  app.use('*', serveStatic({ root }));
  app.get('*', (c) => {
    // Only navigations get the shell; a missing asset stays a 404.
    if (/\.[a-z0-9]{1,8}$/i.test(c.req.path)) return c.notFound();
    c.header('Cache-Control', 'no-cache');
    return c.html(indexHtml);
  });
  return app;
}
