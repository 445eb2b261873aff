// Token usage per provider per day, kept on the device (the `usage` store) and included in backups.
import { z } from 'zod';
import { upgradeRecord, type RecordDefinition } from '../lib/versioned';
import { ALL_PROVIDER_IDS, type ProviderId, type Usage } from './contract';

export const USAGE_RECORD_VERSION = 1;

export const UsageRecordSchema = z.object({
  /** `${day}:${provider}` — one record per provider per day. */
  id: z.string().min(1),
  schemaVersion: z.literal(USAGE_RECORD_VERSION),
  day: z.iso.date(),
  provider: z.enum(ALL_PROVIDER_IDS as [ProviderId, ...ProviderId[]]),
  requests: z.number().int().nonnegative(),
  inputTokens: z.number().int().nonnegative(),
  outputTokens: z.number().int().nonnegative(),
  /** Requests whose counts are our estimate because the provider reported none. */
  estimatedRequests: z.number().int().nonnegative(),
  updatedAt: z.iso.datetime(),
});
export type UsageRecord = z.infer<typeof UsageRecordSchema>;

export const usageRecordDefinition: RecordDefinition<UsageRecord> = {
  kind: 'usage record',
  currentVersion: USAGE_RECORD_VERSION,
  schema: UsageRecordSchema,
  migrations: {},
};

export function upgradeUsageRecord(raw: unknown) {
  return upgradeRecord(usageRecordDefinition, raw);
}

export function usageDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function usageRecordId(day: string, provider: ProviderId): string {
  return `${day}:${provider}`;
}

/** Adds one request's usage to the day's record (or starts it). */
export function addUsage(
  current: UsageRecord | undefined,
  provider: ProviderId,
  usage: Pick<Usage, 'inputTokens' | 'outputTokens' | 'estimated'>,
  now: Date,
): UsageRecord {
  const day = usageDay(now);
  const base: UsageRecord = current ?? {
    id: usageRecordId(day, provider),
    schemaVersion: USAGE_RECORD_VERSION,
    day,
    provider,
    requests: 0,
    inputTokens: 0,
    outputTokens: 0,
    estimatedRequests: 0,
    updatedAt: now.toISOString(),
  };
  return {
    ...base,
    requests: base.requests + 1,
    inputTokens: base.inputTokens + Math.max(0, Math.round(usage.inputTokens)),
    outputTokens: base.outputTokens + Math.max(0, Math.round(usage.outputTokens)),
    estimatedRequests: base.estimatedRequests + (usage.estimated ? 1 : 0),
    updatedAt: now.toISOString(),
  };
}

export type UsageTotals = {
  readonly provider: ProviderId;
  readonly requests: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly estimatedRequests: number;
};

/** Totals per provider from `sinceDay` on, busiest first. */
export function summariseUsage(records: readonly UsageRecord[], sinceDay: string): UsageTotals[] {
  const totals = new Map<ProviderId, UsageTotals>();
  for (const r of records) {
    if (r.day < sinceDay) continue;
    const t = totals.get(r.provider) ?? {
      provider: r.provider,
      requests: 0,
      inputTokens: 0,
      outputTokens: 0,
      estimatedRequests: 0,
    };
    totals.set(r.provider, {
      provider: r.provider,
      requests: t.requests + r.requests,
      inputTokens: t.inputTokens + r.inputTokens,
      outputTokens: t.outputTokens + r.outputTokens,
      estimatedRequests: t.estimatedRequests + r.estimatedRequests,
    });
  }
  return [...totals.values()].sort(
    (a, b) => b.inputTokens + b.outputTokens - (a.inputTokens + a.outputTokens),
  );
}
