// Builds the provider for an id from the user's settings, keys and the browser: the one place that knows how.
import { PROVIDERS } from '@career-copilot/shared/ai/catalog';
import type { ModelProvider, ProviderId } from '@career-copilot/shared/ai/contract';
import { aiFailure } from '@career-copilot/shared/ai/failures';
import { createAnthropicProvider } from '@career-copilot/shared/ai/providers/anthropic';
import { availabilityFromFailure } from '@career-copilot/shared/ai/providers/availability';
import { createGeminiProvider } from '@career-copilot/shared/ai/providers/gemini';
import { createOllamaProvider } from '@career-copilot/shared/ai/providers/ollama';
import { createOpenAiCompatibleProvider } from '@career-copilot/shared/ai/providers/openai-compatible';
import { createServerProvider } from '@career-copilot/shared/ai/providers/server';
import type { ModelSettings } from '@career-copilot/shared/ai/settings';
import type { FetchLike, Transport } from '@career-copilot/shared/ai/transport';
import { err } from '@career-copilot/shared/lib/result';
import { currentCsrfToken } from '../api/client';
import { browserTransport } from './browser-transport';
import { keyVault, type KeyVault } from './key-vault';
import { createWebLlmClient, type WebLlmClient } from './webllm/webllm-client';

export type ProviderEnvironment = {
  readonly vault: KeyVault;
  /** For vendors and Ollama: straight from the page. */
  readonly transport: Transport;
  /** For our API: cookies and the CSRF token. */
  readonly serverTransport: Transport;
  readonly serverBaseUrl: string;
  readonly webllm: () => WebLlmClient;
};

let webllmClient: WebLlmClient | undefined;

/** One worker per page, started the first time WebLLM is needed (it is a large download). */
export function webLlm(): WebLlmClient {
  webllmClient ??= createWebLlmClient(
    new Worker(new URL('../workers/webllm.worker.ts', import.meta.url), {
      type: 'module',
      name: 'webllm',
    }),
  );
  return webllmClient;
}

const serverFetch: FetchLike = (url, init) => {
  const headers = new Headers(init.headers);
  const token = currentCsrfToken();
  if (token && init.method && init.method !== 'GET') headers.set('X-CSRF-Token', token);
  return fetch(url, { ...init, headers, credentials: 'same-origin' });
};

export function browserEnvironment(): ProviderEnvironment {
  const transport = browserTransport();
  return {
    vault: keyVault,
    transport,
    serverTransport: { ...transport, fetch: serverFetch },
    serverBaseUrl: typeof location === 'undefined' ? '' : location.origin,
    webllm: webLlm,
  };
}

/** A provider that cannot run until the user sets it up; every call says what to set. */
function unconfigured(id: ProviderId, message: string): ModelProvider {
  const failure = { ...aiFailure('not_configured', { provider: PROVIDERS[id].label }), message };
  return {
    id,
    label: PROVIDERS[id].label,
    listModels: async () => err(failure),
    checkAvailability: async () => availabilityFromFailure(failure),
    async *streamChat() {
      yield { type: 'failed', failure };
    },
  };
}

export async function createProvider(
  id: ProviderId,
  settings: ModelSettings,
  env: ProviderEnvironment = browserEnvironment(),
): Promise<ModelProvider> {
  const descriptor = PROVIDERS[id];
  switch (id) {
    case 'openai':
    case 'openrouter':
    case 'groq':
    case 'custom': {
      const baseUrl = id === 'custom' ? settings.customBaseUrl : descriptor.baseUrl;
      if (!baseUrl)
        return unconfigured(id, 'Enter the address of your OpenAI-compatible endpoint first.');
      const keyed = await env.vault.fetchFor(id, env.transport.fetch, baseUrl);
      return createOpenAiCompatibleProvider({
        id,
        label: id === 'custom' ? new URL(baseUrl).host : descriptor.label,
        baseUrl,
        transport: { ...env.transport, fetch: keyed ?? env.transport.fetch },
        hasKey: keyed !== undefined,
        keyRequired: descriptor.keyRequired === true,
        ...(id === 'openrouter' ? { headers: { 'X-Title': 'Career Copilot' } } : {}),
      });
    }
    case 'anthropic':
    case 'gemini': {
      const keyed = await env.vault.fetchFor(id, env.transport.fetch);
      const config = {
        baseUrl: descriptor.baseUrl as string,
        transport: { ...env.transport, fetch: keyed ?? env.transport.fetch },
        hasKey: keyed !== undefined,
      };
      return id === 'anthropic' ? createAnthropicProvider(config) : createGeminiProvider(config);
    }
    case 'ollama':
      return createOllamaProvider({ host: settings.ollamaHost, transport: env.transport });
    case 'webllm':
      return env.webllm().provider;
    case 'server':
      return createServerProvider({ baseUrl: env.serverBaseUrl, transport: env.serverTransport });
  }
}
