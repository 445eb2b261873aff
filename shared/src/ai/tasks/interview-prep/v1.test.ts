import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOllamaDouble, type OllamaDouble } from '../../../../../e2e/doubles/ollama';
import { nodeTransport } from '../../../../test/ai';
import { sampleJob, sampleResume } from '../../../../test/letters';
import { listAchievements } from '../../../letters/achievements';
import { generateObject } from '../../generate-object';
import { createOllamaProvider } from '../../providers/ollama';
import {
  buildPracticeFeedbackMessages,
  buildPrepMessages,
  PracticeFeedbackSchema,
  PrepAnswerSchema,
  questionsFromAnswer,
} from './v1';

let double: OllamaDouble;
beforeAll(async () => {
  double = await startOllamaDouble();
});
afterAll(() => double.close());

const provider = () => createOllamaProvider({ host: double.host, transport: nodeTransport() });
const achievements = listAchievements(sampleResume(), sampleJob());

const star = {
  situation: 'As Backend Engineer at Acme Freight.',
  task: 'Make the API fast.',
  action: 'I redesigned PostgreSQL indexes.',
  result: 'Latency fell by 40%.',
};
const good = {
  questions: [
    {
      group: 'technical',
      question: 'How have you tuned PostgreSQL?',
      requirement: 'PostgreSQL',
      star,
      basedOn: 'Cut API latency by 40% by redesigning PostgreSQL indexes',
    },
    {
      group: 'behavioural',
      question: 'Tell me about mentoring someone.',
      star,
      basedOn: 'Led the Mars mission',
    },
    { group: 'gaps', question: 'What did you do between Globex and Acme Freight?' },
    { group: 'toAsk', question: 'What does success look like in 90 days?' },
  ],
};

function generatePrep() {
  return generateObject({
    provider: provider(),
    model: 'llama3.2',
    schema: PrepAnswerSchema,
    schemaName: 'interview_prep',
    messages: buildPrepMessages({
      job: sampleJob(),
      achievements,
      gaps: ['12 months between Software Developer, Globex and Backend Engineer, Acme Freight'],
      roles: [{ position: 'Backend Engineer', employer: 'Acme Freight', start: '2021-03' }],
    }),
  });
}

describe('interview prep prompt v1 through a scripted Ollama', () => {
  it('turns a good answer into questions, keeping only drafts grounded in a real bullet', async () => {
    double.enqueue({ kind: 'stream', text: JSON.stringify(good) });
    const result = await generatePrep();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const sent = double.requests.at(-1)?.body as {
      format?: unknown;
      messages: Array<{ content: string }>;
    };
    expect(sent.format).toMatchObject({ type: 'object' });
    expect(sent.messages[1]?.content).toContain(
      '- Cut API latency by 40% by redesigning PostgreSQL indexes (Backend Engineer, Acme Freight)',
    );
    expect(sent.messages[1]?.content).toContain('12 months between Software Developer');
    const questions = questionsFromAnswer(result.value.value, achievements);
    expect(questions.map((q) => q.id)).toEqual([
      'technical-1',
      'behavioural-2',
      'gaps-3',
      'toAsk-4',
    ]);
    expect(questions[0]?.star).toEqual(star);
    // "Led the Mars mission" is not in the resume: the draft is dropped, the question kept.
    expect(questions[1]?.star).toBeUndefined();
    expect(questions[1]?.question).toBe('Tell me about mentoring someone.');
  });

  it('sends a partial answer back with the validation error and takes the corrected one', async () => {
    double.enqueue(
      { kind: 'stream', text: JSON.stringify({ questions: good.questions.slice(0, 2) }) },
      { kind: 'stream', text: JSON.stringify(good) },
    );
    const result = await generatePrep();
    expect(result).toMatchObject({ ok: true, value: { attempts: 2 } });
    const retry = double.requests.at(-1)?.body as {
      messages: Array<{ role: string; content: string }>;
    };
    expect(retry.messages.at(-1)?.content).toMatch(
      /^That answer cannot be used: it does not match the schema: questions/,
    );
  });

  it('fails clearly with bad_json when the model twice answers with no JSON', async () => {
    double.enqueue(
      { kind: 'stream', text: 'Sure! Here are some questions: 1. Why us?' },
      { kind: 'stream', text: 'Tell me about yourself.' },
    );
    const result = await generatePrep();
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_json' } });
  });

  it('reads practice feedback, repairing a fenced answer with a trailing comma', async () => {
    const feedback = {
      star: { situation: true, task: false, action: true, result: true },
      requirementsCovered: ['PostgreSQL'],
      strengths: ['Clear result.'],
      improvements: ['State your goal.'],
      score: 4,
    };
    double.enqueue({
      kind: 'stream',
      text: '```json\n' + JSON.stringify(feedback).replace(/}$/, ',}') + '\n```',
    });
    const messages = buildPracticeFeedbackMessages({
      question: {
        id: 'q',
        group: 'technical',
        question: 'How have you tuned PostgreSQL?',
        requirement: 'PostgreSQL',
      },
      answer: 'I redesigned indexes and latency fell by 40%.',
      job: sampleJob(),
    });
    expect(messages[1]?.content).toContain('IT TESTS:\nPostgreSQL');
    const result = await generateObject({
      provider: provider(),
      model: 'llama3.2',
      schema: PracticeFeedbackSchema,
      schemaName: 'practice_feedback',
      messages,
    });
    expect(result).toEqual({ ok: true, value: { value: feedback, attempts: 1, repaired: true } });
  });
});
