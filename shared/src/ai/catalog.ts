// What the app knows about each provider before calling it: name, address, key format, context sizes.
import { ProviderId } from './contract';
import { LOCAL_OLLAMA_ORIGINS, VENDOR_API_ORIGINS } from './origins';

/** How a provider's API key travels; the key vault attaches it, and only for the vendor's origin. */
export const KeyScheme = {
  Bearer: 'bearer',
  XApiKey: 'x-api-key',
  GoogApiKey: 'x-goog-api-key',
} as const;
export type KeyScheme = (typeof KeyScheme)[keyof typeof KeyScheme];

export type ProviderDescriptor = {
  readonly id: ProviderId;
  readonly label: string;
  /** One line under the name in Settings. */
  readonly blurb: string;
  /** Where the API lives; undefined for providers whose address the user sets or that run in the browser. */
  readonly baseUrl?: string;
  /** The only origin the key may be sent to; undefined when there is no fixed one. */
  readonly keyOrigin?: string;
  readonly keyScheme?: KeyScheme;
  /** Whether a key is required (true), optional (custom endpoints) or not used at all (undefined). */
  readonly keyRequired?: boolean;
  readonly keyPlaceholder?: string;
  /** Where the user gets a key. */
  readonly keyUrl?: string;
  /** Data leaves the device (shown next to the provider in Settings). */
  readonly leavesDevice: boolean;
};

export const PROVIDERS: Readonly<Record<ProviderId, ProviderDescriptor>> = {
  openai: {
    id: ProviderId.OpenAI,
    label: 'OpenAI',
    blurb: 'GPT models with your own API key.',
    baseUrl: `${VENDOR_API_ORIGINS.openai}/v1`,
    keyOrigin: VENDOR_API_ORIGINS.openai,
    keyScheme: KeyScheme.Bearer,
    keyRequired: true,
    keyPlaceholder: 'sk-…',
    keyUrl: 'https://platform.openai.com/api-keys',
    leavesDevice: true,
  },
  openrouter: {
    id: ProviderId.OpenRouter,
    label: 'OpenRouter',
    blurb: 'Hundreds of models from many vendors with one key.',
    baseUrl: `${VENDOR_API_ORIGINS.openrouter}/api/v1`,
    keyOrigin: VENDOR_API_ORIGINS.openrouter,
    keyScheme: KeyScheme.Bearer,
    keyRequired: true,
    keyPlaceholder: 'sk-or-v1-…',
    keyUrl: 'https://openrouter.ai/keys',
    leavesDevice: true,
  },
  groq: {
    id: ProviderId.Groq,
    label: 'Groq',
    blurb: 'Fast open models with your own API key.',
    baseUrl: `${VENDOR_API_ORIGINS.groq}/openai/v1`,
    keyOrigin: VENDOR_API_ORIGINS.groq,
    keyScheme: KeyScheme.Bearer,
    keyRequired: true,
    keyPlaceholder: 'gsk_…',
    keyUrl: 'https://console.groq.com/keys',
    leavesDevice: true,
  },
  custom: {
    id: ProviderId.Custom,
    label: 'OpenAI-compatible endpoint',
    blurb: 'Any server that speaks the OpenAI chat API (vLLM, LM Studio, LiteLLM…).',
    keyScheme: KeyScheme.Bearer,
    keyRequired: false,
    keyPlaceholder: 'optional',
    leavesDevice: true,
  },
  anthropic: {
    id: ProviderId.Anthropic,
    label: 'Anthropic',
    blurb: 'Claude models with your own API key.',
    baseUrl: `${VENDOR_API_ORIGINS.anthropic}/v1`,
    keyOrigin: VENDOR_API_ORIGINS.anthropic,
    keyScheme: KeyScheme.XApiKey,
    keyRequired: true,
    keyPlaceholder: 'sk-ant-…',
    keyUrl: 'https://console.anthropic.com/settings/keys',
    leavesDevice: true,
  },
  gemini: {
    id: ProviderId.Gemini,
    label: 'Google Gemini',
    blurb: 'Gemini models with your own API key.',
    baseUrl: `${VENDOR_API_ORIGINS.gemini}/v1beta`,
    keyOrigin: VENDOR_API_ORIGINS.gemini,
    keyScheme: KeyScheme.GoogApiKey,
    keyRequired: true,
    keyPlaceholder: 'AIza…',
    keyUrl: 'https://aistudio.google.com/apikey',
    leavesDevice: true,
  },
  ollama: {
    id: ProviderId.Ollama,
    label: 'Ollama',
    blurb: 'Models running on your own computer. Nothing leaves it.',
    baseUrl: LOCAL_OLLAMA_ORIGINS[0],
    leavesDevice: false,
  },
  webllm: {
    id: ProviderId.WebLlm,
    label: 'In this browser (WebLLM)',
    blurb: 'Download a small model once; it runs on your graphics card, offline.',
    leavesDevice: false,
  },
  server: {
    id: ProviderId.Server,
    label: 'Career Copilot server',
    blurb:
      'Our models on our server, with a daily allowance by plan (Free includes a few requests a day); your text is used for the answer and not kept.',
    leavesDevice: true,
  },
};

export const DEFAULT_OLLAMA_HOST = LOCAL_OLLAMA_ORIGINS[0];

/**
 * Context windows for models whose vendor does not report one (OpenAI's and Anthropic's model lists
 * do not). First matching prefix wins; unknown models skip the check and rely on the vendor's error.
 */
const KNOWN_CONTEXT_WINDOWS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^gpt-4\.1/, 1_047_576],
  [/^gpt-5/, 400_000],
  [/^gpt-4o/, 128_000],
  [/^gpt-4-turbo/, 128_000],
  [/^gpt-4-32k/, 32_768],
  [/^gpt-4(-\d{4})?$/, 8_192],
  [/^gpt-3\.5-turbo/, 16_385],
  [/^o[134](-|$)/, 200_000],
  [/^chatgpt-4o/, 128_000],
  [/^claude-/, 200_000],
];

export function knownContextWindow(model: string): number | undefined {
  const id = model.includes('/') ? model.slice(model.lastIndexOf('/') + 1) : model;
  return KNOWN_CONTEXT_WINDOWS.find(([pattern]) => pattern.test(id))?.[1];
}
