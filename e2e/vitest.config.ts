// Browser tests: Debian's Chromium driven by playwright-core against the built app served by the real server.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/**/*.spec.ts'],
    globalSetup: ['./harness/global-setup.ts'],
    // One browser at a time: the machine has two cores and each test runs a server and Chromium.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
