import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_SETTINGS } from '@career-copilot/shared/ai/settings';
import { analyseMatch } from '@career-copilot/shared/match/analyse-match';
import { structureJob } from '@career-copilot/shared/match/structure-job';
import { startOllamaDouble, type OllamaDouble } from '../../../../e2e/doubles/ollama';
import { sampleJob, sampleResume } from '../../../../shared/test/tailoring';
import { jobRecord, resumeRecord, uniqueDbName } from '../../../test/fixtures';
import { saveModelSettings } from '../../llm/model-settings';
import { browserEnvironment } from '../../llm/registry';
import { resetDbForTests } from '../../storage/db';
import { jobsRepo } from '../../storage/repositories';
import { critiqueStore, runCritique } from './critique-store';
import { refineJobWithModel } from './jobs-store';

const POSTING = `Data Analyst
Northwind Traders

What you bring
- Strong SQL and Excel skills
- Experience with Tableau or Power BI`;

let ollama: OllamaDouble;
beforeAll(async () => {
  ollama = await startOllamaDouble();
});
afterAll(() => ollama.close());
beforeEach(async () => {
  await resetDbForTests(uniqueDbName());
  await saveModelSettings({
    ...DEFAULT_MODEL_SETTINGS,
    ollamaHost: ollama.host,
    tiers: { fast: { provider: 'ollama', model: 'llama3.2' }, good: null },
  });
});

describe('model actions in the job view', () => {
  it('refines the structured job and says what changed, adding nothing the posting lacks', async () => {
    const rules = structureJob(POSTING);
    await jobsRepo.put(
      jobRecord({ id: 'j-da', sourceText: POSTING, job: rules.job, details: rules.details }),
    );
    ollama.enqueue({
      kind: 'stream',
      text: JSON.stringify({
        seniority: 'mid',
        minYears: 2,
        requiredSkills: ['SQL', 'Excel', 'Tableau or Power BI', 'Snowflake'],
        remote: 'Hybrid',
      }),
    });
    const outcome = await refineJobWithModel('j-da', undefined, browserEnvironment());
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.changes.map((c) => c.field)).toEqual(
      expect.arrayContaining(['Remote', 'Years of experience']),
    );
    const saved = await jobsRepo.get('j-da');
    expect(saved?.details).toMatchObject({ structuredBy: 'model', minYears: 2 });
    expect(saved?.details.requiredSkills).not.toContain('Snowflake');
    expect(saved?.sourceText).toBe(POSTING);
  });

  it('writes a critique in the user’s words from the analysis', async () => {
    const resume = resumeRecord({ id: 'r-d', resume: sampleResume() });
    const job = jobRecord({ id: 'j-fe', ...sampleJob() });
    const analysis = analyseMatch(resume.resume, job, { today: '2026-11-25' });
    ollama.enqueue({
      kind: 'stream',
      text: JSON.stringify({
        verdict: 'My resume is a close fit; GraphQL is the gap.',
        strengths: ['I show React and TypeScript at Brightwave.'],
        gaps: ['I never mention GraphQL.'],
        nextSteps: [],
      }),
    });
    await runCritique(job, resume, analysis, browserEnvironment());
    expect(critiqueStore.getState()).toMatchObject({
      status: 'ready',
      critique: { verdict: 'My resume is a close fit; GraphQL is the gap.' },
    });
    const body = ollama.requests.at(-1)?.body as { messages: Array<{ content: string }> };
    expect(body.messages[0]?.content).toContain('Write in the first person');
  });
});
