// The jobs the app gives a model, and which kind of model each one runs on (fast or good).

export const ModelTier = {
  /** Quick, cheap, fine for extraction and short answers. */
  Fast: 'fast',
  /** The best model the user has, for writing and judgement. */
  Good: 'good',
} as const;
export type ModelTier = (typeof ModelTier)[keyof typeof ModelTier];

export const TaskKind = {
  StructureJob: 'structureJob',
  Critique: 'critique',
  Tailor: 'tailor',
  CoverLetter: 'coverLetter',
  InterviewPrep: 'interviewPrep',
  /** The "try it" panel in Settings. */
  TryIt: 'tryIt',
} as const;
export type TaskKind = (typeof TaskKind)[keyof typeof TaskKind];

export type TaskProfile = {
  readonly label: string;
  readonly tier: ModelTier;
  readonly temperature: number;
  /** Enough room for the longest useful answer; the context check reserves it. */
  readonly maxOutputTokens: number;
};

export const TASKS: Readonly<Record<TaskKind, TaskProfile>> = {
  structureJob: {
    label: 'Reading job postings',
    tier: ModelTier.Fast,
    temperature: 0,
    maxOutputTokens: 2048,
  },
  critique: {
    label: 'Resume critique',
    tier: ModelTier.Good,
    temperature: 0.2,
    maxOutputTokens: 3072,
  },
  tailor: {
    label: 'Tailoring a resume',
    tier: ModelTier.Good,
    temperature: 0.3,
    maxOutputTokens: 4096,
  },
  coverLetter: {
    label: 'Cover letters',
    tier: ModelTier.Good,
    temperature: 0.7,
    maxOutputTokens: 1536,
  },
  interviewPrep: {
    label: 'Interview preparation',
    tier: ModelTier.Good,
    temperature: 0.5,
    maxOutputTokens: 3072,
  },
  tryIt: { label: 'Trying a model', tier: ModelTier.Fast, temperature: 0.7, maxOutputTokens: 512 },
};

export function tasksOnTier(tier: ModelTier): TaskKind[] {
  return (Object.keys(TASKS) as TaskKind[]).filter(
    (task) => TASKS[task].tier === tier && task !== 'tryIt',
  );
}
