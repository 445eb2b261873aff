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

  it('turns billing and server inference on only when configured completely', () => {
    const bare = loadConfig({});
    expect(bare).toMatchObject({ ok: true, value: { stripe: undefined, ai: undefined } });
    const partial = loadConfig({
      STRIPE_SECRET_KEY: 'sk_test_abc123',
      STRIPE_PRICE_PRO: 'price_1',
    });
    expect(partial).toEqual({
      ok: false,
      error: [
        'Billing needs all of STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, STRIPE_PRICE_PRO, STRIPE_PRICE_PREMIUM; missing STRIPE_WEBHOOK_SECRET, STRIPE_PRICE_PREMIUM (or unset them all to run without billing)',
      ],
    });
    const wrongKey = loadConfig({ STRIPE_SECRET_KEY: 'pk_live_abc' });
    expect(wrongKey.ok).toBe(false);
    const full = loadConfig({
      STRIPE_SECRET_KEY: 'sk_test_abc123',
      STRIPE_WEBHOOK_SECRET: 'whsec_abc',
      STRIPE_PRICE_PRO: 'price_pro1',
      STRIPE_PRICE_PREMIUM: 'price_prem1',
      STRIPE_API_BASE: 'http://127.0.0.1:12111',
      AI_UPSTREAM: 'ollama',
      AI_UPSTREAM_URL: 'http://gpu-box:11434/',
      AI_MODEL_FAST: 'qwen3:8b',
    });
    expect(full).toMatchObject({
      ok: true,
      value: {
        stripe: {
          prices: { pro: 'price_pro1', premium: 'price_prem1' },
          apiBase: 'http://127.0.0.1:12111',
        },
        ai: {
          kind: 'ollama',
          url: 'http://gpu-box:11434',
          fastModel: 'qwen3:8b',
          goodModel: 'qwen3:8b',
        },
      },
    });
    expect(loadConfig({ AI_UPSTREAM: 'openai' })).toMatchObject({ ok: false });
  });
});
