// The CoverLetter model: one saved version of an application's letter, with the options it was written with.
import { z } from 'zod';
import { upgradeRecord, type RecordDefinition } from '../lib/versioned';

export const LetterTone = {
  Professional: 'professional',
  Warm: 'warm',
  Enthusiastic: 'enthusiastic',
} as const;
export type LetterTone = (typeof LetterTone)[keyof typeof LetterTone];
export const LETTER_TONES = Object.values(LetterTone) as [LetterTone, ...LetterTone[]];

export const LetterLength = { Short: 'short', Medium: 'medium', Long: 'long' } as const;
export type LetterLength = (typeof LetterLength)[keyof typeof LetterLength];
export const LETTER_LENGTHS = Object.values(LetterLength) as [LetterLength, ...LetterLength[]];

/** Roughly how many words each length asks for (the body, without greeting and sign-off). */
export const LENGTH_WORDS: Readonly<Record<LetterLength, { min: number; max: number }>> = {
  short: { min: 120, max: 180 },
  medium: { min: 200, max: 280 },
  long: { min: 300, max: 400 },
};

export const LetterOptionsSchema = z.object({
  tone: z.enum(LETTER_TONES),
  length: z.enum(LETTER_LENGTHS),
  /** Resume bullets to lead with, as printed in the resume (at most three). */
  leadAchievements: z.array(z.string().min(1).max(600)).max(3),
  /** True things about the person the resume does not say ("I can relocate to Berlin"); the letter may use them. */
  notes: z.string().max(2000).optional(),
});
export type LetterOptions = z.infer<typeof LetterOptionsSchema>;

export const DEFAULT_LETTER_OPTIONS: LetterOptions = {
  tone: LetterTone.Professional,
  length: LetterLength.Medium,
  leadAchievements: [],
};

/** How a version came to be. */
export const LetterSource = {
  /** Written by the user's model. */
  Model: 'model',
  /** Written without a model from the resume's and the job's facts. */
  Template: 'template',
  /** The user's own edit. */
  Edit: 'edit',
  /** An earlier version brought back. */
  Restore: 'restore',
} as const;
export type LetterSource = (typeof LetterSource)[keyof typeof LetterSource];

export const COVER_LETTER_RECORD_VERSION = 1;
/** A letter longer than this is not a letter; the editor refuses to save it. */
export const MAX_LETTER_CHARS = 20_000;

export const CoverLetterRecordSchema = z.object({
  id: z.string().min(1),
  schemaVersion: z.literal(COVER_LETTER_RECORD_VERSION),
  applicationId: z.string().min(1),
  jobId: z.string().min(1),
  resumeId: z.string().optional(),
  /** 1 for the first saved version of this application's letter, then 2, 3… */
  number: z.number().int().positive(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  source: z.enum(Object.values(LetterSource) as [LetterSource, ...LetterSource[]]),
  /** For a restore: the version it brought back. */
  restoredFrom: z.number().int().positive().optional(),
  options: LetterOptionsSchema,
  /** The provider and model that wrote it, for a model version. */
  model: z.string().max(200).optional(),
  text: z.string().max(MAX_LETTER_CHARS),
});
export type CoverLetterRecord = z.infer<typeof CoverLetterRecordSchema>;

export const coverLetterRecordDefinition: RecordDefinition<CoverLetterRecord> = {
  kind: 'cover letter',
  currentVersion: COVER_LETTER_RECORD_VERSION,
  schema: CoverLetterRecordSchema,
  migrations: {},
};

export function upgradeCoverLetterRecord(raw: unknown) {
  return upgradeRecord(coverLetterRecordDefinition, raw);
}

/** The next version of an application's letter, numbered after the ones already saved. */
export function nextLetterVersion(
  existing: readonly Pick<CoverLetterRecord, 'number'>[],
  input: Omit<CoverLetterRecord, 'number' | 'schemaVersion' | 'updatedAt'>,
): CoverLetterRecord {
  const number = existing.reduce((max, v) => Math.max(max, v.number), 0) + 1;
  return CoverLetterRecordSchema.parse({
    ...input,
    schemaVersion: COVER_LETTER_RECORD_VERSION,
    number,
    updatedAt: input.createdAt,
  });
}
