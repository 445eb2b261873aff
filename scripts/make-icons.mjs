#!/usr/bin/env node
// Renders the PWA's PNG icons from client/public/icons/*.svg with Debian's Chromium.
// Run after changing an icon SVG: node scripts/make-icons.mjs
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '../e2e/node_modules/playwright-core/index.mjs';

const dir = new URL('../client/public/icons/', import.meta.url).pathname;
const jobs = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['icon.svg', 'apple-touch-icon.png', 180],
  ['maskable.svg', 'maskable-512.png', 512],
];
const userDataDir = mkdtempSync(join(tmpdir(), 'cc-icons-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const page = await context.newPage();
  for (const [svg, png, size] of jobs) {
    const markup = readFileSync(join(dir, svg), 'utf8');
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${markup}`,
    );
    await page.screenshot({ path: join(dir, png), omitBackground: true });
    console.log(`wrote ${png}`);
  }
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
