import { describe, expect, it } from 'vitest';
import { sampleJob, sampleResume } from '../../test/letters';
import { checkPracticeAnswer } from './practice-check';
import { buildQuestionBank, completeWithBank } from './question-bank';

describe('buildQuestionBank', () => {
  const bank = buildQuestionBank({ job: sampleJob(), resume: sampleResume(), today: '2026-11-24' });
  const group = (g: string) => bank.filter((q) => q.group === g);

  it('asks about each required skill, with a STAR draft on the bullet that uses it', () => {
    const technical = group('technical');
    const postgres = technical.find((q) => q.requirement === 'PostgreSQL');
    expect(postgres?.question).toBe(
      'How have you used PostgreSQL in your work? Walk me through a recent example.',
    );
    expect(postgres?.basedOn).toBe('Cut API latency by 40% by redesigning PostgreSQL indexes');
    expect(postgres?.star?.action).toMatch(/^I cut API latency by 40%/);
    expect(postgres?.star?.situation).toMatch(/^As Backend Engineer at Acme Freight\./);
    expect(postgres?.star?.result).toMatch(/as your resume states it/);
    expect(technical.some((q) => q.requirement === 'Kubernetes')).toBe(true);
  });

  it('turns responsibilities into behavioural questions', () => {
    const behavioural = group('behavioural').map((q) => q.question);
    expect(behavioural).toContain(
      'Tell me about a time you had to mentor engineers and review code.',
    );
    const mentor = group('behavioural').find((q) => q.question.includes('mentor engineers'));
    expect(mentor?.basedOn).toBe('Mentored 3 junior engineers through code review and pairing');
  });

  it('asks about the gap between roles from the resume’s dates, and gives questions to ask', () => {
    expect(group('gaps').map((q) => q.question)).toEqual([
      expect.stringMatching(
        /^I see 12 months between Software Developer, Globex .* and Backend Engineer, Acme Freight/,
      ),
    ]);
    expect(group('toAsk')).toHaveLength(5);
    expect(group('toAsk')[0]?.question).toBe(
      'What would success look like in the first 90 days for the Senior Backend Engineer?',
    );
    expect(new Set(bank.map((q) => q.id)).size).toBe(bank.length);
  });
});

describe('checkPracticeAnswer', () => {
  const details = sampleJob().details;
  const question = { group: 'technical' as const, requirement: 'PostgreSQL' };

  it('recognises a full STAR answer that meets the requirement', () => {
    const answer =
      'At my last company our checkout API was timing out during peak hours and customers were leaving. My goal was to bring p95 latency under 200 ms before the holiday sale. I profiled the slowest PostgreSQL queries, I redesigned three indexes and I rewrote the worst report query. As a result latency fell by 40% and checkout errors dropped to almost zero during the sale, which saved the support team hours every day.';
    const feedback = checkPracticeAnswer(answer, question, details);
    expect(feedback.star).toEqual({ situation: true, task: true, action: true, result: true });
    expect(feedback.requirementsCovered).toContain('PostgreSQL');
    expect(feedback.score).toBe(5);
    expect(feedback.improvements).toEqual([]);
  });

  it('says what is missing from a thin answer', () => {
    const feedback = checkPracticeAnswer(
      'We used databases a lot and it went well.',
      question,
      details,
    );
    expect(feedback.star).toEqual({ situation: false, task: false, action: false, result: false });
    expect(feedback.score).toBe(1);
    expect(feedback.improvements).toEqual([
      'Open with the situation: where you were and what was at stake.',
      'Say what you were responsible for (“My goal was to …”).',
      'Describe your own actions with “I” and a verb: “I rebuilt …”, “I led …”.',
      'Finish with the result: what changed because of what you did.',
      'Tie the answer to what the job asks: “PostgreSQL”.',
      'At 9 words it is too short; aim for 150–300 (one to two minutes).',
    ]);
  });
});

describe('completeWithBank', () => {
  it('fills the groups a model left empty from the rule-built bank', () => {
    const bank = buildQuestionBank({
      job: sampleJob(),
      resume: sampleResume(),
      today: '2026-11-24',
    });
    const fromModel = [
      { id: 'technical-1', group: 'technical' as const, question: 'How do you tune PostgreSQL?' },
      { id: 'behavioural-2', group: 'behavioural' as const, question: 'Tell me about mentoring.' },
    ];
    const complete = completeWithBank(fromModel, bank);
    expect(complete.slice(0, 2).map((q) => q.question)).toEqual(fromModel.map((q) => q.question));
    expect(complete.filter((q) => q.group === 'gaps')).toHaveLength(1);
    expect(complete.filter((q) => q.group === 'toAsk')).toHaveLength(5);
    expect(complete.filter((q) => q.group === 'technical')).toHaveLength(1);
    expect(new Set(complete.map((q) => q.id)).size).toBe(complete.length);
  });
});
