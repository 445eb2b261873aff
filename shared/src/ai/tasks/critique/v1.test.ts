import { describe, expect, it } from 'vitest';
import { analyseMatch } from '../../../match/analyse-match';
import { sampleJob, sampleResume } from '../../../../test/tailoring';
import { scriptedModel, type ScriptedAnswer } from '../../../../test/scripted-model';
import { generateObject } from '../../generate-object';
import {
  buildCritiqueMessages,
  CRITIQUE_SCHEMA_NAME,
  CritiqueOutputSchema,
  tidyCritique,
} from './v1';

const resume = sampleResume();
const job = sampleJob();
const analysis = analyseMatch(resume, job, { today: '2026-11-25' });

function run(answers: readonly ScriptedAnswer[]) {
  const model = scriptedModel(answers);
  const result = generateObject({
    provider: model,
    model: 'scripted',
    schema: CritiqueOutputSchema,
    schemaName: CRITIQUE_SCHEMA_NAME,
    messages: buildCritiqueMessages({ resume, job, analysis }),
  });
  return { model, result };
}

describe('critique/v1 against a scripted model', () => {
  it('asks in the first person with the analysis as facts, and reads a good answer', async () => {
    const { model, result } = run([
      JSON.stringify({
        verdict: 'My resume fits this role well: I show React and TypeScript in real work.',
        strengths: ['I show React in use at Brightwave.'],
        gaps: ['I never mention GraphQL.', 'My summary is short.', 'No tests named.', 'Fourth'],
        nextSteps: ['I should say where I used Jest.'],
      }),
    ]);
    const answer = await result;
    if (!answer.ok) throw new Error(answer.error.message);
    const critique = tidyCritique(answer.value.value);
    expect(critique.gaps).toHaveLength(3);
    expect(critique.verdict).toMatch(/^My resume fits/);
    const [system, user] = model.requests[0]?.messages ?? [];
    expect(system?.content).toContain('Write in the first person');
    expect(user?.content).toContain(`MATCH ANALYSIS: score ${analysis.score}/100`);
    expect(user?.content).toMatch(/Missing: [^\n]*GraphQL/);
  });

  it('takes a partial answer with only the verdict', async () => {
    const answer = await run(['{"verdict": "My resume is close, but GraphQL is missing."']).result;
    expect(answer.ok && answer.value.value).toEqual({
      verdict: 'My resume is close, but GraphQL is missing.',
      strengths: [],
      gaps: [],
      nextSteps: [],
    });
  });

  it('retries an answer without a verdict, then fails clearly when it stays malformed', async () => {
    const { model, result } = run(['{"strengths": ["x"]}', '{"verdict": ""}']);
    const answer = await result;
    expect(answer.ok ? null : answer.error.code).toBe('bad_json');
    expect(model.requests).toHaveLength(2);
    expect(model.requests[1]?.messages.at(-1)?.content).toContain('verdict');
  });
});
