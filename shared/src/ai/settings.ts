// The user's model choices, stored as one setting: which provider and model each tier uses, and addresses.
import { z } from 'zod';
import { err, ok, type Result } from '../lib/result';
import { DEFAULT_OLLAMA_HOST } from './catalog';
import { ALL_PROVIDER_IDS, type ProviderId } from './contract';
import type { ModelTier } from './tasks';

export const MODEL_SETTINGS_KEY = 'ai.models';

export const ModelSelectionSchema = z.object({
  provider: z.enum(ALL_PROVIDER_IDS as [ProviderId, ...ProviderId[]]),
  model: z.string().min(1).max(200),
});
export type ModelSelection = z.infer<typeof ModelSelectionSchema>;

export const ModelSettingsSchema = z.object({
  version: z.literal(1),
  tiers: z.object({ fast: ModelSelectionSchema.nullable(), good: ModelSelectionSchema.nullable() }),
  /** Where Ollama listens; another host also has to be allowed by the server's CSP_CONNECT_EXTRA. */
  ollamaHost: z.string(),
  /** Base URL of the user's OpenAI-compatible endpoint, up to the version ("http://127.0.0.1:8000/v1"). */
  customBaseUrl: z.string().nullable(),
});
export type ModelSettings = z.infer<typeof ModelSettingsSchema>;

export const DEFAULT_MODEL_SETTINGS: ModelSettings = {
  version: 1,
  tiers: { fast: null, good: null },
  ollamaHost: DEFAULT_OLLAMA_HOST,
  customBaseUrl: null,
};

/** Stored settings, or the defaults when there are none or they are damaged. */
export function parseModelSettings(value: unknown): ModelSettings {
  const parsed = ModelSettingsSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_MODEL_SETTINGS;
}

/** The model a tier runs on; the good tier falls back to the fast one and back, so one choice is enough. */
export function selectionForTier(settings: ModelSettings, tier: ModelTier): ModelSelection | null {
  return tier === 'good'
    ? (settings.tiers.good ?? settings.tiers.fast)
    : (settings.tiers.fast ?? settings.tiers.good);
}

/**
 * Checks an endpoint address a person typed: http(s), no credentials, query or fragment. Returns it
 * without a trailing slash. `http:` is allowed (a server on the local network) but says so.
 */
export function normaliseEndpoint(input: string): Result<string, string> {
  const trimmed = input.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return err('Enter a full address starting with https:// or http://.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return err('The address must start with https:// or http://.');
  if (url.username || url.password)
    return err(
      'Leave the user name and password out of the address; put the key in the key field.',
    );
  if (url.search || url.hash)
    return err('The address must not have a query (?…) or a fragment (#…).');
  return ok(`${url.origin}${url.pathname.replace(/\/+$/, '')}`);
}
