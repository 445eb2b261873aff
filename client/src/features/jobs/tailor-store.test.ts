import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_SETTINGS } from '@career-copilot/shared/ai/settings';
import { startOllamaDouble, type OllamaDouble } from '../../../../e2e/doubles/ollama';
import { sampleJob, sampleResume } from '../../../../shared/test/tailoring';
import { jobRecord, resumeRecord, uniqueDbName } from '../../../test/fixtures';
import { saveModelSettings } from '../../llm/model-settings';
import { browserEnvironment } from '../../llm/registry';
import { resetDbForTests } from '../../storage/db';
import { resumesRepo } from '../../storage/repositories';
import { loadMatchResumes, matchStore } from './match-store';
import {
  acceptAllSuggestions,
  createTailoredCopy,
  decideSuggestion,
  rejectAllSuggestions,
  resetTailoring,
  restoreTailoring,
  startTailoring,
  stopTailoring,
  tailorStore,
} from './tailor-store';

const ANSWER = JSON.stringify({
  summary: {
    text: 'Front-end developer who builds accessible web apps in React and TypeScript.',
    reason: 'React and TypeScript are required.',
  },
  rewrites: [
    {
      id: 'work.0.highlights.2',
      text: 'Partnered with designers on an accessible React component library.',
      reason: 'Accessibility is required.',
    },
    {
      id: 'work.0.highlights.0',
      text: 'Built the checkout page in React and GraphQL at Stripe.',
      reason: 'GraphQL is preferred.',
    },
  ],
  skillsOrder: [],
  sectionsToMoveUp: [],
});

let ollama: OllamaDouble;
const base = resumeRecord({ id: 'r-base', name: 'Dana — front-end', resume: sampleResume() });
const job = jobRecord({ id: 'j-fe', ...sampleJob() });

beforeAll(async () => {
  ollama = await startOllamaDouble();
});
afterAll(() => ollama.close());
beforeEach(async () => {
  resetTailoring();
  await resetDbForTests(uniqueDbName());
  await resumesRepo.put(base);
  await saveModelSettings({
    ...DEFAULT_MODEL_SETTINGS,
    ollamaHost: ollama.host,
    tiers: { fast: null, good: { provider: 'ollama', model: 'llama3.2' } },
  });
});

const env = () => browserEnvironment();

