// The in-browser models panel: what the GPU can run, downloads with progress and cancel, downloaded models.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { WebLlmCatalog } from '../../../llm/webllm/protocol';
import { readStorageInfo, type StorageInfo } from '../../../storage/storage-info';
import { modelsEnvironment } from './models-store';

type Download = {
  readonly model: string;
  readonly fraction: number | undefined;
  readonly text: string;
};

type WebLlmState = {
  readonly state: 'idle' | 'loading' | 'ready' | 'error';
  readonly catalog: WebLlmCatalog | undefined;
  readonly message: string | undefined;
  readonly download: Download | undefined;
  readonly storage: StorageInfo | undefined;
};

export const webLlmStore = createStore<WebLlmState>()(() => ({
  state: 'idle',
  catalog: undefined,
  message: undefined,
  download: undefined,
  storage: undefined,
}));
export const useWebLlm = <T>(select: (s: WebLlmState) => T) => useStore(webLlmStore, select);

let downloadController: AbortController | undefined;

export async function refreshWebLlm(): Promise<void> {
  webLlmStore.setState({ state: 'loading' });
  const [catalog, storage] = await Promise.all([
    modelsEnvironment().webllm().catalog(),
    readStorageInfo(),
  ]);
  webLlmStore.setState(
    catalog.ok
      ? { state: 'ready', catalog: catalog.value, storage }
      : { state: 'error', message: catalog.error.message, storage },
  );
}

export async function downloadWebLlmModel(model: string): Promise<void> {
  const client = modelsEnvironment().webllm();
  downloadController = new AbortController();
  webLlmStore.setState({ download: { model, fraction: 0, text: 'Starting…' }, message: undefined });
  const result = await client.provider.prepare!(model, {
    signal: downloadController.signal,
    onProgress: (p) =>
      webLlmStore.setState({ download: { model, fraction: p.fraction, text: p.text } }),
  });
  downloadController = undefined;
  webLlmStore.setState({
    download: undefined,
    message: result.ok ? undefined : result.error.message,
  });
  await refreshWebLlm();
}

export function cancelWebLlmDownload(): void {
  downloadController?.abort();
}

export async function deleteWebLlmModel(model: string): Promise<void> {
  const result = await modelsEnvironment().webllm().deleteModel(model);
  webLlmStore.setState({ message: result.ok ? undefined : result.error.message });
  await refreshWebLlm();
}
