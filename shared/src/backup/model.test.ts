import { describe, expect, it } from 'vitest';
import { createApplication, applicationRecordDefinition } from '../application/model';
import type { RecordDefinition } from '../lib/versioned';
import { z } from 'zod';
import { BACKUP_FORMAT, createBackup, readBackup } from './model';

const NoteSchema = z.object({ id: z.string(), schemaVersion: z.literal(2), text: z.string() });
const noteDefinition: RecordDefinition<z.infer<typeof NoteSchema>> = {
  kind: 'note',
  currentVersion: 2,
  schema: NoteSchema,
  // Version 1 called the field `body`.
  migrations: { 1: ({ body, ...rest }) => ({ ...rest, text: body }) },
};
const definitions = {
  applications: applicationRecordDefinition,
  notes: noteDefinition,
} as Record<string, RecordDefinition<unknown>>;

const application = createApplication({ id: 'a1', jobId: 'j1', now: '2026-03-01T09:00:00.000Z' });

function backupText(stores: Record<string, unknown[]>): string {
  return JSON.stringify(
    createBackup({ appVersion: '0.1.0', exportedAt: '2026-03-05T00:00:00.000Z', stores }),
  );
}

describe('backup file', () => {
  it('round-trips every store and upgrades old records on the way in', () => {
    const text = backupText({
      applications: [application],
      notes: [{ id: 'n1', schemaVersion: 1, body: 'hello' }],
    });
    const result = readBackup(text, definitions);
    expect(result).toEqual({
      ok: true,
      value: {
        exportedAt: '2026-03-05T00:00:00.000Z',
        stores: {
          applications: [application],
          notes: [{ id: 'n1', schemaVersion: 2, text: 'hello' }],
        },
        skippedStores: [],
      },
    });
  });

  it('names the store and record that is damaged, and imports nothing', () => {
    const text = backupText({ applications: [application, { ...application, status: 'lost' }] });
    const result = readBackup(text, definitions);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_record');
      expect(result.error.message).toMatch(/^Record 2 in "applications" is damaged: .*status/);
    }
  });

  it('tells a non-backup from a damaged backup from a newer one', () => {
    expect(readBackup('%PDF-1.7', definitions)).toMatchObject({
      ok: false,
      error: { code: 'not_json' },
    });
    expect(readBackup('{"hello":1}', definitions)).toMatchObject({
      ok: false,
      error: { code: 'not_a_backup' },
    });
    const newer = JSON.stringify({
      format: BACKUP_FORMAT,
      formatVersion: 99,
      exportedAt: '2026-03-05T00:00:00.000Z',
      appVersion: '9.0.0',
      stores: {},
    });
    expect(readBackup(newer, definitions)).toMatchObject({
      ok: false,
      error: { code: 'future_format' },
    });
  });

  it('skips stores this version does not know and says so', () => {
    const result = readBackup(backupText({ applications: [], holograms: [{}] }), definitions);
    expect(result).toMatchObject({ ok: true, value: { skippedStores: ['holograms'] } });
  });
});
