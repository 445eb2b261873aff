// The "try it" panel's state: one streamed answer at a time, with Stop.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Usage } from '@career-copilot/shared/ai/contract';
import type { AiFailure } from '@career-copilot/shared/ai/failures';
import { selectionForTier } from '@career-copilot/shared/ai/settings';
import { TaskKind, type ModelTier } from '@career-copilot/shared/ai/tasks';
import { streamTask } from '../../../llm/ai';
import { modelsEnvironment, modelsStore } from './models-store';

type TryItState = {
  readonly running: boolean;
  readonly text: string;
  /** While waiting out a rate limit: what we are waiting for. */
  readonly note: string | undefined;
  readonly outcome:
    | { readonly kind: 'done'; readonly usage: Usage }
    | { readonly kind: 'failed'; readonly failure: AiFailure }
    | undefined;
};

export const tryItStore = createStore<TryItState>()(() => ({
  running: false,
  text: '',
  note: undefined,
  outcome: undefined,
}));
export const useTryIt = <T>(select: (s: TryItState) => T) => useStore(tryItStore, select);

let controller: AbortController | undefined;

export async function runTryIt(prompt: string, tier: ModelTier): Promise<void> {
  controller?.abort();
  const own = new AbortController();
  controller = own;
  tryItStore.setState({ running: true, text: '', note: undefined, outcome: undefined });
  const selection = selectionForTier(modelsStore.getState().settings, tier);
  try {
    for await (const event of streamTask(TaskKind.TryIt, [{ role: 'user', content: prompt }], {
      signal: own.signal,
      ...(selection ? { selection } : {}),
      env: modelsEnvironment(),
    })) {
      if (controller !== own) return;
      if (event.type === 'delta')
        tryItStore.setState((s) => ({ text: s.text + event.text, note: undefined }));
      else if (event.type === 'retry')
        tryItStore.setState({
          note: `${event.failure.message} Retrying in ${Math.ceil(event.delaySeconds)} s…`,
        });
      else if (event.type === 'done')
        tryItStore.setState({ outcome: { kind: 'done', usage: event.usage } });
      else if (event.type === 'failed') {
        tryItStore.setState((s) => ({
          outcome: { kind: 'failed', failure: event.failure },
          text: event.failure.partialText ?? s.text,
        }));
      }
    }
  } finally {
    if (controller === own) {
      controller = undefined;
      tryItStore.setState({ running: false, note: undefined });
    }
  }
}

export function stopTryIt(): void {
  controller?.abort();
}
