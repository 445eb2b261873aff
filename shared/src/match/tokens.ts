// Words for matching: tokens that keep tech spellings whole (C++, C#, .NET, Node.js, R&D) and a light stemmer.

export type Token = {
  /** The token as written. */
  readonly text: string;
  /** Lower case. */
  readonly lower: string;
  /** Lower case, lightly stemmed ("managed", "manages" and "managing" all give "manag"). */
  readonly stem: string;
  /** Offsets into the text that was tokenised. */
  readonly start: number;
  readonly end: number;
};

/**
 * A token is a run of letters and digits, joined across `.`, `&`, `'` and `+` when letters or
 * digits follow (Node.js, R&D, O'Neil), with an optional leading dot (.NET) and a trailing `++` or
 * `#` (C++, C#, F#). Hyphens and slashes split tokens: "front-end" is two tokens, and the matcher
 * lets a hyphen or slash sit between the tokens of a phrase.
 */
const TOKEN_RE =
  /(?<![\p{L}\p{N}])\.?[\p{L}\p{N}]+(?:[.&'+][\p{L}\p{N}]+)*(?:\+\+|#(?![\p{L}\p{N}]))?/gu;

/** Words whose -ing form names a discipline, not the act: "marketing" is not "market". */
const NO_STEM = new Set([
  'marketing',
  'accounting',
  'programming',
  'staffing',
  'engineering',
  'nursing',
  'banking',
  'housing',
  'clothing',
  'catering',
  'ceiling',
  'during',
  'string',
  'spring',
  'thing',
  'nothing',
  'something',
  'everything',
  'morning',
  'evening',
  'news',
  'series',
  'species',
  'analytics',
  'logistics',
  'statistics',
  'economics',
  'mathematics',
  'physics',
  'graphics',
  'ethics',
  'kubernetes',
  'sales',
  'always',
  'express',
  'less',
  'unless',
]);

const UNDOUBLE = /([bdfgkmnprt])\1$/;

/**
 * A deliberately light stemmer: plurals, -ed, -ing and a final -e. It folds the forms a resume
 * and a posting use for one word without merging different words (no -ment/-ion stripping, which
 * would make "management" match "manage" and "operations" match "operate").
 */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.length <= 3 || !/^[a-z]+$/.test(w) || NO_STEM.has(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is|ous)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ing') && w.length >= 6) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length >= 5 && !w.endsWith('eed')) w = undouble(w.slice(0, -2));
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return UNDOUBLE.test(w) ? w.slice(0, -1) : w;
}

/** Makes text comparable without changing its length, so token offsets stay valid. */
export function foldPunctuation(text: string): string {
  return text.replace(/[’‘`´]/g, "'").replace(/[\u00ad\u200b-\u200d\ufeff]/g, ' ');
}

/** Splits text into tokens with their offsets; see TOKEN_RE for what a token is. */
export function tokenize(text: string): Token[] {
  const folded = foldPunctuation(text);
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(folded); m !== null; m = TOKEN_RE.exec(folded)) {
    const raw = m[0];
    const lower = raw.toLowerCase();
    tokens.push({ text: raw, lower, stem: stem(lower), start: m.index, end: m.index + raw.length });
  }
  return tokens;
}

/** The stems of a phrase, for comparing phrases as token sequences. */
export function phraseKey(text: string): string {
  return tokenize(text)
    .map((t) => t.stem)
    .join(' ');
}

/** Text for display and comparison: NFKC, soft hyphens gone, whitespace collapsed. */
export function cleanText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00ad\u200b-\u200d\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const WORD_NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
};

/** "3", "three", "Three" → 3; undefined when the text is not a small number. */
export function readSmallNumber(text: string): number | undefined {
  const t = text.toLowerCase();
  if (/^\d{1,2}$/.test(t)) return Number(t);
  return WORD_NUMBERS[t];
}

export const WORD_NUMBER_PATTERN = Object.keys(WORD_NUMBERS).join('|');
