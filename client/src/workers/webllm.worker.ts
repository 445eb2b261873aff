// The WebLLM worker: the real @mlc-ai/web-llm engine behind the message protocol in llm/webllm.
import {
  MLCEngine,
  deleteModelAllInfoInCache,
  hasModelInCache,
  prebuiltAppConfig,
  type ChatCompletionChunk,
} from '@mlc-ai/web-llm';
import { detectGpu, type GpuLike } from '../llm/webllm/capabilities';
import type { WorkerRequest, WorkerResponse } from '../llm/webllm/protocol';
import { createWebLlmHost, type WebLlmEngine } from '../llm/webllm/worker-host';

/** The worker global, typed by what we use (the client's lib is DOM, not WebWorker). */
const scope = self as unknown as {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
};

function createEngine(
  onProgress: (report: { progress: number; text: string }) => void,
): WebLlmEngine {
  const engine = new MLCEngine({
    appConfig: prebuiltAppConfig,
    initProgressCallback: onProgress,
    logLevel: 'WARN',
  });
  return {
    reload: (model) => engine.reload(model),
    unload: () => engine.unload(),
    interruptGenerate: () => engine.interruptGenerate(),
    streamChat: async (request) =>
      (await engine.chat.completions.create({
        ...request,
        messages: request.messages as Parameters<
          typeof engine.chat.completions.create
        >[0]['messages'],
        stream: true,
        stream_options: { include_usage: true },
      })) as AsyncIterable<ChatCompletionChunk>,
  };
}

const host = createWebLlmHost({
  records: prebuiltAppConfig.model_list,
  detectGpu: () => detectGpu((navigator as Navigator & { gpu?: GpuLike }).gpu),
  createEngine,
  cache: {
    has: (model) => hasModelInCache(model, prebuiltAppConfig),
    remove: (model) => deleteModelAllInfoInCache(model, prebuiltAppConfig),
  },
  estimateStorage: async () => {
    const estimate = await navigator.storage?.estimate();
    return estimate ? { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0 } : undefined;
  },
  post: (message) => scope.postMessage(message),
});

scope.addEventListener('message', (event) => void host.handle(event.data));
