// The Models settings' state: choices, keys, connection tests, model lists and usage; actions call llm/.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { PROVIDERS } from '@career-copilot/shared/ai/catalog';
import type { Availability, ModelInfo, ProviderId } from '@career-copilot/shared/ai/contract';
import {
  normaliseEndpoint,
  DEFAULT_MODEL_SETTINGS,
  type ModelSelection,
  type ModelSettings,
} from '@career-copilot/shared/ai/settings';
import type { ModelTier } from '@career-copilot/shared/ai/tasks';
import { summariseUsage, usageDay, type UsageTotals } from '@career-copilot/shared/ai/usage';
import { err, ok, type Result } from '@career-copilot/shared/lib/result';
import type { KeySummary } from '../../../llm/key-vault';
import { loadModelSettings, saveModelSettings } from '../../../llm/model-settings';
import {
  browserEnvironment,
  createProvider,
  type ProviderEnvironment,
} from '../../../llm/registry';
import { usageRepo } from '../../../storage/usage-repo';

export type ProviderCheck =
  { readonly state: 'checking' } | { readonly state: 'done'; readonly availability: Availability };

export type ModelList =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly models: readonly ModelInfo[] }
  | { readonly state: 'error'; readonly message: string };

type ModelsState = {
  readonly loaded: boolean;
  readonly settings: ModelSettings;
  readonly keys: readonly KeySummary[];
  readonly checks: Partial<Record<ProviderId, ProviderCheck>>;
  readonly lists: Partial<Record<ProviderId, ModelList>>;
  /** Token usage per provider over the last 30 days. */
  readonly usage: readonly UsageTotals[];
};

const initialState = (): ModelsState => ({
  loaded: false,
  settings: DEFAULT_MODEL_SETTINGS,
  keys: [],
  checks: {},
  lists: {},
  usage: [],
});

export const modelsStore = createStore<ModelsState>()(initialState);
export const useModels = <T>(select: (s: ModelsState) => T) => useStore(modelsStore, select);

let environment: ProviderEnvironment | undefined;

/** The browser's providers, or the ones a test put in place. */
export function modelsEnvironment(): ProviderEnvironment {
  environment ??= browserEnvironment();
  return environment;
}

/** Starts the area over (another database, another environment), as after a fresh page load. */
export function resetModelsArea(env?: ProviderEnvironment): void {
  environment = env;
  modelsStore.setState(initialState(), true);
}

const USAGE_WINDOW_DAYS = 30;

export async function refreshUsage(now = new Date()): Promise<void> {
  const { records } = await usageRepo.list();
  const since = usageDay(new Date(now.getTime() - (USAGE_WINDOW_DAYS - 1) * 86_400_000));
  modelsStore.setState({ usage: summariseUsage(records, since) });
}

export async function loadModelsArea(): Promise<void> {
  const [settings, keys] = await Promise.all([
    loadModelSettings(),
    modelsEnvironment().vault.list(),
  ]);
  modelsStore.setState({ loaded: true, settings, keys });
  await refreshUsage();
}

async function updateSettings(change: (current: ModelSettings) => ModelSettings): Promise<void> {
  const next = change(modelsStore.getState().settings);
  await saveModelSettings(next);
  modelsStore.setState({ settings: next });
}

function forget(provider: ProviderId): void {
  const { checks, lists } = modelsStore.getState();
  const { [provider]: _check, ...otherChecks } = checks;
  const { [provider]: _list, ...otherLists } = lists;
  modelsStore.setState({ checks: otherChecks, lists: otherLists });
}

export async function saveKey(
  provider: ProviderId,
  raw: string,
): Promise<Result<KeySummary, string>> {
  const env = modelsEnvironment();
  const endpoint =
    provider === 'custom'
      ? (modelsStore.getState().settings.customBaseUrl ?? undefined)
      : undefined;
  const saved = await env.vault.save(provider, raw, endpoint);
  if (saved.ok) {
    modelsStore.setState({ keys: await env.vault.list() });
    forget(provider);
  }
  return saved;
}

export async function removeKey(provider: ProviderId): Promise<void> {
  const env = modelsEnvironment();
  await env.vault.remove(provider);
  modelsStore.setState({ keys: await env.vault.list() });
  forget(provider);
}

/** Saves an address for Ollama or the custom endpoint; the answer says what is wrong with a bad one. */
export async function setEndpoint(
  provider: 'ollama' | 'custom',
  input: string,
): Promise<Result<string, string>> {
  const checked = normaliseEndpoint(input);
  if (!checked.ok) return checked;
  if (provider === 'ollama' && checked.value !== new URL(checked.value).origin) {
    return err('Give Ollama’s address without a path, like http://localhost:11434.');
  }
  await updateSettings((s) =>
    provider === 'ollama'
      ? { ...s, ollamaHost: checked.value }
      : { ...s, customBaseUrl: checked.value },
  );
  forget(provider);
  return ok(checked.value);
}

export async function testConnection(provider: ProviderId, model?: string): Promise<Availability> {
  modelsStore.setState((s) => ({ checks: { ...s.checks, [provider]: { state: 'checking' } } }));
  const instance = await createProvider(
    provider,
    modelsStore.getState().settings,
    modelsEnvironment(),
  );
  const availability = await instance.checkAvailability(model);
  modelsStore.setState((s) => ({
    checks: { ...s.checks, [provider]: { state: 'done', availability } },
  }));
  return availability;
}

export async function loadModelList(provider: ProviderId): Promise<void> {
  modelsStore.setState((s) => ({ lists: { ...s.lists, [provider]: { state: 'loading' } } }));
  const instance = await createProvider(
    provider,
    modelsStore.getState().settings,
    modelsEnvironment(),
  );
  const result = await instance.listModels();
  const list: ModelList = result.ok
    ? { state: 'ready', models: result.value }
    : { state: 'error', message: result.error.message };
  modelsStore.setState((s) => ({ lists: { ...s.lists, [provider]: list } }));
}

export async function setTierModel(
  tier: ModelTier,
  selection: ModelSelection | null,
): Promise<void> {
  await updateSettings((s) => ({ ...s, tiers: { ...s.tiers, [tier]: selection } }));
}

/** Providers that can be picked for a tier right now: configured ones first. */
export function providerChoices(keys: readonly KeySummary[]): ProviderId[] {
  const withKeys = new Set(keys.map((k) => k.provider));
  return (Object.keys(PROVIDERS) as ProviderId[]).sort((a, b) => {
    const ready = (id: ProviderId) => (!PROVIDERS[id].keyRequired || withKeys.has(id) ? 0 : 1);
    return ready(a) - ready(b);
  });
}
