// The model upstream behind server inference: Ollama (through the `ollama` package) or any
// OpenAI-compatible endpoint, built from the same provider adapters the client uses, with Node's fetch.
import { ProviderId, type ModelProvider } from '@career-copilot/shared/ai/contract';
import { createOllamaProvider } from '@career-copilot/shared/ai/providers/ollama';
import { createOpenAiCompatibleProvider } from '@career-copilot/shared/ai/providers/openai-compatible';
import type { FetchLike, Transport } from '@career-copilot/shared/ai/transport';
import type { ModelTier } from '@career-copilot/shared/billing/plans';
import type { AiUpstreamConfig } from '../config';

/** A model we offer, by our own id; which upstream model answers is configuration. */
export type OfferedModel = {
  readonly id: string;
  readonly label: string;
  readonly tier: ModelTier;
  readonly upstreamModel: string;
};

export type LlmUpstream = {
  readonly provider: ModelProvider;
  readonly models: readonly OfferedModel[];
};

export const SERVER_MODEL_IDS = { fast: 'copilot-fast', good: 'copilot-best' } as const;

export function createLlmUpstream(
  config: AiUpstreamConfig,
  fetchImpl: FetchLike = fetch,
): LlmUpstream {
  const base = config.url;
  // The key goes to the upstream only, never anywhere else.
  const keyed: FetchLike = (url, init) => {
    if (!config.apiKey || !url.startsWith(base)) return fetchImpl(url, init);
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${config.apiKey}`);
    return fetchImpl(url, { ...init, headers });
  };
  const transport: Transport = { fetch: keyed };
  const provider =
    config.kind === 'ollama'
      ? createOllamaProvider({ host: base, transport })
      : createOpenAiCompatibleProvider({
          id: ProviderId.Custom,
          label: 'upstream',
          baseUrl: base,
          transport,
          hasKey: config.apiKey !== undefined,
          keyRequired: false,
        });
  return {
    provider,
    models: [
      {
        id: SERVER_MODEL_IDS.fast,
        label: 'Copilot Fast',
        tier: 'fast',
        upstreamModel: config.fastModel,
      },
      {
        id: SERVER_MODEL_IDS.good,
        label: 'Copilot Best',
        tier: 'good',
        upstreamModel: config.goodModel,
      },
    ],
  };
}
