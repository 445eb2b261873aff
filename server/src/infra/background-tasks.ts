// Work done after the response: sending mail, and anything whose duration must not show in the answer
// (a reset request for a known address must take as long as one for an unknown address).
import type { Logger } from './logger';

export type BackgroundTasks = {
  /** Starts `task` now without waiting for it; failures are logged, never thrown. */
  readonly run: (name: string, task: () => Promise<void>) => void;
  /** Resolves once every task started so far has finished (tests, shutdown). */
  readonly drain: () => Promise<void>;
};

export function createBackgroundTasks(options: {
  logger: Logger;
  maxPending?: number;
}): BackgroundTasks {
  const maxPending = options.maxPending ?? 500;
  const pending = new Set<Promise<void>>();
  return {
    run: (name, task) => {
      if (pending.size >= maxPending) {
        options.logger.warn('background task dropped: too many pending', { task: name });
        return;
      }
      const promise = (async () => {
        try {
          await task();
        } catch (error) {
          options.logger.error('background task failed', {
            task: name,
            error: error instanceof Error ? error.message : String(error),
          });
        }
      })();
      pending.add(promise);
      void promise.finally(() => pending.delete(promise));
    },
    drain: async () => {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}
