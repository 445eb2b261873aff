// Tailoring a resume to a job: the model's suggestions, the user's decision on each, and the tailored copy.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { z } from 'zod';
import {
  buildTailorMessages,
  TAILOR_SCHEMA_NAME,
  TailorOutputSchema,
  type TailorOutput,
} from '@career-copilot/shared/ai/tasks/tailor/v1';
import { TaskKind } from '@career-copilot/shared/ai/tasks';
import type { JobRecord } from '@career-copilot/shared/job/model';
import { analyseMatch } from '@career-copilot/shared/match/analyse-match';
import type { Resume } from '@career-copilot/shared/resume/model';
import type { ResumeRecord } from '@career-copilot/shared/resume/record';
import { applySuggestions } from '@career-copilot/shared/tailor/apply';
import { reviewTailoring, type Tailoring } from '@career-copilot/shared/tailor/suggestions';
import { generateTaskObject } from '../../llm/ai';
import { settingsRepo } from '../../storage/repositories';
import type { ProviderEnvironment } from '../../llm/registry';
import { modelsEnvironment } from '../settings/models/models-store';
import { createResumeFrom, describeStorageError } from '../resumes/resumes-store';
import { loadMatchResumes, todayIso } from './match-store';

export const Decision = { Accepted: 'accepted', Rejected: 'rejected' } as const;
export type Decision = (typeof Decision)[keyof typeof Decision];

type TailorState = {
  readonly status: 'idle' | 'running' | 'ready' | 'saving';
  /** Which job and base resume the suggestions belong to. */
  readonly jobId?: string;
  readonly baseResumeId?: string;
  /** Characters of the answer received so far, for the progress line. */
  readonly received: number;
  /** A wait the provider asked for (rate limit), said plainly. */
  readonly note?: string;
  readonly tailoring?: Tailoring;
  /** The model's answer and the notes it was checked against, kept so a reload can rebuild the review. */
  readonly output?: TailorOutput;
  readonly notes?: string;
  /** Undecided suggestions are absent. */
  readonly decisions: Readonly<Record<string, Decision>>;
  readonly error?: string;
  /** "Stopped." after the user cancelled. */
  readonly stopped?: boolean;
};

const initial: TailorState = { status: 'idle', received: 0, decisions: {} };

export const tailorStore = createStore<TailorState>()(() => initial);
export const useTailor = <T>(select: (s: TailorState) => T) => useStore(tailorStore, select);

let controller: AbortController | undefined;

/**
 * The latest review is kept on the device, so a reload, a crash or a look at another page loses
 * neither the model's answer (which cost time, and maybe money) nor the user's decisions. One slot:
 * tailoring again replaces it.
 */
const REVIEW_KEY = 'tailoring.review';
const SavedReviewSchema = z.object({
  jobId: z.string(),
  baseResumeId: z.string(),
  notes: z.string(),
  output: TailorOutputSchema,
  decisions: z.record(z.string(), z.enum([Decision.Accepted, Decision.Rejected])),
});
type SavedReview = z.infer<typeof SavedReviewSchema>;

async function saveReview(): Promise<void> {
  const s = tailorStore.getState();
  if (!s.jobId || !s.baseResumeId || !s.output) return;
  const review: SavedReview = {
    jobId: s.jobId,
    baseResumeId: s.baseResumeId,
    notes: s.notes ?? '',
    output: s.output,
    decisions: { ...s.decisions },
  };
  // Keeping the review is a convenience: a full disk must not break the review on screen.
  await settingsRepo.set(REVIEW_KEY, review).catch(() => undefined);
}

/**
 * Puts a model's answer up for review. The guard runs here, on the resume as it is now, so a kept
 * or server-made answer is checked like a fresh one; decisions on suggestions that no longer exist
 * are dropped.
 */
function showReview(
  job: JobRecord,
  base: ResumeRecord,
  output: TailorOutput,
  notes: string,
  keep: { decisions?: TailorState['decisions']; received?: number } = {},
): void {
  const tailoring = reviewTailoring(base.resume, output, notes);
  const ids = new Set(tailoring.suggestions.map((g) => g.id));
  tailorStore.setState(
    {
      ...initial,
      status: 'ready',
      jobId: job.id,
      baseResumeId: base.id,
      received: keep.received ?? 0,
      output,
      notes,
      tailoring,
      decisions: Object.fromEntries(
        Object.entries(keep.decisions ?? {}).filter(([id]) => ids.has(id)),
      ),
    },
    true,
  );
}

/** Brings back the kept review for this job and resume, if there is one and nothing is on screen. */
export async function restoreTailoring(job: JobRecord, base: ResumeRecord): Promise<boolean> {
  const saved = await settingsRepo
    .get(REVIEW_KEY, (value) => SavedReviewSchema.safeParse(value).data)
    .catch(() => undefined);
  const now = tailorStore.getState();
  if (!saved || saved.jobId !== job.id || saved.baseResumeId !== base.id) return false;
  if (now.status !== 'idle' || now.tailoring) return false;
  showReview(job, base, saved.output, saved.notes, { decisions: saved.decisions });
  return true;
}

