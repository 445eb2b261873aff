import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('gives working defaults for a bare environment', () => {
    const result = loadConfig({});
    expect(result).toMatchObject({
      ok: true,
      value: {
        port: 8787,
        host: '127.0.0.1',
        publicOrigin: 'http://localhost:8787',
        redisUrl: 'redis://127.0.0.1:6379',
        bodyLimitBytes: 1048576,
      },
    });
  });

  it('names every bad variable and what was given', () => {
    const result = loadConfig({
      PORT: 'eighty',
      REDIS_URL: 'localhost:6379',
      PUBLIC_ORIGIN: 'https://copilot.example.com/app/',
      LOG_LEVEL: 'chatty',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toHaveLength(4);
    expect(result.error).toContain(
      'PORT must be a whole number between 1 and 65535 (got "eighty")',
    );
    expect(result.error).toContain(
      'REDIS_URL must be a redis:// or rediss:// URL (got "localhost:6379")',
    );
    expect(result.error.find((m) => m.startsWith('PUBLIC_ORIGIN'))).toMatch(/must be an origin/);
    expect(result.error.find((m) => m.startsWith('LOG_LEVEL'))).toMatch(
      /debug, info, warn, error or silent/,
    );
  });

  it('treats an empty variable as unset and reads booleans and lists', () => {
    const result = loadConfig({
      PORT: '',
      TRUST_PROXY: 'yes',
      CSP_CONNECT_EXTRA: 'https://llm.example.com  http://10.0.0.5:11434',
    });
    expect(result).toMatchObject({
      ok: true,
      value: {
        port: 8787,
        trustProxy: true,
        cspConnectExtra: ['https://llm.example.com', 'http://10.0.0.5:11434'],
      },
    });
    expect(loadConfig({ CSP_CONNECT_EXTRA: 'not-a-url' }).ok).toBe(false);
  });
});
