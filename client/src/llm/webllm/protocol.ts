// Messages between the page and the WebLLM worker: requests with ids, progress, streamed wire events.
import type { WireEvent } from '@career-copilot/shared/ai/chat-stream';
import type {
  ChatMessage,
  JsonSchemaSpec,
  PrepareProgress,
} from '@career-copilot/shared/ai/contract';
import type { AiFailure } from '@career-copilot/shared/ai/failures';
import type { GpuReport, WebLlmModelOption } from './capabilities';

export type WebLlmCatalog = {
  readonly gpu: GpuReport;
  /** Models this GPU can run, smallest first. */
  readonly models: readonly WebLlmModelOption[];
  /** Ids of models already downloaded to this browser. */
  readonly downloaded: readonly string[];
  /** The model loaded on the GPU right now, if any. */
  readonly loaded: string | undefined;
};

export type ChatJob = {
  readonly model: string;
  readonly messages: readonly ChatMessage[];
  readonly temperature?: number;
  readonly maxOutputTokens?: number;
  readonly jsonSchema?: JsonSchemaSpec;
};

export type WorkerRequest =
  | { readonly type: 'catalog'; readonly id: number }
  | { readonly type: 'prepare'; readonly id: number; readonly model: string }
  | { readonly type: 'delete'; readonly id: number; readonly model: string }
  | ({ readonly type: 'chat'; readonly id: number } & ChatJob)
  /** Stops the request `target` (a download or a chat). */
  | { readonly type: 'cancel'; readonly id: number; readonly target: number };

export type WorkerResponse =
  | { readonly type: 'result'; readonly id: number; readonly value: WebLlmCatalog | null }
  | { readonly type: 'failure'; readonly id: number; readonly failure: AiFailure }
  | { readonly type: 'progress'; readonly id: number; readonly progress: PrepareProgress }
  | { readonly type: 'wire'; readonly id: number; readonly event: WireEvent }
  /** The chat `id` has sent everything it will send. */
  | { readonly type: 'end'; readonly id: number };

/** What the page talks to: a Worker, or one end of a MessageChannel in tests. */
export type MessagePortLike = {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerResponse>) => void): void;
  /** A Worker fires this when its script cannot load or throws at the top level. */
  addEventListener(type: 'error', listener: (event: Event) => void): void;
};
