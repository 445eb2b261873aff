// Word lists the parser reasons with: job titles, organisations, schools, degrees, places, languages.

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Nouns that end a job title ("Senior Software Engineer", "Teaching Assistant"). */
export const TITLE_NOUNS = words(`
  engineer engineers developer developers programmer architect scientist researcher analyst
  designer manager director lead leader head officer president vp chief founder cofounder
  co-founder owner partner principal consultant specialist associate assistant coordinator
  administrator admin technician accountant auditor bookkeeper clerk controller instructor
  teacher tutor professor lecturer fellow intern internship trainee apprentice student
  member representative rep supervisor superintendent foreman operator executive strategist
  recruiter nurse physician doctor pharmacist therapist counselor counsellor advisor adviser
  attorney lawyer paralegal editor writer author journalist reporter producer vocalist
  singer musician performer artist photographer animator illustrator marketer agent broker
  planner buyer cashier chef cook server bartender driver mechanic electrician carpenter
  receptionist secretary scheduler dispatcher volunteer ambassador evangelist advocate
  maintainer contributor creator lead organizer organiser mentor coach trainer officer
  ceo cto cfo coo cio cmo ciso sre devops dba qa
`);

/** Words that qualify a title ("Senior", "Staff", "Junior"). */
export const TITLE_MODIFIERS = words(`
  senior junior staff principal lead chief head associate assistant deputy executive
  sr jr sr. jr. ii iii iv i entry-level graduate
`);

/** Words that end an organisation's name and nothing else ("Acme Corp", "Globex Labs"). */
export const ORG_SUFFIXES = words(`
  inc inc. llc l.l.c. ltd ltd. limited corp corp. corporation co co. company companies
  group holdings labs lab laboratories partners associates agency studio studios ventures
  capital bank foundation institute university college school academy hospital clinic
  district council department ministry bureau gmbh ag sa s.a. plc pty bv nv oy ab kk
  industries enterprises airlines motors pharmaceuticals conservatory chorale orchestra
  ensemble church
`);

/** Words common in organisation names that also appear in job titles or team names. */
export const ORG_WORDS = words(`
  systems technologies technology tech solutions software services consulting consultants
  media networks network international global health healthcare government office
  analytics robotics dynamics logistics pharma energy research financial finance insurance
`);

/** Words that mark a school ("State University", "Lakeside Conservatory"). */
export const SCHOOL_WORDS = words(`
  university universität universite université college school academy institute
  institution polytechnic conservatory seminary gymnasium lyceum campus
`);

/** Degrees as printed: "B.S.", "Bachelor of Science", "Ph.D.", "MBA", "Class 12". */
export const DEGREE_PATTERN = new RegExp(
  [
    "\\b(?:bachelor|master|doctor|associate)(?:['’]?s)?(?:\\s+(?:of|in)\\s+(?:science|arts|engineering|technology|business administration|fine arts|education|laws|philosophy|music|commerce|applied science|architecture|design|computer applications|public health|social work))?\\b",
    '\\bdoctorate\\b',
    '\\b(?:ph\\.?\\s?d|d\\.?phil|ed\\.?d|j\\.?d|m\\.?d|ll\\.?[bm]|m\\.?b\\.?a|e\\.?m\\.?b\\.?a|b\\.?b\\.?a|b\\.?f\\.?a|m\\.?f\\.?a|b\\.?tech|m\\.?tech|b\\.?eng|m\\.?eng|b\\.?sc|m\\.?sc|b\\.?com|m\\.?com|b\\.?arch|m\\.?arch|m\\.?phil|b\\.?ed|m\\.?ed|b\\.?a|m\\.?a|b\\.?s|m\\.?s|b\\.?e|m\\.?e|a\\.?a|a\\.?s|b\\.?m|m\\.?m|hnd|ged)\\.?(?![\\p{L}])',
    '\\b(?:high school|secondary school|diploma|certificate|class (?:x|xii|10|12)(?:th)?|a-levels?|gcse|hsc|ssc)\\b',
  ].join('|'),
  'iu',
);

