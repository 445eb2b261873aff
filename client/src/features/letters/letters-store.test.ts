import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_SETTINGS } from '@career-copilot/shared/ai/settings';
import { startOllamaDouble, type OllamaDouble } from '../../../../e2e/doubles/ollama';
import { sampleJob, sampleResume } from '../../../../shared/test/letters';
import { applicationRecord, resumeRecord, uniqueDbName } from '../../../test/fixtures';
import { saveModelSettings } from '../../llm/model-settings';
import { resetDbForTests } from '../../storage/db';
import { coverLettersRepo, interviewPrepsRepo } from '../../storage/letters-repo';
import { applicationsRepo, jobsRepo, resumesRepo } from '../../storage/repositories';
import {
  prepStore,
  openPrep,
  prepareWithoutModel,
  setAnswer,
  startPractice,
  submitAnswer,
} from '../prep/prep-store';
import {
  generateLetter,
  lettersStore,
  openLetter,
  setDraft,
  writeLetterWithoutModel,
} from './letters-store';

let ollama: OllamaDouble;
beforeAll(async () => {
  ollama = await startOllamaDouble();
});
afterAll(() => ollama.close());

beforeEach(async () => {
  await resetDbForTests(uniqueDbName());
  await jobsRepo.put({ ...sampleJob(), id: 'j1' });
  await resumesRepo.put(resumeRecord({ id: 'r1', resume: sampleResume() }));
  await applicationsRepo.put({ ...applicationRecord('a1', 'j1'), resumeId: 'r1' });
});

describe('cover letter store', () => {
  it('says plainly that no model is set, keeps the draft, and writes a letter without one', async () => {
    await openLetter('a1');
    setDraft('My own opening line.');
    await generateLetter();
    const state = lettersStore.getState();
    expect(state.failure?.message).toBe(
      'Choose a model for cover letters in Settings → Models first.',
    );
    expect(state.draft).toBe('My own opening line.');
    // The unsaved draft was kept as a version before anything could replace it.
    const [kept] = await coverLettersRepo.listVersions('a1');
    expect(kept).toMatchObject({ number: 1, source: 'edit', text: 'My own opening line.' });

    await writeLetterWithoutModel();
    const version = (await coverLettersRepo.listVersions('a1'))[1];
    expect(version).toMatchObject({ number: 2, source: 'template', resumeId: 'r1' });
    expect(version?.text).toMatch(/^Dear Northwind Labs hiring team,/);
    expect((await applicationsRepo.get('a1'))?.coverLetterId).toBe(version?.id);
  });

  it('keeps a malformed model answer in the editor with the reason, without saving it', async () => {
    await saveModelSettings({
      ...DEFAULT_MODEL_SETTINGS,
      ollamaHost: ollama.host,
      tiers: { fast: { provider: 'ollama', model: 'llama3.2' }, good: null },
    });
    ollama.enqueue({ kind: 'stream', text: 'Dear team, I would like the job. Thanks.' });
    await openLetter('a1');
    await generateLetter();
    const state = lettersStore.getState();
    expect(state.draft).toBe('Dear team, I would like the job. Thanks.');
    expect(state.problem).toMatch(
      /not a usable letter yet \(the letter is too short to be a cover letter\)/,
    );
    expect(await coverLettersRepo.listVersions('a1')).toEqual([]);
  });
});

describe('interview prep store', () => {
  it('builds questions without a model and judges practice with the built-in check, saying so', async () => {
    await openPrep('a1');
    await prepareWithoutModel();
    const saved = await interviewPrepsRepo.getForApplication('a1');
    expect(saved?.source).toBe('rules');
    expect(saved?.questions.some((q) => q.group === 'gaps')).toBe(true);
    expect((await applicationsRepo.get('a1'))?.prepId).toBe(saved?.id);

    startPractice(0);
    setAnswer('I redesigned PostgreSQL indexes and latency fell by 40%.');
    await submitAnswer();
    const state = prepStore.getState();
    expect(state.judgeNote).toMatch(/^No model is set up for interview preparation/);
    expect(state.lastAttempt?.by).toBe('rules');
    expect(state.lastAttempt?.feedback.star.action).toBe(true);
    expect((await interviewPrepsRepo.getForApplication('a1'))?.attempts).toHaveLength(1);
  });
});