describe('tailoring a resume on the user’s model', () => {
  it('offers the suggestions for review, flagged ones left for the user', async () => {
    ollama.enqueue({ kind: 'stream', text: ANSWER });
    await startTailoring(job, base, 'I also shipped a design system.', env());
    const state = tailorStore.getState();
    expect(state.status).toBe('ready');
    expect(state.received).toBe(ANSWER.length);
    const suggestions = state.tailoring?.suggestions ?? [];
    expect(suggestions.map((s) => s.flags.map((f) => f.kind))).toEqual([
      [],
      [],
      ['skill', 'employer'],
    ]);
    // The request went to Ollama with the schema as its structured-output format.
    const body = ollama.requests.at(-1)?.body as { format?: unknown; messages: unknown[] };
    expect(body.format).toMatchObject({ type: 'object' });
    expect(JSON.stringify(body.messages)).toContain('I also shipped a design system.');

    acceptAllSuggestions();
    expect(tailorStore.getState().decisions).toEqual({ s1: 'accepted', s2: 'accepted' });
    decideSuggestion('s1', 'rejected');
    decideSuggestion('s3', 'rejected');
    expect(tailorStore.getState().decisions).toEqual({
      s1: 'rejected',
      s2: 'accepted',
      s3: 'rejected',
    });
    rejectAllSuggestions();
    expect(Object.values(tailorStore.getState().decisions)).toEqual([
      'rejected',
      'rejected',
      'rejected',
    ]);
  });

  it('keeps the review on the device: after a reload the suggestions and decisions come back', async () => {
    ollama.enqueue({ kind: 'stream', text: ANSWER });
    await startTailoring(job, base, 'I also shipped a design system.', env());
    decideSuggestion('s1', 'accepted');
    decideSuggestion('s3', 'rejected');
    const before = tailorStore.getState().tailoring?.suggestions;
    // What a reload does to memory.
    resetTailoring();
    expect(tailorStore.getState().tailoring).toBeUndefined();
    // Another resume or job has nothing kept.
    const other = resumeRecord({ id: 'r-other', name: 'Other', resume: sampleResume() });
    expect(await restoreTailoring(job, other)).toBe(false);
    expect(await restoreTailoring(jobRecord({ id: 'j-other', ...sampleJob() }), base)).toBe(false);
    expect(await restoreTailoring(job, base)).toBe(true);
    const state = tailorStore.getState();
    expect(state.status).toBe('ready');
    expect(state.tailoring?.suggestions).toEqual(before);
    expect(state.decisions).toEqual({ s1: 'accepted', s3: 'rejected' });
    // The notes the guard checked against came back too: the copy still uses them.
    expect(state.notes).toBe('I also shipped a design system.');
    // The decisions made after the restore are kept as well.
    acceptAllSuggestions();
    resetTailoring();
    await restoreTailoring(job, base);
    expect(tailorStore.getState().decisions).toEqual({
      s1: 'accepted',
      s2: 'accepted',
      s3: 'rejected',
    });
  });

  it('writes the accepted changes into a new linked resume and leaves the base unchanged', async () => {
    ollama.enqueue({ kind: 'stream', text: ANSWER });
    await startTailoring(job, base, '', env());
    expect(await createTailoredCopy(job, base)).toEqual({
      ok: false,
      message: 'Accept at least one suggestion first.',
    });
    decideSuggestion('s2', 'accepted');
    decideSuggestion('s3', 'rejected');
    await loadMatchResumes();
    const outcome = await createTailoredCopy(job, base);
    if (!outcome.ok) throw new Error(outcome.message);
    // The copy can be compared at once, and the resume being tailored stays chosen.
    expect(matchStore.getState().resumes.map((r) => r.id)).toContain(outcome.record.id);
    expect(matchStore.getState().selectedId).toBe('r-base');
    const copy = await resumesRepo.get(outcome.record.id);
    expect(copy).toMatchObject({
      name: 'Dana — front-end — tailored for Front End Engineer at Tech Solutions',
      baseResumeId: 'r-base',
      jobId: 'j-fe',
    });
    expect(copy?.resume.meta?.source).toEqual({ kind: 'tailored' });
    expect(copy?.resume.work?.[0]?.highlights).toEqual([
      'Built the checkout page in React and TypeScript.',
      'Cut bundle size by 30% with Webpack code splitting.',
      'Partnered with designers on an accessible React component library.',
    ]);
    expect(copy?.resume.basics?.summary).toBe(base.resume.basics?.summary);
    expect(await resumesRepo.get('r-base')).toEqual(base);
  });

  it('stops when asked, and says so', async () => {
    const slow = await startOllamaDouble({ delayMs: 40 });
    await saveModelSettings({
      ...DEFAULT_MODEL_SETTINGS,
      ollamaHost: slow.host,
      tiers: { fast: null, good: { provider: 'ollama', model: 'llama3.2' } },
    });
    slow.enqueue({ kind: 'stream', text: ANSWER });
    const running = startTailoring(job, base, '', env());
    await expect.poll(() => tailorStore.getState().received).toBeGreaterThan(0);
    stopTailoring();
    await running;
    expect(tailorStore.getState()).toMatchObject({ status: 'idle', stopped: true });
    expect(tailorStore.getState().error).toBeUndefined();
    await slow.close();
  });

  it('shows the typed failure’s message: a model Ollama does not have', async () => {
    await saveModelSettings({
      ...DEFAULT_MODEL_SETTINGS,
      ollamaHost: ollama.host,
      tiers: { fast: null, good: { provider: 'ollama', model: 'mistral-nemo' } },
    });
    await startTailoring(job, base, '', env());
    expect(tailorStore.getState()).toMatchObject({
      status: 'idle',
      error: expect.stringContaining('ollama pull mistral-nemo'),
    });
  });
});
