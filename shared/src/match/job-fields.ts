// Single facts of a posting: title, company, location, remote, type, salary, years and degree asked.
import { RemoteMode } from '../job/model';
import type { Location } from '../resume/model';
import { endsWithRoleNoun, ROLE_NOUN_PATTERN } from './titles';
import { readSmallNumber, WORD_NUMBER_PATTERN } from './tokens';

export type JobHeader = {
  readonly title?: string;
  readonly company?: string;
  readonly locationText?: string;
  /** Years stated beside the title: "Java Developer (3 Years of Experience)". */
  readonly titleYears?: number;
  /** How many leading lines the header used; they are left out of the sections. */
  readonly linesUsed: number;
};

const LABEL = (names: string) => new RegExp(`^(?:${names})\\s*[:\\-–—]\\s*(.+)$`, 'i');
const TITLE_LABEL = LABEL('job title|title|position|role|job|job description|vacancy|opening');
const COMPANY_LABEL = LABEL('company|employer|organi[sz]ation|company name|hiring company');
const LOCATION_LABEL = LABEL('location|locations|job location|work location|based in|office|city');

/** Cleans a title as printed: "(2 Years of Experience)", "- Remote", "(m/f/d)" and "at Acme" go. */
function cleanTitle(raw: string): { title: string; years?: number } {
  let title = raw.trim();
  let years: number | undefined;
  const yearsMatch = title.match(
    new RegExp(`\\(\\s*(\\d{1,2}|${WORD_NUMBER_PATTERN})\\s*\\+?\\s*(?:years?|yrs)[^)]*\\)?`, 'i'),
  );
  if (yearsMatch) {
    years = readSmallNumber(yearsMatch[1] ?? '');
    title = title.slice(0, yearsMatch.index).trim();
  }
  title = title
    .replace(/\s*\((?:m\/f\/d|f\/m\/d|m\/w\/d|all genders|remote|hybrid|on-?site)\)\s*/gi, ' ')
    .replace(/\s+[-–—|]\s+(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract).*$/i, '')
    .replace(/\s+at\s+\p{Lu}.*$/u, '')
    .replace(/[\s:,.;-]+$/, '')
    .trim();
  return years === undefined ? { title } : { title, years };
}

function looksLikeTitle(line: string): boolean {
  const words = line.split(/\s+/);
  return (
    words.length <= 10 &&
    line.length <= 90 &&
    !/[.!?]$/.test(line) &&
    endsWithRoleNoun(cleanTitle(line).title)
  );
}

/** Reads the title, company and location lines at the top of a posting, when it has them. */
export function readJobHeader(lines: readonly string[]): JobHeader {
  const head = lines.slice(0, 6);
  let title: string | undefined;
  let titleYears: number | undefined;
  let company: string | undefined;
  let locationText: string | undefined;
  let used = 0;

  for (let i = 0; i < head.length; i += 1) {
    const line = (head[i] as string).trim();
    if (line === '') continue;
    if (title === undefined) {
      const labelled = line.match(TITLE_LABEL)?.[1];
      const candidate = labelled ?? line;
      if (looksLikeTitle(candidate)) {
        const cleaned = cleanTitle(candidate);
        title = cleaned.title;
        titleYears = cleaned.years;
        used = i + 1;
        continue;
      }
      if (labelled === undefined || !/^job description/i.test(line)) break;
      continue;
    }
    // The end of a title wrapped over two lines: "(5+ Years of" / "Experience)".
    if (i === used && /^[^()]{0,40}\)$/.test(line)) {
      used = i + 1;
      continue;
    }
    const companyLabel = line.match(COMPANY_LABEL)?.[1];
    const locationLabel = line.match(LOCATION_LABEL)?.[1];
    if (companyLabel) {
      company = companyLabel.trim();
      used = i + 1;
      continue;
    }
    if (locationLabel) {
      locationText = locationLabel.trim();
      used = i + 1;
      continue;
    }
    // "Tech Solutions, San Francisco, CA, USA" or "Acme · Berlin, Germany"
    const parts = line.split(/\s*[,·|•]\s*|\s+[-–—]\s+/).filter(Boolean);
    if (company === undefined && parts.length >= 2 && line.length <= 100 && !/[.!?]$/.test(line)) {
      const rest = parts.slice(1).join(', ');
      if (parseLocation(rest).city !== undefined || /remote/i.test(rest)) {
        company = parts[0];
        locationText = rest;
        used = i + 1;
        continue;
      }
    }
    break;
  }
  return {
    ...(title ? { title } : {}),
    ...(titleYears !== undefined ? { titleYears } : {}),
    ...(company ? { company } : {}),
    ...(locationText ? { locationText } : {}),
    linesUsed: used,
  };
}

const ADJECTIVES =
  '(?:talented|skilled|experienced|seasoned|motivated|passionate|dynamic|driven|strong|exceptional|dedicated|creative|curious|detail-oriented|highly[- ]\\w+|hands-on|results-driven|proactive|great|brilliant|friendly|organized|enthusiastic)';

