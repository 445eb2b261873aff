// One vitest run over every package's unit and integration tests (e2e runs on its own).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['shared', 'client', 'server'],
  },
});
