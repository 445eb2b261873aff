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

/** What the model answers at each step, in the shapes the task prompts ask for. */
export const AGENT_ANSWERS = {
  tailor: JSON.stringify({
    summary: {
      text: 'Frontend Engineer who builds fast web apps in React and TypeScript.',
      reason: 'The posting asks for React and TypeScript first.',
    },
    rewrites: [
      {
        id: 'work.0.highlights.0',
        text: 'Built a React and TypeScript design system used by 12 teams at Globex and Initech',
        reason: 'Shows scale.',
      },
    ],
    skillsOrder: ['React', 'TypeScript'],
    sectionsToMoveUp: [],
  }),
  letter: [
    'Dear Globex team,',
    'I build fast web apps in React and TypeScript, and at Acme I built a design system that 12 teams use every day. I would like to bring that experience to your frontend team.',
    'Your posting asks for React and TypeScript; both are what I work in daily, and I care about the details that make an interface pleasant to use.',
    'I would welcome a conversation about the role.\n\nKind regards,\nAda Example',
  ].join('\n\n'),
  prep: JSON.stringify({
    questions: [
      { group: 'technical', question: 'How do you structure a large React codebase?' },
      { group: 'technical', question: 'Have you worked with GraphQL?' },
      { group: 'behavioural', question: 'Tell us about a project many teams depended on.' },
      { group: 'toAsk', question: 'How does the team review frontend changes?' },
    ],
  }),
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

  it('streams every step: job, match, then tailoring, a letter and questions on the task prompts', async () => {
    const { browser } = await userWithRole(t, smtp, 'premium');
    openai.enqueue(
      {
        kind: 'stream',
        text: AGENT_ANSWERS.tailor,
        usage: { prompt_tokens: 300, completion_tokens: 30 },
      },
      {
        kind: 'stream',
        text: AGENT_ANSWERS.letter,
        usage: { prompt_tokens: 310, completion_tokens: 90 },
      },
      {
        kind: 'stream',
        text: AGENT_ANSWERS.prep,
        usage: { prompt_tokens: 290, completion_tokens: 50 },
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
    // Tailoring went through the same guard as on the device: the invented employer is flagged.
    const tailoring = steps[2]!.result as {
      suggestions: Array<{ kind: string; after?: string; flags: Array<{ text: string }> }>;
    };
    const summary = tailoring.suggestions.find((x) => x.kind === 'summary');
    expect(summary?.after).toContain('React and TypeScript');
    const rewrite = tailoring.suggestions.find((x) => x.kind === 'rewrite');
    expect(JSON.stringify(rewrite?.flags)).toContain('Initech');
    expect(steps[3]!.result).toMatch(/^Dear Globex team,/);
    // The model's questions, with ids, as the interview prep page keeps them.
    const questions = steps[4]!.result as Array<{ id: string; group: string; question: string }>;
    expect(questions.map((q) => q.question)).toContain('Have you worked with GraphQL?');
    expect(questions.map((q) => q.id)).toEqual(expect.arrayContaining(['technical-1', 'toAsk-4']));
    expect(events.at(-1)).toEqual({
      event: 'usage',
      data: { inputTokens: 900, outputTokens: 170, finishReason: 'stop' },
    });
    // Premium runs on the best model, and the cover letter builds on the tailoring.
    const calls = openai.requests.filter((r) => r.path.endsWith('/chat/completions')).slice(-3);
    expect(calls.map((c) => (c.body as { model: string }).model)).toEqual([
      'gpt-4.1',
      'gpt-4.1',
      'gpt-4.1',
    ]);
    expect(JSON.stringify(calls[0]!.body)).toContain('response_format');
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