/** A title named in a sentence: "We are looking for a Senior Backend Engineer to join…". */
export function findTitleInText(text: string): string | undefined {
  const re = new RegExp(
    `\\b(?:looking for|seeking|hiring|searching for|recruiting|in search of|join (?:us|our team) as|looking to hire|is hiring)\\s+(?:an?|the|our|one|two)?\\s*(?:${ADJECTIVES}(?:,?\\s+(?:and\\s+)?${ADJECTIVES})*\\s+)?((?:[\\p{Lu}][\\p{L}\\d+#./&-]*\\s+){0,5}?${ROLE_NOUN_PATTERN})\\b`,
    'iu',
  );
  const m = text.match(re);
  const found = m?.[1]?.trim();
  if (!found) return undefined;
  // Keep the printed case; reject a lower-case phrase that is only a role noun ("an engineer").
  if (!/\p{Lu}/u.test(found) && found.split(/\s+/).length < 2) return undefined;
  return cleanTitle(found).title;
}

/** The company named in prose: "At Tech Solutions, we…", "Acme is a leading…", "Join Acme". */
export function findCompanyInText(text: string): string | undefined {
  const name = "[\\p{Lu}][\\p{L}\\d&.'-]*(?:\\s+(?:[\\p{Lu}][\\p{L}\\d&.'-]*|&|of|and)){0,4}";
  const patterns = [
    new RegExp(`(?:^|[.!?]\\s+)At (${name}),\\s+(?:we|our)\\b`, 'u'),
    new RegExp(
      `(?:^|\\n)(${name}) is (?:a|an|the) (?:leading|global|fast[- ]growing|growing|innovative|award[- ]winning|world|well|premier|top|nonprofit|non-profit|technology|software|healthcare|financial)\\b`,
      'u',
    ),
    new RegExp(`\\bJoin (${name}) (?:as|and|to|in)\\b`, 'u'),
  ];
  for (const re of patterns) {
    const found = text.match(re)?.[1]?.trim();
    if (found && !/^(?:We|Our|The|This|You|Your|It|Us)$/.test(found)) return found;
  }
  return undefined;
}

/** A labelled location line anywhere in the posting ("Location: Berlin, Germany"). */
export function findLabelledLocation(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const m = line.match(LOCATION_LABEL);
    if (m?.[1] && m[1].length <= 80) return m[1].trim();
  }
  return undefined;
}

const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(
    ' ',
  ),
);
const COUNTRIES: Readonly<Record<string, string>> = {
  usa: 'US',
  us: 'US',
  'united states': 'US',
  'united states of america': 'US',
  uk: 'GB',
  'united kingdom': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  canada: 'CA',
  germany: 'DE',
  deutschland: 'DE',
  france: 'FR',
  spain: 'ES',
  italy: 'IT',
  netherlands: 'NL',
  ireland: 'IE',
  india: 'IN',
  australia: 'AU',
  'new zealand': 'NZ',
  singapore: 'SG',
  japan: 'JP',
  brazil: 'BR',
  mexico: 'MX',
  poland: 'PL',
  portugal: 'PT',
  sweden: 'SE',
  norway: 'NO',
  denmark: 'DK',
  finland: 'FI',
  switzerland: 'CH',
  austria: 'AT',
  belgium: 'BE',
  israel: 'IL',
  'south africa': 'ZA',
  nigeria: 'NG',
  kenya: 'KE',
  philippines: 'PH',
  china: 'CN',
  'hong kong': 'HK',
  uae: 'AE',
  'united arab emirates': 'AE',
};

