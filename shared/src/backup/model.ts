// The backup file: every local store in one JSON document, validated whole before anything is written.
import { z } from 'zod';
import { err, ok, type Result } from '../lib/result';
import { upgradeRecord, type RecordDefinition } from '../lib/versioned';

export const BACKUP_FORMAT = 'career-copilot-backup';
export const BACKUP_FORMAT_VERSION = 1;

export const BackupEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  exportedAt: z.iso.datetime(),
  appVersion: z.string(),
  stores: z.record(z.string(), z.array(z.unknown())),
});
export type BackupEnvelope = z.infer<typeof BackupEnvelopeSchema>;

export type BackupProblem = {
  readonly code: 'not_json' | 'not_a_backup' | 'future_format' | 'invalid_record';
  readonly message: string;
};

export type ValidatedBackup = {
  readonly exportedAt: string;
  readonly stores: Readonly<Record<string, readonly unknown[]>>;
  /** Stores in the file this version does not know; they are not imported. */
  readonly skippedStores: readonly string[];
};

export function createBackup(input: {
  appVersion: string;
  exportedAt: string;
  stores: Record<string, readonly unknown[]>;
}): BackupEnvelope {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: input.exportedAt,
    appVersion: input.appVersion,
    stores: Object.fromEntries(Object.entries(input.stores).map(([k, v]) => [k, [...v]])),
  };
}

/**
 * Reads a backup file's text and validates (and upgrades) every record against the store's
 * definition. All or nothing: one bad record rejects the file, naming the store and position.
 */
export function readBackup(
  text: string,
  definitions: Readonly<Record<string, RecordDefinition<unknown>>>,
): Result<ValidatedBackup, BackupProblem> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return err({
      code: 'not_json',
      message: 'This file is not a Career Copilot backup (it is not JSON).',
    });
  }
  const envelope = BackupEnvelopeSchema.safeParse(raw);
  if (!envelope.success) {
    return err({
      code: 'not_a_backup',
      message: 'This file is not a Career Copilot backup (its header is missing or damaged).',
    });
  }
  if (envelope.data.formatVersion > BACKUP_FORMAT_VERSION) {
    return err({
      code: 'future_format',
      message:
        'This backup was made by a newer version of Career Copilot; update the app to import it.',
    });
  }
  const stores: Record<string, unknown[]> = {};
  const skippedStores: string[] = [];
  for (const [store, records] of Object.entries(envelope.data.stores)) {
    const definition = definitions[store];
    if (!definition) {
      skippedStores.push(store);
      continue;
    }
    const upgraded: unknown[] = [];
    for (const [index, record] of records.entries()) {
      const result = upgradeRecord(definition, record);
      if (!result.ok) {
        return err({
          code: 'invalid_record',
          message: `Record ${index + 1} in "${store}" is damaged: ${result.error.message}`,
        });
      }
      upgraded.push(result.value);
    }
    stores[store] = upgraded;
  }
  return ok({ exportedAt: envelope.data.exportedAt, stores, skippedStores });
}
