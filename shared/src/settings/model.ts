// Local preferences: one small record per key, versioned like every other stored record.
import { z } from 'zod';
import { upgradeRecord, type RecordDefinition } from '../lib/versioned';

export const SETTING_RECORD_VERSION = 1;

export const SettingRecordSchema = z.object({
  key: z.string().min(1),
  schemaVersion: z.literal(SETTING_RECORD_VERSION),
  value: z.json(),
  updatedAt: z.iso.datetime(),
});
export type SettingRecord = z.infer<typeof SettingRecordSchema>;

export const settingRecordDefinition: RecordDefinition<SettingRecord> = {
  kind: 'setting',
  currentVersion: SETTING_RECORD_VERSION,
  schema: SettingRecordSchema,
  migrations: {},
};

export function upgradeSettingRecord(raw: unknown) {
  return upgradeRecord(settingRecordDefinition, raw);
}
