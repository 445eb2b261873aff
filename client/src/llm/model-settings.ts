// Reading and writing the user's model choices (one setting record), validated on the way in and out.
import {
  MODEL_SETTINGS_KEY,
  ModelSettingsSchema,
  parseModelSettings,
  type ModelSettings,
} from '@career-copilot/shared/ai/settings';
import { settingsRepo } from '../storage/repositories';

export async function loadModelSettings(): Promise<ModelSettings> {
  return (
    (await settingsRepo.get(MODEL_SETTINGS_KEY, parseModelSettings)) ??
    parseModelSettings(undefined)
  );
}

export async function saveModelSettings(settings: ModelSettings): Promise<void> {
  await settingsRepo.set(MODEL_SETTINGS_KEY, ModelSettingsSchema.parse(settings));
}
