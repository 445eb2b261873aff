// Token usage records (one per provider per day), read-modify-written in one transaction; part of backups.
import type { ProviderId, Usage } from '@career-copilot/shared/ai/contract';
import {
  addUsage,
  upgradeUsageRecord,
  usageDay,
  usageRecordDefinition,
  usageRecordId,
  type UsageRecord,
} from '@career-copilot/shared/ai/usage';
import type { RecordDefinition } from '@career-copilot/shared/lib/versioned';
import { registerBackupStore } from './backup';
import { getDb } from './db';
import { createRepository } from './repository';

registerBackupStore('usage', usageRecordDefinition as RecordDefinition<unknown>);

const repository = createRepository<'usage', UsageRecord>('usage', usageRecordDefinition);

export const usageRepo = {
  list: repository.list,
  /** Adds one request's tokens to today's record for the provider. */
  async record(
    provider: ProviderId,
    usage: Pick<Usage, 'inputTokens' | 'outputTokens' | 'estimated'>,
    now = new Date(),
  ): Promise<UsageRecord> {
    const db = await getDb();
    const tx = db.transaction('usage', 'readwrite');
    const raw: unknown = await tx.store.get(usageRecordId(usageDay(now), provider));
    const current = raw === undefined ? undefined : upgradeUsageRecord(raw);
    const next = addUsage(current?.ok ? current.value : undefined, provider, usage, now);
    await tx.store.put(next);
    await tx.done;
    return next;
  },
};
