// The shape of a resume check: what applicant tracking systems and recruiters trip over, with a fix.

export const CheckId = {
  Contact: 'contact',
  Sections: 'sections',
  Headings: 'headings',
  Dates: 'dates',
  Gaps: 'gaps',
  BulletLength: 'bullet-length',
  Quantified: 'quantified',
  ActionVerbs: 'action-verbs',
  Pronouns: 'pronouns',
  Length: 'length',
} as const;
export type CheckId = (typeof CheckId)[keyof typeof CheckId];

/** From fine to worst; the UI orders checks by it, worst first. */
export const CheckSeverity = {
  Pass: 'pass',
  Info: 'info',
  Warning: 'warning',
  Problem: 'problem',
} as const;
export type CheckSeverity = (typeof CheckSeverity)[keyof typeof CheckSeverity];

export const SEVERITY_RANK: Readonly<Record<CheckSeverity, number>> = {
  pass: 0,
  info: 1,
  warning: 2,
  problem: 3,
};

/** One place a check points at: "Experience · Accountant, Harrison · bullet 2". */
export type CheckFinding = {
  readonly where: string;
  readonly text: string;
  readonly note?: string;
};

export type ResumeCheck = {
  readonly id: CheckId;
  readonly label: string;
  readonly severity: CheckSeverity;
  /** What was found, with its numbers. */
  readonly message: string;
  /** What to do about it; absent when the check passed. */
  readonly fix?: string;
  readonly findings: readonly CheckFinding[];
};

export function worstSeverity(severities: readonly CheckSeverity[]): CheckSeverity {
  return severities.reduce<CheckSeverity>(
    (worst, s) => (SEVERITY_RANK[s] > SEVERITY_RANK[worst] ? s : worst),
    CheckSeverity.Pass,
  );
}
