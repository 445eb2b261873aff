// The shape of a skills-vocabulary entry and the small helper the data files are written with.

export const SkillCategory = {
  Language: 'language',
  Web: 'web',
  Backend: 'backend',
  Mobile: 'mobile',
  Database: 'database',
  Data: 'data',
  MachineLearning: 'machine-learning',
  Cloud: 'cloud',
  DevOps: 'devops',
  Testing: 'testing',
  Security: 'security',
  Tools: 'tools',
  ItSupport: 'it-support',
  Methodology: 'methodology',
  Accounting: 'accounting',
  Finance: 'finance',
  Office: 'office',
  HumanResources: 'human-resources',
  Legal: 'legal',
  Product: 'product',
  Project: 'project',
  Marketing: 'marketing',
  Sales: 'sales',
  CustomerService: 'customer-service',
  Healthcare: 'healthcare',
  Design: 'design',
  Operations: 'operations',
  Education: 'education',
  Soft: 'soft',
  Certification: 'certification',
} as const;
export type SkillCategory = (typeof SkillCategory)[keyof typeof SkillCategory];

/** Conditions on the words around a match, for terms that are also ordinary words or letters. */
export type TermGuard = {
  /** The match does not count when the next word is one of these (lower case): "Go to market". */
  readonly notFollowedBy?: readonly string[];
  /** The match does not count when the previous word is one of these: "Series C". */
  readonly notPrecededBy?: readonly string[];
  /**
   * The match does not count when a hyphen, a period followed by a letter, or an ampersand touches
   * it: "C-suite", "R.", "J. R. R.".
   */
  readonly standalone?: boolean;
};

export type SkillTerm = {
  /** Stable id, kebab-case; stored nowhere yet, but tests and callers refer to terms by it. */
  readonly id: string;
  /** How the term is shown. Also matched, case-insensitively, unless it is listed in `exact`. */
  readonly label: string;
  readonly category: SkillCategory;
  /** Other spellings, abbreviations and synonyms; matched case-insensitively, lightly stemmed. */
  readonly aliases: readonly string[];
  /**
   * Spellings that count only as written: a word in them with a capital letter must match in that
   * case ("Go", "R", "IT support"); lower-case words in them match in any case.
   */
  readonly exact: readonly string[];
  /** Broader terms a match of this one also gives: Java EE gives Java, k8s is Kubernetes. */
  readonly implies: readonly string[];
  readonly guard?: TermGuard;
};

export type TermOptions = {
  readonly exact?: readonly string[];
  readonly implies?: readonly string[];
  readonly guard?: TermGuard;
};

/** One row of a data file: id, label, aliases, and options for the rare term that needs them. */
export type TermRow = readonly [
  id: string,
  label: string,
  aliases?: readonly string[],
  options?: TermOptions,
];

/** Turns the rows of one category into vocabulary entries. */
export function defineTerms(category: SkillCategory, rows: readonly TermRow[]): SkillTerm[] {
  return rows.map(([id, label, aliases = [], options = {}]) => ({
    id,
    label,
    category,
    aliases,
    exact: options.exact ?? [],
    implies: options.implies ?? [],
    ...(options.guard ? { guard: options.guard } : {}),
  }));
}

/** Words after which a capitalised single letter is a grade, a series or a vitamin, not a language. */
export const LETTER_NOT_PRECEDED_BY = [
  'series',
  'vitamin',
  'grade',
  'class',
  'type',
  'level',
  'plan',
  'part',
  'section',
  'appendix',
  'option',
  'tier',
  'schedule',
  'form',
  'hepatitis',
  'category',
  'model',
  'phase',
  'team',
  'building',
  'suite',
  'unit',
  'block',
  'exhibit',
  'figure',
  'table',
];
