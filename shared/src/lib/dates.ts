// Resume dates: free-form text ("Sept 2018", "01/2020", "Summer 2019 – Present") to ISO and back.

/** An ISO date at the precision printed: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type IsoDate = string;
/** The explicit marker for an ongoing range ("Present", "Current", "Now", "to date"). */
export const PRESENT = 'present';
export type Present = typeof PRESENT;
export type DateValue = IsoDate | Present;

export type DateRange = {
  /** Start of the range; for a single printed date this is that date. */
  readonly start: IsoDate | null;
  /** End of the range; `present` when ongoing; null when only one date was printed. */
  readonly end: DateValue | null;
  /** True when the text held one date rather than a range. */
  readonly single: boolean;
};

export type DateRangeMatch = DateRange & { readonly index: number; readonly length: number };

export const ISO_DATE_PATTERN =
  /^(?:19|20)\d{2}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const MONTH_NAMES_SHORT = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const YEAR = '(?:19|20)\\d{2}';
const SHORT_YEAR = "['’‘]\\d{2}";
const SEASON = '(?:spring|summer|fall|autumn|winter)';
const ORDINAL = '(?:st|nd|rd|th)?';
const PRESENT_WORDS =
  '(?:present|current(?:ly)?|now|today|ongoing|to\\s+date|till\\s+date|to\\s+present)';

/** One date as printed; alternatives are ordered longest first so the regex takes the whole token. */
const DATE_TOKEN = [
  `${MONTH}\\s+\\d{1,2}${ORDINAL},?\\s+${YEAR}`,
  `\\d{1,2}${ORDINAL}\\s+${MONTH},?\\s+${YEAR}`,
  `${MONTH},?\\s*(?:${YEAR}|${SHORT_YEAR})`,
  `${SEASON},?\\s+${YEAR}`,
  `q[1-4]\\s+${YEAR}`,
  `${YEAR}[-/.]\\d{1,2}[-/.]\\d{1,2}(?!\\d)`,
  `${YEAR}[-/.]\\d{1,2}(?!\\d)`,
  `\\d{1,2}[/.]\\d{1,2}[/.]${YEAR}`,
  `\\d{1,2}[/.\\-]${YEAR}`,
  YEAR,
  PRESENT_WORDS,
].join('|');

const SEPARATOR =
  '\\s*(?:[-–—−‐‑~→]+|\\bto\\b|\\buntil\\b|\\btill\\b|\\bthrough\\b|\\bthru\\b)\\s*';
const PREFIX = '(?:(?:expected|anticipated|graduat(?:ed|ion|ing)|since|from|est\\.?)[:\\s]+)?';

