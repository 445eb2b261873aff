// The Job model: the JSON Resume job schema plus the original posting and what we derive from it.
import { z } from 'zod';
import { upgradeRecord, type RecordDefinition } from '../lib/versioned';
import { LocationSchema, SkillSchema } from '../resume/model';

export const RemoteMode = { Full: 'Full', Hybrid: 'Hybrid', None: 'None' } as const;
export type RemoteMode = (typeof RemoteMode)[keyof typeof RemoteMode];

export const Seniority = {
  Intern: 'intern',
  Entry: 'entry',
  Mid: 'mid',
  Senior: 'senior',
  Lead: 'lead',
  Principal: 'principal',
  Manager: 'manager',
  Director: 'director',
  Executive: 'executive',
} as const;
export type Seniority = (typeof Seniority)[keyof typeof Seniority];

/** A JSON Resume job document (https://jsonresume.org/job-description-schema); loose for round trips. */
export const JobSchema = z.looseObject({
  $schema: z.string().optional(),
  title: z.string().optional(),
  company: z.string().optional(),
  /** Employment type as printed: "Full-time", "Contract". */
  type: z.string().optional(),
  date: z.string().optional(),
  description: z.string().optional(),
  location: LocationSchema.optional(),
  /** JSON Resume uses "Full" | "Hybrid" | "None"; other spellings are kept as printed. */
  remote: z.string().optional(),
  salary: z.string().optional(),
  experience: z.string().optional(),
  responsibilities: z.array(z.string()).optional(),
  qualifications: z.array(z.string()).optional(),
  skills: z.array(SkillSchema).optional(),
  meta: z.looseObject({}).optional(),
});
export type Job = z.infer<typeof JobSchema>;

/** What structuring derived beyond JSON Resume's fields; refined by a model when one is set. */
export const JobDetailsSchema = z.object({
  seniority: z.enum(Object.values(Seniority) as [Seniority, ...Seniority[]]).optional(),
  requiredQualifications: z.array(z.string()).default([]),
  preferredQualifications: z.array(z.string()).default([]),
  /** One requirement per entry; alternatives are joined by " or " ("Vitest or Jest"). */
  requiredSkills: z.array(z.string()).default([]),
  preferredSkills: z.array(z.string()).default([]),
  /** Minimum years of experience asked for, when the posting says. */
  minYears: z.number().nonnegative().optional(),
  /** Lowest degree asked for (a DegreeLevel: "associate", "bachelor", "master", "doctorate"…). */
  degree: z.string().optional(),
  /** Fields the degree should be in ("Computer Science"), when the posting names them. */
  degreeFields: z.array(z.string()).optional(),
  /** Who structured it last: the deterministic extractor or a model. */
  structuredBy: z.enum(['rules', 'model', 'user']).default('rules'),
});
export type JobDetails = z.infer<typeof JobDetailsSchema>;

export const JOB_RECORD_VERSION = 1;

export const JobRecordSchema = z.object({
  id: z.string().min(1),
  schemaVersion: z.literal(JOB_RECORD_VERSION),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** The posting exactly as the user pasted or imported it; never rewritten. */
  sourceText: z.string(),
  sourceUrl: z.string().optional(),
  job: JobSchema,
  details: JobDetailsSchema,
});
export type JobRecord = z.infer<typeof JobRecordSchema>;

export const jobRecordDefinition: RecordDefinition<JobRecord> = {
  kind: 'job',
  currentVersion: JOB_RECORD_VERSION,
  schema: JobRecordSchema,
  migrations: {},
};

export function upgradeJobRecord(raw: unknown) {
  return upgradeRecord(jobRecordDefinition, raw);
}
