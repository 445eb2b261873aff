// A repository per record kind: reads are validated and upgraded, damaged records are reported, not fatal.
import type { RecordDefinition } from '@career-copilot/shared/lib/versioned';
import { upgradeRecord } from '@career-copilot/shared/lib/versioned';
import { getDb, type CopilotSchema, type StoreName } from './db';

type IdStore = Exclude<StoreName, 'settings' | 'secrets'>;

export type ListResult<T> = {
  readonly records: T[];
  /** Records that could not be read (damaged or from a newer app); kept in the database untouched. */
  readonly problems: ReadonlyArray<{ id: string; message: string }>;
};

export type Repository<T extends { id: string }> = {
  readonly list: () => Promise<ListResult<T>>;
  readonly get: (id: string) => Promise<T | undefined>;
  readonly put: (record: T) => Promise<void>;
  readonly remove: (id: string) => Promise<void>;
};

export function createRepository<
  S extends IdStore,
  T extends CopilotSchema[S]['value'] & { id: string },
>(store: S, definition: RecordDefinition<T>): Repository<T> {
  return {
    async list() {
      const db = await getDb();
      const raw = (await db.getAll(store)) as unknown[];
      const records: T[] = [];
      const problems: Array<{ id: string; message: string }> = [];
      for (const item of raw) {
        const result = upgradeRecord(definition, item);
        if (result.ok) records.push(result.value);
        else
          problems.push({
            id: String((item as { id?: unknown }).id ?? '?'),
            message: result.error.message,
          });
      }
      return { records, problems };
    },
    async get(id) {
      const db = await getDb();
      const raw: unknown = await db.get(store, id);
      if (raw === undefined) return undefined;
      const result = upgradeRecord(definition, raw);
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    },
    async put(record) {
      const checked = definition.schema.parse(record);
      const db = await getDb();
      await db.put(store, checked as CopilotSchema[S]['value']);
    },
    async remove(id) {
      const db = await getDb();
      await db.delete(store, id);
    },
  };
}
