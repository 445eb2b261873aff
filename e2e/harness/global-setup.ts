// Builds the client once for the whole e2e run and makes sure Redis answers.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureRedis } from '../../scripts/ensure-redis.mjs';
import { CHROMIUM_PATH } from './browser';
import { REPO_ROOT } from './paths';

export default async function setup(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it with: sudo apt-get install -y chromium`,
    );
  }
  await ensureRedis();
  if (process.env.E2E_SKIP_BUILD !== '1') {
    execFileSync('pnpm', ['--filter', '@career-copilot/client', 'build'], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
      // Vitest sets NODE_ENV=test, which would make Vite emit a development build without the service worker.
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
}
