// The secrets store: encrypted API keys and the key that encrypts them. Never exported, never backed up.
import { getDb } from './db';

export type SecretRecord = { id: string } & Record<string, unknown>;

export const secretsRepo = {
  async get(id: string): Promise<SecretRecord | undefined> {
    const db = await getDb();
    return db.get('secrets', id);
  },
  async put(record: SecretRecord): Promise<void> {
    const db = await getDb();
    await db.put('secrets', record);
  },
  async remove(id: string): Promise<void> {
    const db = await getDb();
    await db.delete('secrets', id);
  },
  async list(): Promise<SecretRecord[]> {
    const db = await getDb();
    return db.getAll('secrets');
  },
  /** Stores `record` unless one with its id exists; returns whichever is stored (two tabs, one winner). */
  async putIfAbsent(record: SecretRecord): Promise<SecretRecord> {
    const db = await getDb();
    const tx = db.transaction('secrets', 'readwrite');
    const existing = await tx.store.get(record.id);
    if (!existing) await tx.store.put(record);
    await tx.done;
    return existing ?? record;
  },
};
