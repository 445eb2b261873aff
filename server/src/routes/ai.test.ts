import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AiQuotaResponseSchema, AiRoutes } from '@career-copilot/shared/api/ai';
import { ApiErrorBodySchema } from '@career-copilot/shared/api/errors';
import { PLANS } from '@career-copilot/shared/billing/plans';
import { startOllamaDouble, type OllamaDouble } from '../../../e2e/doubles/ollama';
import { startOpenAiDouble, type OpenAiDouble } from '../../../e2e/doubles/openai';
import { startSmtpDouble, type SmtpDouble } from '../../../e2e/doubles/smtp';
import { buildTestApp, waitFor, type TestApp } from '../../test/harness';
import { chatBody, OPENAI_UPSTREAM, readSse, userWithRole } from '../../test/premium';
import { TestBrowser } from '../../test/test-browser';
import { createLlmUpstream } from '../infra/llm-upstream';
import type { AiUsageEvent } from '../services/premium-services';

let smtp: SmtpDouble;
let openai: OpenAiDouble;
let ollama: OllamaDouble;
let t: TestApp;
let tOllama: TestApp;
const usage: AiUsageEvent[] = [];

beforeAll(async () => {
  [smtp, openai, ollama] = await Promise.all([
    startSmtpDouble(),
    startOpenAiDouble(),
    startOllamaDouble(),
  ]);
  const ai = OPENAI_UPSTREAM(openai.baseUrl);
  t = await buildTestApp({
    smtp,
    config: { ai },
    llm: createLlmUpstream(ai),
    onAiUsage: (e) => usage.push(e),
  });
  const local = {
    kind: 'ollama' as const,
    url: ollama.origin,
    apiKey: undefined,
    fastModel: 'qwen3:0.6b',
    goodModel: 'llama3.2:latest',
  };
  tOllama = await buildTestApp({ smtp, config: { ai: local }, llm: createLlmUpstream(local) });
});
afterAll(async () => {
  await Promise.all([t.cleanup(), tOllama.cleanup()]);
  await Promise.all([smtp.stop(), openai.close(), ollama.close()]);
});

const quota = async (browser: TestBrowser) =>
  AiQuotaResponseSchema.parse(await (await browser.request(AiRoutes.quota)).json());