export const US_STATES = new Set(
  (
    'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ ' +
    'NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR'
  ).split(' '),
);

/** Country names and codes as printed, to ISO 3166 alpha-2. */
export const COUNTRIES: ReadonlyMap<string, string> = new Map([
  ['usa', 'US'],
  ['us', 'US'],
  ['u.s.', 'US'],
  ['u.s.a.', 'US'],
  ['united states', 'US'],
  ['united states of america', 'US'],
  ['uk', 'GB'],
  ['u.k.', 'GB'],
  ['united kingdom', 'GB'],
  ['england', 'GB'],
  ['scotland', 'GB'],
  ['great britain', 'GB'],
  ['canada', 'CA'],
  ['india', 'IN'],
  ['germany', 'DE'],
  ['deutschland', 'DE'],
  ['france', 'FR'],
  ['spain', 'ES'],
  ['italy', 'IT'],
  ['netherlands', 'NL'],
  ['the netherlands', 'NL'],
  ['belgium', 'BE'],
  ['switzerland', 'CH'],
  ['austria', 'AT'],
  ['sweden', 'SE'],
  ['norway', 'NO'],
  ['denmark', 'DK'],
  ['finland', 'FI'],
  ['ireland', 'IE'],
  ['portugal', 'PT'],
  ['poland', 'PL'],
  ['czechia', 'CZ'],
  ['czech republic', 'CZ'],
  ['greece', 'GR'],
  ['turkey', 'TR'],
  ['türkiye', 'TR'],
  ['turkiye', 'TR'],
  ['israel', 'IL'],
  ['egypt', 'EG'],
  ['nigeria', 'NG'],
  ['kenya', 'KE'],
  ['south africa', 'ZA'],
  ['brazil', 'BR'],
  ['mexico', 'MX'],
  ['argentina', 'AR'],
  ['chile', 'CL'],
  ['colombia', 'CO'],
  ['peru', 'PE'],
  ['australia', 'AU'],
  ['new zealand', 'NZ'],
  ['japan', 'JP'],
  ['china', 'CN'],
  ['hong kong', 'HK'],
  ['taiwan', 'TW'],
  ['south korea', 'KR'],
  ['korea', 'KR'],
  ['singapore', 'SG'],
  ['malaysia', 'MY'],
  ['indonesia', 'ID'],
  ['philippines', 'PH'],
  ['vietnam', 'VN'],
  ['thailand', 'TH'],
  ['pakistan', 'PK'],
  ['bangladesh', 'BD'],
  ['sri lanka', 'LK'],
  ['nepal', 'NP'],
  ['uae', 'AE'],
  ['united arab emirates', 'AE'],
  ['saudi arabia', 'SA'],
  ['qatar', 'QA'],
  ['ukraine', 'UA'],
  ['romania', 'RO'],
  ['hungary', 'HU'],
  ['russia', 'RU'],
]);

/** Spoken languages: these go to `languages` even when printed under Skills. */
export const SPOKEN_LANGUAGES = words(`
  english spanish french german italian portuguese dutch swedish norwegian danish finnish
  icelandic polish czech slovak hungarian romanian bulgarian greek turkish russian ukrainian
  serbian croatian bosnian slovenian albanian lithuanian latvian estonian arabic hebrew
  persian farsi urdu hindi bengali bangla punjabi gujarati marathi tamil telugu kannada
  malayalam sinhala nepali mandarin cantonese chinese japanese korean vietnamese thai
  indonesian malay tagalog filipino swahili amharic yoruba igbo hausa zulu afrikaans
  catalan basque galician irish welsh latin esperanto
`);

export const PROFICIENCY_WORDS = words(`
  native fluent bilingual proficient advanced intermediate beginner basic elementary
  conversational professional working limited expert novice master competent familiar
`);

