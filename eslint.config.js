// One lint setup for the whole workspace; it also enforces the layering in shared/STYLE.md.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const testFiles = ['**/*.test.ts', '**/*.test.tsx', '**/test/**', '**/*.bench.ts', '**/bench/**'];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      'e2e/.artifacts/**',
      'server/.outbox/**',
      'client/dev-dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'prefer-const': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}', 'scripts/**', '.ci/**'],
    languageOptions: { globals: globals.node },
  },
  // shared is pure: no platform, no I/O, no framework. Adapters live at the edges.
  {
    files: ['shared/src/**/*.ts'],
    ignores: testFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'shared is pure: no Node built-ins.' },
            {
              group: [
                'fs',
                'path',
                'os',
                'crypto',
                'http',
                'https',
                'child_process',
                'react',
                'react-dom',
                'idb',
                'ioredis',
                'hono',
                'hono/*',
                'zustand',
                '@career-copilot/client*',
                '@career-copilot/server*',
              ],
              message: 'shared is pure: no I/O, platform or framework imports.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'fetch',
          'XMLHttpRequest',
          'WebSocket',
          'indexedDB',
          'localStorage',
          'sessionStorage',
          'process',
          'Buffer',
          'require',
        ].map((name) => ({ name, message: 'shared is pure: take what you need as an argument.' })),
      ],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@career-copilot/server*'],
              message: 'The client talks to the server over HTTP.',
            },
          ],
        },
      ],
    },
  },
  // Cross-cutting libraries are wrapped once; everything else imports the wrapper.
  {
    files: ['client/src/**/*.{ts,tsx}'],
    ignores: ['client/src/storage/**', ...testFiles],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'idb', message: 'Use the repositories in client/src/storage.' }],
          patterns: [
            {
              group: ['@career-copilot/server*'],
              message: 'The client talks to the server over HTTP.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts', 'e2e/**/*.ts', 'scripts/**', 'shared/node/**', 'shared/bench/**'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['server/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@career-copilot/client*'],
              message: 'The server does not import client code.',
            },
          ],
        },
      ],
    },
  },
);
