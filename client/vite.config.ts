// Vite build of the PWA: React, the service worker that precaches the app shell, and the manifest.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const apiTarget = process.env.API_URL ?? 'http://127.0.0.1:8787';

export default defineConfig({
  plugins: [
    react(),
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
        // The whole app shell, workers and WebAssembly included, so the app opens offline.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,wasm,woff2,ttf,json}'],
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