/** Profile networks by host, with the name JSON Resume files use. */
export const NETWORKS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(^|\.)linkedin\.com$/i, 'LinkedIn'],
  [/(^|\.)github\.com$/i, 'GitHub'],
  [/(^|\.)gitlab\.com$/i, 'GitLab'],
  [/(^|\.)bitbucket\.org$/i, 'Bitbucket'],
  [/(^|\.)stackoverflow\.com$/i, 'StackOverflow'],
  [/(^|\.)(twitter|x)\.com$/i, 'Twitter'],
  [/(^|\.)medium\.com$/i, 'Medium'],
  [/(^|\.)dribbble\.com$/i, 'Dribbble'],
  [/(^|\.)behance\.net$/i, 'Behance'],
  [/(^|\.)kaggle\.com$/i, 'Kaggle'],
  [/(^|\.)youtube\.com$/i, 'YouTube'],
  [/(^|\.)instagram\.com$/i, 'Instagram'],
  [/(^|\.)facebook\.com$/i, 'Facebook'],
  [/(^|\.)orcid\.org$/i, 'ORCID'],
  [/(^|\.)scholar\.google\.com$/i, 'Google Scholar'],
  [/(^|\.)researchgate\.net$/i, 'ResearchGate'],
  [/(^|\.)leetcode\.com$/i, 'LeetCode'],
  [/(^|\.)hackerrank\.com$/i, 'HackerRank'],
  [/(^|\.)dev\.to$/i, 'DEV'],
  [/(^|\.)mastodon\.social$/i, 'Mastodon'],
];

/** Network names as printed beside a username ("LinkedIn", "GitHub"). */
export const NETWORK_NAMES = new Map(
  [...NETWORKS.map(([, name]) => name), 'X'].map((name) => [name.toLowerCase(), name]),
);

function tokensOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s,/()]+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, ''))
    .filter(Boolean);
}

/** How much a phrase reads like a job title: 0 for none; more for a title noun at the end. */
export function titleScore(text: string): number {
  // "Software Engineer (Front-End)": the head noun is before the parentheses.
  const tokens = tokensOf(text.replace(/\([^)]*\)/g, ' '));
  if (tokens.length === 0 || tokens.length > 10) return 0;
  let score = 0;
  tokens.forEach((t, i) => {
    const bare = t.replace(/\.$/, '');
    if (TITLE_NOUNS.has(bare) || TITLE_NOUNS.has(bare.replace(/s$/, ''))) {
      score += i === tokens.length - 1 ? 2 : 1;
    } else if (TITLE_MODIFIERS.has(t) || TITLE_MODIFIERS.has(bare)) score += 0.5;
  });
  if (/\bintern(ship)?\b/i.test(text)) score += 1;
  return score;
}

/**
 * How much a phrase reads like an organisation name: 2 when it ends with a word that ends
 * names ("Harborlight Chorale", "Acme Corp") or opens with "University of…"; 1 for a hint.
 */
export function orgScore(text: string): number {
  const tokens = tokensOf(text.replace(/\([^)]*\)/g, ' '));
  if (tokens.length === 0) return 0;
  const is = (t: string, set: Set<string>) => set.has(t) || set.has(t.replace(/\.$/, ''));
  const last = tokens[tokens.length - 1] ?? '';
  if (is(last, ORG_SUFFIXES) || /^(?:university|institute|college|bank|school) of\b/i.test(text)) {
    return 2;
  }
  return tokens.some((t) => is(t, ORG_SUFFIXES) || is(t, ORG_WORDS)) ? 1 : 0;
}

export function schoolScore(text: string): number {
  const tokens = tokensOf(text);
  let score = 0;
  for (const t of tokens) if (SCHOOL_WORDS.has(t)) score += 1;
  if (/\b(?:tech|mit|caltech|ucla|ucsd|nyu|cmu|eth|epfl|iit|iim|uc)\b/i.test(text)) score += 0.5;
  return score;
}

export function isSpokenLanguage(text: string): boolean {
  const first = text
    .trim()
    .toLowerCase()
    .split(/[\s(:–—-]/)[0];
  return first !== undefined && SPOKEN_LANGUAGES.has(first);
}
