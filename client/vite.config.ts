// Vite build of the PWA: React, the service worker that precaches the app shell, and the manifest.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * pdf.js fetches CMaps (PDFs with CJK fonts) and its standard fonts at run time: ship them under
 * /pdfjs/ so the parse worker finds them, and the service worker precaches them for offline use.
 */
function pdfjsAssets(): Plugin {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const folders = ['cmaps', 'standard_fonts'];
  const files = folders.flatMap((folder) =>
    readdirSync(join(root, folder)).map((name) => ({ folder, name })),
  );
  return {
    name: 'pdfjs-assets',
    configureServer(server) {
      server.middlewares.use('/pdfjs', (req, res, next) => {
        const [folder, name] = (req.url ?? '').split('?')[0]!.replace(/^\//, '').split('/');
        const file = files.find((f) => f.folder === folder && f.name === name);
        if (!file) return next();
        res.setHeader('Content-Type', 'application/octet-stream');
        res.end(readFileSync(join(root, file.folder, file.name)));
      });
    },
    generateBundle() {
      for (const { folder, name } of files) {
        this.emitFile({
          type: 'asset',
          fileName: `pdfjs/${folder}/${name}`,
          source: readFileSync(join(root, folder, name)),
        });
      }
    },
  };
}

const apiTarget = process.env.API_URL ?? 'http://127.0.0.1:8787';

export default defineConfig({
  plugins: [
    react(),
    pdfjsAssets(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/icon.svg', 'icons/apple-touch-icon.png'],
      manifest: {
        id: '/',
        name: 'Career Copilot',
        short_name: 'Copilot',
        description:
          'Analyse your resume against a job, tailor it, write cover letters, prepare interviews and track applications. Your data stays on your device.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#f8fafc',
        theme_color: '#1d4ed8',
        categories: ['productivity', 'business'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // The whole app shell, workers and WebAssembly included, so the app opens offline;
        // pdf.js's CMaps (.bcmap) and standard fonts (.pfb, .ttf) so resumes import offline.
        globPatterns: [
          '**/*.{js,css,html,svg,png,ico,webmanifest,wasm,woff2,ttf,json}',
          'pdfjs/**/*.{bcmap,pfb,ttf}',
        ],
        // The WebLLM worker is 6 MB: cached the first time someone uses in-browser models, not on install.
        globIgnores: ['**/webllm.worker-*.js'],
        runtimeCaching: [
          {
            urlPattern: /\/assets\/webllm\.worker-[\w-]+\.js$/,
            handler: 'CacheFirst',
            options: { cacheName: 'webllm-worker', expiration: { maxEntries: 2 } },
          },
        ],
        maximumFileSizeToCacheInBytes: 12 * 1024 * 1024,
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
      },
      devOptions: { enabled: false },
    }),
  ],
  server: {
    port: 5173,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: 'es' },
});
