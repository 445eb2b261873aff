// Degree levels: read from a posting's wording ("BS/MS in Computer Science") or a resume's studyType.

export const DegreeLevel = {
  HighSchool: 'high-school',
  Associate: 'associate',
  Bachelor: 'bachelor',
  Master: 'master',
  Doctorate: 'doctorate',
} as const;
export type DegreeLevel = (typeof DegreeLevel)[keyof typeof DegreeLevel];

export const DEGREE_RANK: Readonly<Record<DegreeLevel, number>> = {
  'high-school': 0,
  associate: 1,
  bachelor: 2,
  master: 3,
  doctorate: 4,
};

export const DEGREE_LABELS: Readonly<Record<DegreeLevel, string>> = {
  'high-school': 'High school diploma',
  associate: 'Associate degree',
  bachelor: 'Bachelor’s degree',
  master: 'Master’s degree',
  doctorate: 'Doctorate (PhD)',
};

export function isDegreeLevel(value: string | undefined): value is DegreeLevel {
  return value !== undefined && value in DEGREE_RANK;
}

/** Unambiguous words for each level; abbreviations that are also other words come below. */
const LEVEL_WORDS: ReadonlyArray<readonly [DegreeLevel, RegExp]> = [
  [DegreeLevel.Doctorate, /\b(?:ph\.?\s?d\b\.?|doctorate|doctoral|doctor of|d\.?phil|ed\.?d\b)/i],
  [
    DegreeLevel.Master,
    /\b(?:master'?s|masters|master of|m\.?b\.?a\b|m\.?sc\b|m\.?eng\b|m\.?tech\b|m\.?phil\b|graduate degree|postgraduate|post-graduate|mfa\b|mph\b|msw\b|llm\b)/i,
  ],
  [
    DegreeLevel.Bachelor,
    /\b(?:bachelor'?s?|bachelors|b\.?sc\b|b\.?eng\b|b\.?tech\b|b\.?b\.?a\b|b\.?f\.?a\b|b\.?com\b|undergraduate degree|four[- ]year degree|4[- ]year degree|college degree|university degree|baccalaureate|a\.?b\.? degree)/i,
  ],
  [
    DegreeLevel.Associate,
    /\b(?:associate'?s? degree|associate of|associate degree|two[- ]year degree|2[- ]year degree|a\.?a\.?s\b)/i,
  ],
  [
    DegreeLevel.HighSchool,
    /\b(?:high school|secondary school|ged\b|hs diploma|class 12|a-levels?)\b/i,
  ],
];

/** Short forms that count only beside "degree", a field ("in Economics") or another degree. */
const ABBREVIATIONS: ReadonlyArray<readonly [DegreeLevel, RegExp]> = [
  [DegreeLevel.Master, /(?<![\p{L}])(?:M\.S\.?|MS|M\.A\.?|MA|MSc)(?![\p{L}])/u],
  [DegreeLevel.Bachelor, /(?<![\p{L}])(?:B\.S\.?|BS|B\.A\.?|BA|B\.E\.?|BE|BSc|AB)(?![\p{L}])/u],
  [DegreeLevel.Associate, /(?<![\p{L}])(?:A\.A\.?|AA|A\.S\.?|AS)(?![\p{L}])/u],
];

const DEGREE_CONTEXT =
  /\bdegree\b|(?:^|\s)(?:BS|MS|BA|MA|B\.S\.|M\.S\.)\s*\/|\/\s*(?:BS|MS|BA|MA|PhD)\b|\b(?:BS|MS|BA|MA|B\.S\.|M\.S\.|B\.A\.|M\.A\.)\s+(?:in|of)\s+\p{Lu}/u;

/** Every degree level a clause of a posting mentions, lowest first. */
export function degreeLevelsIn(raw: string): DegreeLevel[] {
  const text = raw.replace(/[’‘]/g, "'");
  const found = new Set<DegreeLevel>();
  for (const [level, re] of LEVEL_WORDS) if (re.test(text)) found.add(level);
  if (DEGREE_CONTEXT.test(text)) {
    for (const [level, re] of ABBREVIATIONS) if (re.test(text)) found.add(level);
  }
  // "Degree in Computer Science" with no level named means a bachelor's in practice.
  if (found.size === 0 && /\bdegree\b/i.test(text) && !/\bdegree of\b/i.test(text)) {
    found.add(DegreeLevel.Bachelor);
  }
  return [...found].sort((a, b) => DEGREE_RANK[a] - DEGREE_RANK[b]);
}

/** The level of one resume education entry, from its studyType ("B.S.", "Master of Science"). */
export function degreeLevelOf(studyType: string | undefined): DegreeLevel | undefined {
  const text = (studyType ?? '').replace(/[’‘]/g, "'").trim();
  if (text === '') return undefined;
  for (const [level, re] of LEVEL_WORDS) if (re.test(text)) return level;
  const compact = text.replace(/\s+/g, '');
  if (/^(?:M\.?S\.?c?|M\.?A\.?|M\.?Eng\.?|MBA|M\.?Ed\.?|MFA)$/i.test(compact))
    return DegreeLevel.Master;
  if (
    /^(?:B\.?S\.?c?|B\.?A\.?|B\.?E\.?|B\.?Eng\.?|B\.?Tech|BBA|B\.?F\.?A\.?|B\.?Com|A\.?B\.?)$/i.test(
      compact,
    )
  ) {
    return DegreeLevel.Bachelor;
  }
  if (/^(?:A\.?A\.?S?|A\.?S\.?)$/i.test(compact)) return DegreeLevel.Associate;
  if (/^(?:PhD|Ph\.D\.?|DPhil|MD|JD|EdD)$/i.test(compact)) return DegreeLevel.Doctorate;
  return undefined;
}

/** The fields named after "degree in" ("Computer Science", "Engineering"), without "related field". */
export function degreeFieldsIn(raw: string): string[] {
  const text = raw.replace(/[’‘]/g, "'");
  const m = text.match(
    /(?:[Dd]egree|[Bb]achelor'?s?|[Mm]aster'?s?|\bBS\b|\bMS\b|\bBA\b|\bMA\b|B\.S\.|M\.S\.|Ph\.?D\.?)\s*(?:degree\s*)?(?:in|of)\s+(?!a\b|the\b|an\b|science\b(?!\s))([\p{Lu}][^.;()]*)/u,
  );
  if (!m?.[1]) return [];
  return m[1]
    .split(/,\s*|\s+or\s+|\s+and\s+|\s*\/\s*/)
    .map((s) => s.trim().replace(/^(?:a|an)\s+/i, ''))
    .filter(
      (s) =>
        s !== '' &&
        !/\b(?:related|similar|equivalent|relevant|technical)\b/i.test(s) &&
        /^\p{Lu}/u.test(s),
    )
    .filter((s) => s.split(/\s+/).length <= 4);
}
