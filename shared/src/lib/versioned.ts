// Versioned persisted records: upgrade old shapes step by step, then validate the current one.
import type { z } from 'zod';
import { err, ok, type Result } from './result';

/** Upgrades a record from version N to N+1; receives and returns plain JSON. */
export type RecordMigration = (record: Record<string, unknown>) => Record<string, unknown>;

export type RecordProblem = {
  readonly code: 'invalid_record' | 'unknown_version' | 'future_version';
  readonly message: string;
};

export type RecordDefinition<T> = {
  /** What the record is, for messages ("resume", "job"). */
  readonly kind: string;
  readonly currentVersion: number;
  readonly schema: z.ZodType<T>;
  /** `migrations[n]` turns version n into version n + 1. */
  readonly migrations: Readonly<Record<number, RecordMigration>>;
};

/** Describes the first problem zod found, naming the field by its path ("work[2].startDate"). */
export function describeZodIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'is not valid';
  const path = issue.path.reduce<string>((acc, part) => {
    if (typeof part === 'number') return `${acc}[${part}]`;
    return acc === '' ? String(part) : `${acc}.${String(part)}`;
  }, '');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

/** Brings any stored version of a record up to the current one and validates it. */
export function upgradeRecord<T>(
  definition: RecordDefinition<T>,
  raw: unknown,
): Result<T, RecordProblem> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return err({ code: 'invalid_record', message: `The ${definition.kind} is not an object.` });
  }
  let record = raw as Record<string, unknown>;
  let version = typeof record.schemaVersion === 'number' ? record.schemaVersion : 1;
  if (version > definition.currentVersion) {
    return err({
      code: 'future_version',
      message: `This ${definition.kind} was saved by a newer version of Career Copilot (format ${version}); update the app to open it.`,
    });
  }
  while (version < definition.currentVersion) {
    const migrate = definition.migrations[version];
    if (!migrate) {
      return err({
        code: 'unknown_version',
        message: `No upgrade path for ${definition.kind} format ${version}.`,
      });
    }
    record = { ...migrate(record), schemaVersion: version + 1 };
    version += 1;
  }
  const parsed = definition.schema.safeParse({ ...record, schemaVersion: version });
  if (!parsed.success) {
    return err({
      code: 'invalid_record',
      message: `The ${definition.kind} is not valid: ${describeZodIssue(parsed.error)}.`,
    });
  }
  return ok(parsed.data);
}