const RANGE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])${PREFIX}(${DATE_TOKEN})(?:${SEPARATOR}(${DATE_TOKEN}))?(?![\\p{L}\\p{N}])`,
  'giu',
);
const WHOLE_TOKEN_RE = new RegExp(`^${PREFIX}(?:${DATE_TOKEN})$`, 'iu');

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function isValidYear(year: number): boolean {
  return year >= 1900 && year <= 2099;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month?: number, day?: number): IsoDate | null {
  if (!isValidYear(year)) return null;
  if (month === undefined) return String(year);
  if (month < 1 || month > 12) return null;
  if (day === undefined) return `${year}-${pad2(month)}`;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function monthFromName(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

function expandShortYear(text: string): number {
  const yy = Number(text.replace(/['’‘]/, ''));
  // A two-digit year on a resume is recent; 50 as the pivot keeps '98 in the 1900s.
  return yy <= 50 ? 2000 + yy : 1900 + yy;
}

function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00ad\u200b-\u200d\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[([{]+|[)\]}.,;:]+$/g, '')
    .trim();
}

/** Parses one date token that is known to be a whole date; null when it is not a real date. */
function parseToken(raw: string): DateValue | null {
  const text = normalise(raw)
    .toLowerCase()
    .replace(/^(?:expected|anticipated|graduat(?:ed|ion|ing)|since|from|est\.?)[:\s]+/, '');
  if (new RegExp(`^${PRESENT_WORDS}$`, 'i').test(text)) return PRESENT;

  let m: RegExpMatchArray | null;
  if ((m = text.match(/^((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})$/))) {
    return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  if ((m = text.match(/^((?:19|20)\d{2})[-/.](\d{1,2})$/))) {
    return iso(Number(m[1]), Number(m[2]));
  }
  if ((m = text.match(/^(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})$/))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    // US order (month first) unless the first number cannot be a month.
    return a > 12 ? iso(Number(m[3]), b, a) : iso(Number(m[3]), a, b);
  }
  if ((m = text.match(/^(\d{1,2})[/.-]((?:19|20)\d{2})$/))) {
    return iso(Number(m[2]), Number(m[1]));
  }
  if ((m = text.match(/^((?:19|20)\d{2})$/))) return iso(Number(m[1]));
  if ((m = text.match(new RegExp(`^${SEASON},?\\s+(${YEAR})$`, 'i')))) return iso(Number(m[1]));
  if ((m = text.match(new RegExp(`^q[1-4]\\s+(${YEAR})$`, 'i')))) return iso(Number(m[1]));
  if ((m = text.match(new RegExp(`^(${MONTH})\\s+(\\d{1,2})${ORDINAL},?\\s+(${YEAR})$`, 'i')))) {
    const month = monthFromName(m[1] ?? '');
    return month === undefined ? null : iso(Number(m[3]), month, Number(m[2]));
  }
  if ((m = text.match(new RegExp(`^(\\d{1,2})${ORDINAL}\\s+(${MONTH}),?\\s+(${YEAR})$`, 'i')))) {
    const month = monthFromName(m[2] ?? '');
    return month === undefined ? null : iso(Number(m[3]), month, Number(m[1]));
  }
  if ((m = text.match(new RegExp(`^(${MONTH}),?\\s*(${YEAR}|${SHORT_YEAR})$`, 'i')))) {
    const month = monthFromName(m[1] ?? '');
    const yearText = m[2] ?? '';
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : expandShortYear(yearText);
    return month === undefined ? null : iso(year, month);
  }
  return null;
}

/**
 * Parses a single date ("Jan 2020", "01/2020", "Summer 2019", "2020-03-04", "Present").
 * Returns an ISO date at the printed precision, `present`, or null when the text is not a date
 * (including placeholders such as "20XX").
 */
export function parseDate(text: string): DateValue | null {
  const cleaned = normalise(text);
  if (!WHOLE_TOKEN_RE.test(cleaned)) return null;
  return parseToken(cleaned);
}

function toRange(first: string, second: string | undefined, prefix: string): DateRange | null {
  const start = parseToken(first);
  if (start === null) return null;
  if (second === undefined) {
    if (start === PRESENT) return null;
    // "Since 2020" has no printed end but is plainly ongoing.
    if (/^since\b/i.test(prefix.trim())) return { start, end: PRESENT, single: false };
    return { start, end: null, single: true };
  }
  const end = parseToken(second);
  if (end === null || start === PRESENT) return null;
  return { start, end, single: false };
}

/**
 * Parses text that is exactly one date or one range: "2020 – Present", "Jan 2019 to Mar 2021",
 * "2018-2020", "Since 2021". Returns null when the text holds anything else.
 */
export function parseDateRange(text: string): DateRange | null {
  const cleaned = normalise(text);
  if (cleaned === '') return null;
  RANGE_RE.lastIndex = 0;
  const m = RANGE_RE.exec(cleaned);
  if (!m || m.index !== 0 || m[0].length !== cleaned.length) return null;
  const prefix = m[0].slice(0, m[0].toLowerCase().indexOf((m[1] ?? '').toLowerCase()));
  return toRange(m[1] ?? '', m[2], prefix);
}

/**
 * Finds every date or date range inside a longer line ("Acme Corp, Jan 2020 – Present"),
 * with the position of each match so callers can cut it out of the line.
 */
export function findDateRanges(text: string): DateRangeMatch[] {
  const found: DateRangeMatch[] = [];
  RANGE_RE.lastIndex = 0;
  for (let m = RANGE_RE.exec(text); m !== null; m = RANGE_RE.exec(text)) {
    const whole = m[0];
    const prefix = whole.slice(0, whole.toLowerCase().indexOf((m[1] ?? '').toLowerCase()));
    const range = toRange(m[1] ?? '', m[2], prefix);
    if (range) found.push({ ...range, index: m.index, length: whole.length });
  }
  return found;
}

/** True for a string in the ISO form the Resume model stores. */
export function isIsoDate(value: string): boolean {
  return ISO_DATE_PATTERN.test(value);
}

/**
 * Normalises what a user typed in a date field: returns the ISO date, `present`, `''` for an
 * empty field, or null when the input cannot be read as a date.
 */
export function normaliseDateInput(input: string): DateValue | '' | null {
  const trimmed = input.trim();
  if (trimmed === '') return '';
  return parseDate(trimmed);
}

/** Formats an ISO date for display: "2021-03" gives "Mar 2021", `present` gives "Present". */
export function formatDate(value: DateValue | null | undefined, presentLabel = 'Present'): string {
  if (value === null || value === undefined || value === '') return '';
  if (value === PRESENT) return presentLabel;
  const m = value.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/);
  if (!m) return value;
  const month = m[2] ? MONTH_NAMES_SHORT[Number(m[2]) - 1] : undefined;
  if (!month) return m[1] ?? value;
  return m[3] ? `${month} ${Number(m[3])}, ${m[1]}` : `${month} ${m[1]}`;
}

/** Formats a start/end pair: "Mar 2021 – Present", "2019", "Jan 2018 – Dec 2020". */
export function formatDateRange(
  start: DateValue | null | undefined,
  end: DateValue | null | undefined,
  presentLabel = 'Present',
): string {
  const a = formatDate(start, presentLabel);
  const b = formatDate(end, presentLabel);
  if (a && b) return a === b ? a : `${a} – ${b}`;
  return a || b;
}

/**
 * Orders two dates by the earliest moment each could mean (`2020` sorts before `2020-01`);
 * `present` sorts after every date.
 */
export function compareDates(a: DateValue, b: DateValue): number {
  if (a === b) return 0;
  if (a === PRESENT) return 1;
  if (b === PRESENT) return -1;
  return a < b ? -1 : 1;
}

/**
 * Whole months from `start` to `end` (inclusive of both months), reading a bare year as January
 * for a start and December for an end. `present` is read as `today` (an ISO date the caller gives,
 * since shared code has no clock).
 */
export function monthsBetween(start: IsoDate, end: DateValue, today: IsoDate): number {
  const [sy, sm] = splitIso(start, 'start');
  const [ey, em] = splitIso(end === PRESENT ? today : end, 'end');
  return Math.max(0, (ey - sy) * 12 + (em - sm) + 1);
}

function splitIso(value: IsoDate, side: 'start' | 'end'): [number, number] {
  const [y, m] = value.split('-');
  return [Number(y), m ? Number(m) : side === 'start' ? 1 : 12];
}