/** Forgets the suggestions (another job or resume was chosen). */
export function resetTailoring(): void {
  controller?.abort();
  controller = undefined;
  tailorStore.setState(initial, true);
}

/** Asks the user's model for suggestions; progress, cancel and failures land in the store. */
export async function startTailoring(
  job: JobRecord,
  base: ResumeRecord,
  notes = '',
  env: ProviderEnvironment = modelsEnvironment(),
): Promise<void> {
  controller?.abort();
  const own = new AbortController();
  controller = own;
  tailorStore.setState(
    { ...initial, status: 'running', jobId: job.id, baseResumeId: base.id },
    true,
  );
  const analysis = analyseMatch(base.resume, job, { today: todayIso() });
  const result = await generateTaskObject(
    TaskKind.Tailor,
    buildTailorMessages({ resume: base.resume, job, analysis, notes }),
    {
      schema: TailorOutputSchema,
      schemaName: TAILOR_SCHEMA_NAME,
      signal: own.signal,
      env,
      onEvent: (event) => {
        if (controller !== own) return;
        if (event.type === 'delta')
          tailorStore.setState((s) => ({
            received: s.received + event.text.length,
            note: undefined,
          }));
        else if (event.type === 'retry')
          tailorStore.setState({
            note: `${event.failure.message} Trying again in ${Math.ceil(event.delaySeconds)} s…`,
          });
      },
    },
  );
  if (controller !== own) return;
  controller = undefined;
  if (!result.ok) {
    const stopped = result.error.code === 'aborted';
    tailorStore.setState({
      status: 'idle',
      note: undefined,
      stopped,
      ...(stopped ? {} : { error: result.error.message }),
    });
    return;
  }
  showReview(job, base, result.value, notes, { received: tailorStore.getState().received });
  await saveReview();
}

/**
 * Offers a tailoring made elsewhere (the Premium agent on our server) for review, as if the user's
 * own model had answered: the guard runs here on the resume as it is, and the review is kept.
 */
export async function offerTailoring(
  job: JobRecord,
  base: ResumeRecord,
  output: TailorOutput,
): Promise<void> {
  controller?.abort();
  controller = undefined;
  showReview(job, base, output, '');
  await saveReview();
}

export function stopTailoring(): void {
  controller?.abort();
}

export function decideSuggestion(id: string, decision: Decision | undefined): void {
  tailorStore.setState((s) => {
    const decisions = { ...s.decisions };
    if (decision) decisions[id] = decision;
    else delete decisions[id];
    return { decisions };
  });
  void saveReview();
}

/** Accepts every suggestion the guard did not flag; flagged ones need the user's own click. */
export function acceptAllSuggestions(): void {
  tailorStore.setState((s) => {
    const decisions: Record<string, Decision> = {};
    for (const g of s.tailoring?.suggestions ?? []) {
      const kept = g.flags.length === 0 ? Decision.Accepted : s.decisions[g.id];
      if (kept) decisions[g.id] = kept;
    }
    return { decisions };
  });
  void saveReview();
}

export function rejectAllSuggestions(): void {
  tailorStore.setState((s) => ({
    decisions: Object.fromEntries(
      (s.tailoring?.suggestions ?? []).map((g) => [g.id, Decision.Rejected]),
    ),
  }));
  void saveReview();
}

export function acceptedIds(decisions: Readonly<Record<string, Decision>>): Set<string> {
  return new Set(Object.keys(decisions).filter((id) => decisions[id] === Decision.Accepted));
}

/** The base resume with the accepted suggestions written in (a new object; the base is untouched). */
export function tailoredResume(
  base: Resume,
  state: Pick<TailorState, 'tailoring' | 'decisions'>,
): Resume {
  return applySuggestions(base, state.tailoring?.suggestions ?? [], acceptedIds(state.decisions));
}

export function tailoredName(base: ResumeRecord, job: JobRecord): string {
  const role = [job.job.title, job.job.company].filter(Boolean).join(' at ');
  return `${base.name} — tailored for ${role || 'a job'}`;
}

export type CopyOutcome =
  | { readonly ok: true; readonly record: ResumeRecord }
  | { readonly ok: false; readonly message: string };

/** Saves the accepted changes as a NEW library resume linked to its base and the job. */
export async function createTailoredCopy(job: JobRecord, base: ResumeRecord): Promise<CopyOutcome> {
  const state = tailorStore.getState();
  if (state.baseResumeId !== base.id || state.jobId !== job.id || !state.tailoring)
    return {
      ok: false,
      message: 'These suggestions belong to another resume or job. Tailor again.',
    };
  if (acceptedIds(state.decisions).size === 0)
    return { ok: false, message: 'Accept at least one suggestion first.' };
  const resume = tailoredResume(base.resume, state);
  resume.meta = { ...resume.meta, source: { kind: 'tailored' } };
  tailorStore.setState({ status: 'saving' });
  try {
    const record = await createResumeFrom(tailoredName(base, job), resume, base.id, job.id);
    tailorStore.setState({ status: 'ready' });
    // The copy joins the match panel's list, so it can be compared with the job at once.
    await loadMatchResumes();
    return { ok: true, record };
  } catch (error) {
    tailorStore.setState({ status: 'ready' });
    return { ok: false, message: describeStorageError(error) };
  }
}
