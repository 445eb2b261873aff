// The model's short critique of the chosen resume for a job, in the user's own voice, with Stop.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import {
  buildCritiqueMessages,
  CRITIQUE_SCHEMA_NAME,
  CritiqueOutputSchema,
  tidyCritique,
  type CritiqueOutput,
} from '@career-copilot/shared/ai/tasks/critique/v1';
import { TaskKind } from '@career-copilot/shared/ai/tasks';
import type { JobRecord } from '@career-copilot/shared/job/model';
import type { MatchAnalysis } from '@career-copilot/shared/match/analysis-model';
import type { ResumeRecord } from '@career-copilot/shared/resume/record';
import { generateTaskObject } from '../../llm/ai';
import type { ProviderEnvironment } from '../../llm/registry';
import { modelsEnvironment } from '../settings/models/models-store';

type CritiqueState = {
  readonly status: 'idle' | 'running' | 'ready';
  /** "jobId/resumeId/revision": a critique is only shown for what it was written about. */
  readonly key?: string;
  readonly critique?: CritiqueOutput;
  readonly error?: string;
  readonly stopped?: boolean;
};

export const critiqueStore = createStore<CritiqueState>()(() => ({ status: 'idle' }));
export const useCritique = <T>(select: (s: CritiqueState) => T) => useStore(critiqueStore, select);

export function critiqueKey(job: JobRecord, resume: ResumeRecord): string {
  return `${job.id}/${job.updatedAt}/${resume.id}/${resume.revision}`;
}

let controller: AbortController | undefined;

export async function runCritique(
  job: JobRecord,
  resume: ResumeRecord,
  analysis: MatchAnalysis,
  env: ProviderEnvironment = modelsEnvironment(),
): Promise<void> {
  controller?.abort();
  const own = new AbortController();
  controller = own;
  const key = critiqueKey(job, resume);
  critiqueStore.setState({ status: 'running', key }, true);
  const result = await generateTaskObject(
    TaskKind.Critique,
    buildCritiqueMessages({ resume: resume.resume, job, analysis }),
    { schema: CritiqueOutputSchema, schemaName: CRITIQUE_SCHEMA_NAME, signal: own.signal, env },
  );
  if (controller !== own) return;
  controller = undefined;
  if (result.ok)
    critiqueStore.setState({ status: 'ready', key, critique: tidyCritique(result.value) });
  else if (result.error.code === 'aborted')
    critiqueStore.setState({ status: 'idle', key, stopped: true });
  else critiqueStore.setState({ status: 'idle', key, error: result.error.message });
}

export function stopCritique(): void {
  controller?.abort();
}
