// The worker's time limit and the size check before a file is read.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseInWorker } from './parse-in-worker';

class SilentWorker {
  static last: SilentWorker | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  constructor() {
    SilentWorker.last = this;
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('parseInWorker', () => {
  it('stops a parse that runs past the limit and terminates its worker', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', SilentWorker);
    const pending = parseInWorker({ text: 'Jane Doe' }, { timeoutMs: 20_000 });
    await vi.advanceTimersByTimeAsync(19_999);
    expect(SilentWorker.last?.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const result = await pending;
    expect(result.ok ? null : result.error.code).toBe('timeout');
    expect(SilentWorker.last?.terminated).toBe(true);
  });

  it('refuses a file over 20 MB without reading it or starting a worker', async () => {
    vi.stubGlobal('Worker', SilentWorker);
    SilentWorker.last = null;
    const file = new File(['x'], 'huge.pdf', { type: 'application/pdf' });
    Object.defineProperty(file, 'size', { value: 20 * 1024 * 1024 + 1 });
    const read = vi.fn(async () => new ArrayBuffer(0));
    Object.defineProperty(file, 'arrayBuffer', { value: read });
    const result = await parseInWorker({ file });
    expect(result.ok ? null : result.error.code).toBe('too_large');
    expect(read).not.toHaveBeenCalled();
    expect(SilentWorker.last).toBeNull();
  });

  it('ignores what pdf.js says on the shared channel and answers with the parse', async () => {
    vi.stubGlobal('Worker', SilentWorker);
    const pending = parseInWorker({ text: 'x' });
    const worker = SilentWorker.last!;
    worker.onmessage?.(
      new MessageEvent('message', { data: { targetName: 'main', action: 'ready' } }),
    );
    worker.onmessage?.(
      new MessageEvent('message', {
        data: {
          type: 'done',
          result: { ok: false, error: { code: 'empty', message: 'There is no text to import.' } },
        },
      }),
    );
    const result = await pending;
    expect(result.ok ? null : result.error.code).toBe('empty');
    expect(worker.terminated).toBe(true);
  });
});
