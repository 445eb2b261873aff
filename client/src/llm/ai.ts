// What features call: run a task on the model the user chose for it, stream or as a validated object,
// with every token counted per provider. Features import this, never a provider or a vendor package.
import {
  collectChat,
  type ChatEvent,
  type ChatMessage,
  type ModelProvider,
  type Usage,
} from '@career-copilot/shared/ai/contract';
import { aiFailure, type AiFailure } from '@career-copilot/shared/ai/failures';
import { generateObject } from '@career-copilot/shared/ai/generate-object';
import { selectionForTier, type ModelSelection } from '@career-copilot/shared/ai/settings';
import { TASKS, type TaskKind } from '@career-copilot/shared/ai/tasks';
import { err, ok, type Result } from '@career-copilot/shared/lib/result';
import type { z } from 'zod';
import { usageRepo } from '../storage/usage-repo';
import { loadModelSettings } from './model-settings';
import { createProvider, type ProviderEnvironment } from './registry';

export type ResolvedModel = {
  readonly provider: ModelProvider;
  readonly model: string;
  readonly selection: ModelSelection;
};

type UsageListener = (provider: ModelSelection['provider'], usage: Usage) => void;
const usageListeners = new Set<UsageListener>();

/** Hears about every answer's token usage (Settings refreshes its table with it). */
export function onUsageRecorded(listener: UsageListener): () => void {
  usageListeners.add(listener);
  return () => usageListeners.delete(listener);
}

async function recordUsage(selection: ModelSelection, usage: Usage): Promise<void> {
  try {
    await usageRepo.record(selection.provider, usage);
  } catch {
    // Counting is a convenience; a full or locked database must not fail the answer itself.
  }
  for (const listener of usageListeners) listener(selection.provider, usage);
}

/** The provider and model for a selection, or for the tier a task runs on. */
export async function resolveModel(
  target: TaskKind | ModelSelection,
  env?: ProviderEnvironment,
): Promise<Result<ResolvedModel, AiFailure>> {
  const settings = await loadModelSettings();
  const selection =
    typeof target === 'string' ? selectionForTier(settings, TASKS[target].tier) : target;
  if (!selection) {
    const task = typeof target === 'string' ? TASKS[target].label.toLowerCase() : 'this';
    return err({
      ...aiFailure('not_configured', {}),
      message: `Choose a model for ${task} in Settings → Models first.`,
    });
  }
  const provider = await createProvider(selection.provider, settings, env);
  return ok({ provider, model: selection.model, selection });
}

export type StreamTaskOptions = {
  readonly signal?: AbortSignal;
  /** Overrides the task's model (the "try it" panel tries a specific one). */
  readonly selection?: ModelSelection;
  readonly env?: ProviderEnvironment;
};

/** Streams a task's answer on the user's model; the last event is `done` or `failed`, never a throw. */
export async function* streamTask(
  task: TaskKind,
  messages: readonly ChatMessage[],
  options: StreamTaskOptions = {},
): AsyncGenerator<ChatEvent> {
  const resolved = await resolveModel(options.selection ?? task, options.env);
  if (!resolved.ok) return yield { type: 'failed', failure: resolved.error };
  const { provider, model, selection } = resolved.value;
  const profile = TASKS[task];
  for await (const event of provider.streamChat({
    model,
    messages,
    temperature: profile.temperature,
    maxOutputTokens: profile.maxOutputTokens,
    ...(options.signal ? { signal: options.signal } : {}),
  })) {
    if (event.type === 'done' || (event.type === 'failed' && event.usage))
      await recordUsage(selection, event.usage as Usage);
    yield event;
  }
}

/** A task's whole answer as text, or the failure (with any partial text). */
export async function runTask(
  task: TaskKind,
  messages: readonly ChatMessage[],
  options: StreamTaskOptions = {},
) {
  return collectChat(streamTask(task, messages, options));
}

export type TaskObjectOptions<S extends z.ZodType> = StreamTaskOptions & {
  readonly schema: S;
  /** A short name for the shape ("job_posting"). */
  readonly schemaName: string;
  readonly onEvent?: (event: ChatEvent) => void;
};

/**
 * A task's answer as an object matching `schema`: native structured output where the provider has it,
 * repaired and validated, retried once with the validation error, else a `bad_json` failure.
 */
export async function generateTaskObject<S extends z.ZodType>(
  task: TaskKind,
  messages: readonly ChatMessage[],
  options: TaskObjectOptions<S>,
): Promise<Result<z.infer<S>, AiFailure>> {
  const resolved = await resolveModel(options.selection ?? task, options.env);
  if (!resolved.ok) return resolved;
  const { provider, model, selection } = resolved.value;
  const profile = TASKS[task];
  const pendingUsage: Array<Promise<void>> = [];
  const result = await generateObject({
    provider,
    model,
    schema: options.schema,
    schemaName: options.schemaName,
    messages,
    temperature: profile.temperature,
    maxOutputTokens: profile.maxOutputTokens,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onEvent ? { onEvent: options.onEvent } : {}),
    onUsage: (usage) => void pendingUsage.push(recordUsage(selection, usage)),
  });
  await Promise.all(pendingUsage);
  return result.ok ? ok(result.value.value) : result;
}
