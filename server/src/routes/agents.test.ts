import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AiRoutes } from '@career-copilot/shared/api/ai';
import { ApiErrorBodySchema } from '@career-copilot/shared/api/errors';
import type { Resume } from '@career-copilot/shared/resume/model';
import { startOpenAiDouble, type OpenAiDouble } from '../../../e2e/doubles/openai';
import { startSmtpDouble, type SmtpDouble } from '../../../e2e/doubles/smtp';
import { buildTestApp, type TestApp } from '../../test/harness';
import { OPENAI_UPSTREAM, readSse, userWithRole } from '../../test/premium';
import { createLlmUpstream } from '../infra/llm-upstream';

let smtp: SmtpDouble;
let openai: OpenAiDouble;
let t: TestApp;

beforeAll(async () => {
  [smtp, openai] = await Promise.all([startSmtpDouble(), startOpenAiDouble()]);
  const ai = OPENAI_UPSTREAM(openai.baseUrl);
  t = await buildTestApp({ smtp, config: { ai }, llm: createLlmUpstream(ai) });
});
afterAll(async () => {
  await t.cleanup();
  await Promise.all([smtp.stop(), openai.close()]);
});

const resume: Resume = {
  basics: { name: 'Ada Example', label: 'Frontend Engineer', summary: 'Builds fast web apps.' },
  work: [
    {
      name: 'Acme',
      position: 'Frontend Engineer',
      startDate: '2020-01',
      highlights: ['Built a React and TypeScript design system used by 12 teams'],
    },
  ],
  skills: [{ name: 'Frontend', keywords: ['React', 'TypeScript', 'CSS'] }],
};

const posting = `Senior Frontend Engineer at Globex

Requirements:
- 5+ years of experience with React and TypeScript
- Experience with GraphQL
Nice to have:
- Accessibility expertise`;

describe('POST /api/ai/agents/apply', () => {
  it('is Premium only', async () => {
    const { browser } = await userWithRole(t, smtp, 'pro');
    const res = await browser.post(AiRoutes.agentsApply, { resume, posting, today: '2026-03-10' });
    expect(res.status).toBe(403);
    expect(ApiErrorBodySchema.parse(await res.json()).error.code).toBe('plan_required');
  });

  it('streams every step: job, match, then tailor, cover letter and questions from the model', async () => {
    const { browser } = await userWithRole(t, smtp, 'premium');
    openai.enqueue(
      {
        kind: 'stream',
        text: 'Tailored summary.',
        usage: { prompt_tokens: 300, completion_tokens: 3 },
      },
      {
        kind: 'stream',
        text: 'Dear Globex team,',
        usage: { prompt_tokens: 310, completion_tokens: 4 },
      },
      {
        kind: 'stream',
        text: '1. Why GraphQL?',
        usage: { prompt_tokens: 290, completion_tokens: 5 },
      },
    );
    const res = await browser.post(AiRoutes.agentsApply, { resume, posting, today: '2026-03-10' });
    expect(res.status).toBe(200);
    const events = await readSse(res);
    const steps = events
      .filter((e) => e.event === 'step')
      .map((e) => e.data as { step: string; result: unknown });
    expect(steps.map((s) => s.step)).toEqual([
      'structure_job',
      'match',
      'tailor',
      'cover_letter',
      'interview_questions',
    ]);
    const job = steps[0]!.result as { job: { title?: string } };
    expect(job.job.title).toMatch(/Senior Frontend Engineer/);
    const match = steps[1]!.result as { score: number; missing: Array<{ requirement: string }> };
    expect(match.score).toBeGreaterThan(0);
    expect(match.missing.map((m) => m.requirement).join(' ')).toMatch(/GraphQL/);
    expect(steps.slice(2).map((s) => s.result)).toEqual([
      'Tailored summary.',
      'Dear Globex team,',
      '1. Why GraphQL?',
    ]);
    expect(events.at(-1)).toEqual({
      event: 'usage',
      data: { inputTokens: 900, outputTokens: 12, finishReason: 'stop' },
    });
    // Premium runs on the best model, and the cover letter builds on the tailoring.
    const calls = openai.requests.filter((r) => r.path.endsWith('/chat/completions')).slice(-3);
    expect(calls.map((c) => (c.body as { model: string }).model)).toEqual([
      'gpt-4.1',
      'gpt-4.1',
      'gpt-4.1',
    ]);
    expect(JSON.stringify(calls[1]!.body)).toContain('Tailored summary.');
    // Three model steps, three requests from the allowance.
    const quota = (await (await browser.request(AiRoutes.quota)).json()) as {
      requestsUsed: number;
    };
    expect(quota.requestsUsed).toBe(3);
  });

  it('refuses a posting that is not one, before any model call', async () => {
    const { browser } = await userWithRole(t, smtp, 'tester');
    const before = openai.requests.length;
    const res = await browser.post(AiRoutes.agentsApply, {
      resume,
      posting: 'hi',
      today: '2026-03-10',
    });
    expect(res.status).toBe(400);
    expect(openai.requests.length).toBe(before);
  });
});