describe('POST /api/ai/chat', () => {
  it('is for signed-in users only', async () => {
    const anonymous = new TestBrowser(t.app);
    await anonymous.open();
    const res = await anonymous.post(AiRoutes.chat, chatBody('hello'));
    expect(res.status).toBe(401);
    expect(openai.requests.filter((r) => r.path.endsWith('/chat/completions'))).toHaveLength(0);
  });

  it('says clearly when the server has no upstream', async () => {
    const off = await buildTestApp({ smtp });
    try {
      const { browser } = await userWithRole(off, smtp, 'pro');
      const res = await browser.post(AiRoutes.chat, chatBody('hello'));
      expect(res.status).toBe(503);
      expect(ApiErrorBodySchema.parse(await res.json()).error.code).toBe(
        'inference_not_configured',
      );
    } finally {
      await off.cleanup();
    }
  });

  it('streams the answer, charges its tokens and reports the usage', async () => {
    const { browser, userId } = await userWithRole(t, smtp, 'pro');
    const before = await quota(browser);
    expect(before).toMatchObject({ plan: 'pro', requestsUsed: 0, tokensUsed: 0 });
    expect(before.models.map((m) => m.id)).toEqual(['copilot-fast']);
    openai.enqueue({
      kind: 'stream',
      text: 'A tailored summary.',
      usage: { prompt_tokens: 41, completion_tokens: 7 },
    });
    const res = await browser.post(AiRoutes.chat, chatBody('Tailor my summary, secret-prompt-123'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events = await readSse(res);
    expect(
      events
        .filter((e) => e.event === 'delta')
        .map((e) => (e.data as { text: string }).text)
        .join(''),
    ).toBe('A tailored summary.');
    expect(events.at(-1)).toEqual({
      event: 'usage',
      data: {
        inputTokens: 41,
        outputTokens: 7,
        finishReason: 'stop',
        remainingTokens: PLANS.pro.dailyTokens - 48,
      },
    });
    // The upstream got the configured model, not our id.
    expect((openai.requests.at(-1)?.body as { model: string }).model).toBe('gpt-4o-mini');
    const after = await quota(browser);
    expect(after).toMatchObject({ requestsUsed: 1, tokensUsed: 48 });
    expect(after.days.at(-1)).toMatchObject({ requests: 1, inputTokens: 41, outputTokens: 7 });
    expect(usage.at(-1)).toMatchObject({
      userId,
      plan: 'pro',
      requests: 1,
      inputTokens: 41,
      outputTokens: 7,
    });
    // The prompt is never logged.
    expect(JSON.stringify(t.logger.lines)).not.toContain('secret-prompt-123');
  });

  it('streams from Ollama through the ollama package', async () => {
    const { browser } = await userWithRole(tOllama, smtp, 'premium');
    ollama.enqueue({ kind: 'stream', text: 'Hello from Ollama.' });
    const res = await browser.post(AiRoutes.chat, chatBody('hi', { model: 'copilot-best' }));
    const events = await readSse(res);
    expect(
      events
        .filter((e) => e.event === 'delta')
        .map((e) => (e.data as { text: string }).text)
        .join(''),
    ).toBe('Hello from Ollama.');
    expect(events.at(-1)?.event).toBe('usage');
    const chatRequest = ollama.requests.filter((r) => r.path === '/api/chat').at(-1);
    expect((chatRequest?.body as { model: string }).model).toBe('llama3.2:latest');
  });

  it('ends an Ollama answer that fails mid-stream with a typed error', async () => {
    const { browser } = await userWithRole(tOllama, smtp, 'pro');
    ollama.enqueue({
      kind: 'stream',
      text: 'Partly there',
      errorAfterText: 'llama runner process has terminated: signal: killed',
    });
    const events = await readSse(await browser.post(AiRoutes.chat, chatBody('go')));
    expect(events.filter((e) => e.event === 'delta').length).toBeGreaterThan(0);
    const last = events.at(-1);
    expect(last?.event).toBe('error');
    expect((last?.data as { code: string }).code).toBe('provider_unavailable');
    // Our infrastructure's details are not the user's business.
    expect(JSON.stringify(last?.data)).not.toContain('llama runner');
  });

  it('keeps the best model for Premium', async () => {
    const { browser } = await userWithRole(t, smtp, 'free');
    const res = await browser.post(AiRoutes.chat, chatBody('hi', { model: 'copilot-best' }));
    expect(res.status).toBe(403);
    expect(ApiErrorBodySchema.parse(await res.json()).error.code).toBe('plan_required');
  });

  it('ends with a typed error when the upstream fails mid-answer, and still charges', async () => {
    const { browser } = await userWithRole(t, smtp, 'pro');
    openai.enqueue({
      kind: 'stream',
      text: 'Half an ans',
      errorAfterText: { error: { message: 'The server had an error', type: 'server_error' } },
    });
    const events = await readSse(await browser.post(AiRoutes.chat, chatBody('go')));
    expect(events.some((e) => e.event === 'delta')).toBe(true);
    const last = events.at(-1);
    expect(last?.event).toBe('error');
    expect((last?.data as { code: string }).code).toMatch(/provider_unavailable|interrupted/);
    expect(JSON.stringify(last?.data)).not.toContain('openai');
    expect((await quota(browser)).requestsUsed).toBe(1);
  });

  it('maps an upstream that is down to provider_unavailable', async () => {
    const { browser } = await userWithRole(t, smtp, 'pro');
    openai.enqueue({ kind: 'error', status: 401, body: { error: { message: 'bad key' } } });
    const events = await readSse(await browser.post(AiRoutes.chat, chatBody('go')));
    expect(events).toEqual([
      { event: 'error', data: expect.objectContaining({ code: 'provider_unavailable' }) },
    ]);
  });

  it('lets exactly the per-minute limit through under 100 concurrent requests', async () => {
    const { browser } = await userWithRole(t, smtp, 'pro');
    const responses = await Promise.all(
      Array.from({ length: 100 }, () => browser.post(AiRoutes.chat, chatBody('burst'))),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(PLANS.pro.requestsPerMinute);
    expect(statuses.filter((s) => s === 429)).toHaveLength(100 - PLANS.pro.requestsPerMinute);
    const refused = responses.find((r) => r.status === 429)!;
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    await Promise.all(responses.map((r) => r.text()));
    expect((await quota(browser)).requestsUsed).toBe(PLANS.pro.requestsPerMinute);
  });

  it('refuses with quota_exceeded once the day is used up, pointing at an upgrade', async () => {
    const { browser, userId } = await userWithRole(t, smtp, 'free');
    for (let i = 0; i < PLANS.free.dailyRequests; i++) {
      // The minute budget is not what this test is about: take the day directly.
      const r = await t.deps.premium.quota.reserve(userId, {
        ...PLANS.free,
        requestsPerMinute: 1000,
      });
      expect(r.allowed).toBe(true);
    }
    const res = await browser.post(AiRoutes.chat, chatBody('one more'));
    expect(res.status).toBe(402);
    const body = ApiErrorBodySchema.parse(await res.json());
    expect(body.error.code).toBe('quota_exceeded');
    expect(body.error.message).toContain('upgrade in Account → Plan');
    const q = await quota(browser);
    expect(q).toMatchObject({ plan: 'free', requestsUsed: 10, requestsLimit: 10 });
  });

  it('aborts the Ollama request when the client disconnects', async () => {
    let server: ServerType | undefined;
    const port = await new Promise<number>((resolve) => {
      server = serve({ fetch: tOllama.app.fetch, hostname: '127.0.0.1', port: 0 }, (info) =>
        resolve(info.port),
      );
    });
    try {
      const { browser } = await userWithRole(tOllama, smtp, 'pro', `http://127.0.0.1:${port}`);
      const before = ollama.disconnects();
      ollama.enqueue({ kind: 'stream', text: 'word '.repeat(400), delayMs: 20 });
      const controller = new AbortController();
      const res = await fetch(`http://127.0.0.1:${port}${AiRoutes.chat}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Cookie: browser.cookieHeader(),
          Origin: 'http://localhost:8787',
          'X-CSRF-Token': browser.cookies.get('__Host-cc_csrf') ?? '',
          'X-Forwarded-For': '198.51.100.7',
        },
        body: JSON.stringify(chatBody('long answer please')),
        signal: controller.signal,
      });
      await res.body!.getReader().read();
      controller.abort();
      await waitFor(() => ollama.disconnects() > before, 5000);
    } finally {
      await new Promise((resolve) => server?.close(resolve));
    }
  });

  it('aborts the upstream request when the client disconnects', async () => {
    let server: ServerType | undefined;
    const port = await new Promise<number>((resolve) => {
      server = serve({ fetch: t.app.fetch, hostname: '127.0.0.1', port: 0 }, (info) =>
        resolve(info.port),
      );
    });
    try {
      const { browser } = await userWithRole(t, smtp, 'pro', `http://127.0.0.1:${port}`);
      const disconnectsBefore = openai.disconnects();
      openai.enqueue({ kind: 'stream', text: 'word '.repeat(400), delayMs: 20 });
      const controller = new AbortController();
      const res = await fetch(`http://127.0.0.1:${port}${AiRoutes.chat}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Cookie: browser.cookieHeader(),
          Origin: 'http://localhost:8787',
          'X-CSRF-Token': browser.cookies.get('__Host-cc_csrf') ?? '',
          'X-Forwarded-For': '198.51.100.7',
        },
        body: JSON.stringify(chatBody('long answer please')),
        signal: controller.signal,
      });
      const reader = res.body!.getReader();
      await reader.read(); // the first delta arrived: the upstream is streaming
      controller.abort();
      await waitFor(() => openai.disconnects() > disconnectsBefore, 5000);
      // The partial answer is still charged.
      await waitFor(async () => (await quota(browser)).tokensUsed > 0, 5000);
    } finally {
      await new Promise((resolve) => server?.close(resolve));
    }
  });
});

describe('quota reservation', () => {
  it('passes exactly the daily limit under 100 concurrent reservations', async () => {
    const plan = { ...PLANS.free, dailyRequests: 25, requestsPerMinute: 1000 };
    const results = await Promise.all(
      Array.from({ length: 100 }, () => t.deps.premium.quota.reserve('u_concurrency', plan)),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(25);
    expect(results.filter((r) => !r.allowed && r.reason === 'requests')).toHaveLength(75);
  });

  it('mails once when the day’s tokens pass 80% of the allowance', async () => {
    const { browser, userId } = await userWithRole(t, smtp, 'free');
    await t.deps.premium.quota.charge(userId, new Date(), { inputTokens: 15_000, outputTokens: 0 });
    const after = smtp.mark();
    openai.enqueue({
      kind: 'stream',
      text: 'ok',
      usage: { prompt_tokens: 1_500, completion_tokens: 2 },
    });
    await readSse(await browser.post(AiRoutes.chat, chatBody('one')));
    const mail = await smtp.waitFor((m) => /allowance/.test(m.subject), { after });
    expect(mail.subject).toBe('You have used 83% of your server AI allowance');
    openai.enqueue({
      kind: 'stream',
      text: 'ok',
      usage: { prompt_tokens: 100, completion_tokens: 2 },
    });
    await readSse(await browser.post(AiRoutes.chat, chatBody('two')));
    await t.deps.auth.tasks.drain();
    expect(smtp.messages.slice(after).filter((m) => /allowance/.test(m.subject))).toHaveLength(1);
  });

  it('stops new requests once the day’s tokens are used', async () => {
    const plan = { ...PLANS.free, requestsPerMinute: 1000 };
    const quotaService = t.deps.premium.quota;
    expect((await quotaService.reserve('u_tokens', plan)).allowed).toBe(true);
    await quotaService.charge('u_tokens', new Date(), { inputTokens: 19_000, outputTokens: 1_000 });
    expect(await quotaService.reserve('u_tokens', plan)).toMatchObject({
      allowed: false,
      reason: 'tokens',
    });
  });
});
