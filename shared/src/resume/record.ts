// The stored resume: a Resume plus the library's bookkeeping, versioned with its migrations.
import { z } from 'zod';
import { upgradeRecord, type RecordDefinition } from '../lib/versioned';
import { ResumeSchema } from './model';

export const RESUME_RECORD_VERSION = 1;

export const ResumeRecordSchema = z.object({
  id: z.string().min(1),
  schemaVersion: z.literal(RESUME_RECORD_VERSION),
  /** The name in the library ("Backend — tailored for Acme"), not the person's name. */
  name: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Bumped on every save; a save that starts from an older revision is a conflict, not a clobber. */
  revision: z.number().int().nonnegative(),
  /** Set on a tailored copy: the resume it was made from. */
  baseResumeId: z.string().optional(),
  /** Set on a tailored copy: the job it was tailored for. */
  jobId: z.string().optional(),
  resume: ResumeSchema,
});
export type ResumeRecord = z.infer<typeof ResumeRecordSchema>;

export const resumeRecordDefinition: RecordDefinition<ResumeRecord> = {
  kind: 'resume',
  currentVersion: RESUME_RECORD_VERSION,
  schema: ResumeRecordSchema,
  migrations: {},
};

export function upgradeResumeRecord(raw: unknown) {
  return upgradeRecord(resumeRecordDefinition, raw);
}