/** "San Francisco, CA, USA" → city, region, countryCode; "Remote" and empty parts are skipped. */
export function parseLocation(text: string): Location {
  const parts = text
    .split(/\s*[,·|/]\s*|\s+[-–—]\s+/)
    .map((p) => p.replace(/\((?:remote|hybrid|on-?site)\)/i, '').trim())
    .filter((p) => p !== '' && !/^(?:remote|hybrid|on-?site|anywhere|worldwide)$/i.test(p));
  const location: { city?: string; region?: string; countryCode?: string } = {};
  for (const part of parts) {
    const country = COUNTRIES[part.toLowerCase()];
    if (
      country &&
      location.countryCode === undefined &&
      (location.city !== undefined || parts.length === 1 || part.length > 2)
    ) {
      location.countryCode = country;
    } else if (
      US_STATES.has(part) &&
      location.city !== undefined &&
      location.region === undefined
    ) {
      location.region = part;
    } else if (
      location.city === undefined &&
      /^[\p{Lu}][\p{L}.' -]{1,40}$/u.test(part) &&
      part.split(/\s+/).length <= 4
    ) {
      location.city = part;
    } else if (
      location.region === undefined &&
      location.city !== undefined &&
      /^[\p{Lu}][\p{L}.' -]{1,40}$/u.test(part)
    ) {
      location.region = part;
    }
  }
  if (
    location.region !== undefined &&
    US_STATES.has(location.region) &&
    location.countryCode === undefined
  ) {
    location.countryCode = 'US';
  }
  return location;
}

const FULLY_REMOTE =
  /\b(?:fully|100%|completely|entirely)\s+remote\b|\bremote[- ](?:first|only|friendly|based)\b|\bremote\s+(?:position|role|job|opportunity|work(?:ing)?|team|company|option)\b|\bwork (?:from home|remotely|from anywhere)\b|\b(?:location|workplace|work model|work type)\s*:\s*remote\b|\(remote\)|^remote$|\bthis (?:is a )?remote\b|\bWFH\b/im;
const HYBRID =
  /\bhybrid\b(?!\s+(?:cloud|app|apps|mobile|model(?:s|ing)?|infrastructure|environments?|search|approach|integration))/i;
const ON_SITE =
  /\b(?:on-?site|in[- ]office|in[- ]person)\b(?!\s+(?:support|visits?|training|interviews?|events?))/i;

export function findRemoteMode(text: string): RemoteMode | undefined {
  if (HYBRID.test(text)) return RemoteMode.Hybrid;
  if (FULLY_REMOTE.test(text)) return RemoteMode.Full;
  if (ON_SITE.test(text)) return RemoteMode.None;
  return undefined;
}

const EMPLOYMENT_TYPES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bcontract[- ]to[- ]hire\b/i, 'Contract-to-hire'],
  [/\bfull[- ]time\b/i, 'Full-time'],
  [/\bpart[- ]time\b/i, 'Part-time'],
  [/\b(?:paid |summer )?internship\b/i, 'Internship'],
  [/\b(?:temporary|temp) (?:position|role|assignment|job)\b/i, 'Temporary'],
  [
    /\b(?:freelance|contractor) (?:position|role|basis)\b|\bcontract (?:position|role|basis|job)\b|\((?:contract|freelance)\)/i,
    'Contract',
  ],
];

export function findEmploymentType(text: string): string | undefined {
  let best: { index: number; label: string } | undefined;
  for (const [re, label] of EMPLOYMENT_TYPES) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.index)) best = { index: m.index, label };
  }
  return best?.label;
}

const MONEY = String.raw`[$€£]\s?\d{1,3}(?:[,.]\d{3})*(?:\.\d+)?\s?[kK]?`;
const SALARY = new RegExp(
  String.raw`${MONEY}(?:\s*(?:-|–|—|to)\s*${MONEY})?(?:\s*(?:per|\/|a)\s*(?:year|yr|annum|hour|hr|month))?(?:\s*(?:USD|EUR|GBP))?`,
);

/** The first pay figure or range in the posting, as printed ("$120,000 – $150,000 per year"). */
export function findSalary(text: string): string | undefined {
  for (const m of text.matchAll(new RegExp(SALARY.source, 'g'))) {
    const figure = m[0].trim();
    const digits = figure.replace(/[^\d]/g, '');
    if (/[kK]/.test(figure) || digits.length >= 4 || /hour|hr/.test(figure)) return figure;
  }
  return undefined;
}

const YEAR_NUMBER = `(\\d{1,2}|${WORD_NUMBER_PATTERN})`;
const YEARS = '(?:years?|yrs?)\\b';
/** "2-4 years" asks for two; the upper end is not a minimum. */
const RANGE = new RegExp(
  `${YEAR_NUMBER}\\s*\\+?\\s*(?:-|–|to)\\s*\\d{1,2}(\\s*\\+?\\s*${YEARS})`,
  'gi',
);
const YEARS_PATTERNS: readonly RegExp[] = [
  new RegExp(
    `(?:at least|a minimum of|minimum(?: of)?|min\\.?|over|more than|no less than)\\s+${YEAR_NUMBER}\\s*\\+?\\s*${YEARS}`,
    'gi',
  ),
  new RegExp(`${YEAR_NUMBER}\\s*\\+\\s*${YEARS}`, 'gi'),
  new RegExp(
    `${YEAR_NUMBER}\\s*${YEARS}['’]?\\s+(?:of\\s+)?(?:[\\p{L}/+#.-]+\\s+){0,5}?(?:experience|exp\\b)`,
    'giu',
  ),
  new RegExp(
    `${YEAR_NUMBER}\\s*${YEARS}['’]?\\s+(?:as\\s+an?|in\\s+an?|working|building|developing|designing|managing|leading|of\\s+professional)\\b`,
    'gi',
  ),
];

/** The most years any clause asks for ("3+ years", "at least two years of experience"). */
export function findYearsAsked(texts: readonly string[]): number | undefined {
  let best: number | undefined;
  for (const raw of texts) {
    const text = raw.replace(RANGE, '$1$2');
    for (const re of YEARS_PATTERNS) {
      for (const m of text.matchAll(re)) {
        const n = readSmallNumber(m[1] ?? '');
        if (n !== undefined && n > 0 && n <= 30 && (best === undefined || n > best)) best = n;
      }
    }
  }
  return best;
}
