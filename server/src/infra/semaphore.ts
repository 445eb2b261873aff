// A counting semaphore with a bounded wait queue: run at most N tasks at once, refuse beyond the queue.
import { err, ok, type Result } from '@career-copilot/shared/lib/result';

export type Semaphore = {
  /** Runs `task` when a slot is free; `busy` at once when the queue is already full. */
  readonly run: <T>(task: () => Promise<T>) => Promise<Result<T, 'busy'>>;
  readonly stats: () => { readonly active: number; readonly queued: number };
};

export function createSemaphore(options: { concurrency: number; maxQueue: number }): Semaphore {
  let active = 0;
  const waiting: Array<() => void> = [];

  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };

  return {
    run: async (task) => {
      if (active >= options.concurrency) {
        if (waiting.length >= options.maxQueue) return err('busy' as const);
        // The slot is handed over by release(), so `active` stays counted for the woken task.
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else {
        active++;
      }
      try {
        return ok(await task());
      } finally {
        release();
      }
    },
    stats: () => ({ active, queued: waiting.length }),
  };
}
