// Unsaved edits kept beside a resume when they could not be saved (a conflict, a failing disk).
import { z } from 'zod';
import { upgradeRecord, type RecordDefinition } from '../lib/versioned';
import { ResumeSchema } from './model';

export const RESUME_DRAFT_VERSION = 1;

export const ResumeDraftSchema = z.object({
  resumeId: z.string().min(1),
  /** The tab that wrote it: each tab keeps its own, so one tab's save never drops another's edits. */
  tabId: z.string().min(1),
  schemaVersion: z.literal(RESUME_DRAFT_VERSION),
  /** The saved revision these edits started from; a newer saved revision means a conflict. */
  baseRevision: z.number().int().nonnegative(),
  name: z.string(),
  resume: ResumeSchema,
  savedAt: z.iso.datetime(),
});
export type ResumeDraft = z.infer<typeof ResumeDraftSchema>;

export const resumeDraftDefinition: RecordDefinition<ResumeDraft> = {
  kind: 'unsaved resume draft',
  currentVersion: RESUME_DRAFT_VERSION,
  schema: ResumeDraftSchema,
  migrations: {},
};

export function upgradeResumeDraft(raw: unknown) {
  return upgradeRecord(resumeDraftDefinition, raw);
}
