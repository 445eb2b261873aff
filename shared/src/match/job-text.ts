// A pasted posting as sections of items: cleaned text, headings recognised, bullets and sentences split.
import { htmlFragmentToText } from './html-text';

export const JobSectionKind = {
  /** Before the first heading: usually the title, company and location lines. */
  Intro: 'intro',
  About: 'about',
  Description: 'description',
  Responsibilities: 'responsibilities',
  Requirements: 'requirements',
  Preferred: 'preferred',
  Benefits: 'benefits',
  Apply: 'apply',
  Other: 'other',
} as const;
export type JobSectionKind = (typeof JobSectionKind)[keyof typeof JobSectionKind];

export type JobSection = {
  readonly kind: JobSectionKind;
  /** The heading as printed; empty for the intro and for inline-labelled paragraphs' lead-in. */
  readonly heading: string;
  /** Bullets, or the sentences of a paragraph, in order. */
  readonly items: readonly string[];
};

/** Headings, tested against the heading text in lower case without a trailing colon. */
const HEADING_KINDS: ReadonlyArray<readonly [RegExp, JobSectionKind]> = [
  [
    /^(?:preferred|desired|desirable|bonus|nice[- ]to[- ]have|additional|optional)\b.*|^(?:pluses|extra credit|it'?s a plus|bonus points)$|\b(?:nice to haves?|a plus)$/,
    JobSectionKind.Preferred,
  ],
  [
    /^(?:about (?:us|the company|the team|our company)|who we are|our (?:company|mission|story|team|culture)|company (?:overview|description|profile)|the company)$|^about (?!the (?:role|job|position|opportunity)|you\b|this)/,
    JobSectionKind.About,
  ],
  [
    /responsibilit|^what you(?:'ll| will) (?:do|be doing|work on|own)|^your (?:role|impact|mission|day)|^(?:key |main |primary |essential )?(?:duties|tasks|accountabilities)|^day[- ]to[- ]day|^in this role|^the work|^what the job involves|^role and responsibilities|^job duties/,
    JobSectionKind.Responsibilities,
  ],
  [
    /^(?:(?:minimum|basic|required|key|essential|job|candidate|your) )?(?:requirements|qualifications)|^what (?:you(?:'ll)?|we)(?:'re)? (?:need|bring|have|look(?:ing)? for|are looking for|require)|^who you are|^you (?:have|bring|are|might be)|^must[- ]haves?|^(?:required |key |core |technical |essential )?(?:skills|competencies)(?: (?:and|&) (?:experience|qualifications|abilities))?(?: required)?$|^experience(?: (?:and|&) (?:skills|qualifications))?$|^about you|^education(?: (?:and|&) experience)?$|^(?:tech(?:nology)? stack|technologies|our stack|tools)$|^ideal candidate|^the ideal candidate|^is this you/,
    JobSectionKind.Requirements,
  ],
  [
    /^(?:job |role |position )?(?:description|summary|overview|purpose)$|^(?:about|the) (?:the )?(?:role|job|position|opportunity)|^(?:the )?opportunity$|^role overview|^position summary|^why this role/,
    JobSectionKind.Description,
  ],
  [
    /^(?:benefits|perks|what we offer|why (?:join|work)|compensation|salary|pay|we offer|our benefits|total rewards|what's in it for you|benefits (?:and|&) perks)/,
    JobSectionKind.Benefits,
  ],
  [
    /^(?:how to apply|to apply|application(?: process)?|apply(?: now)?|next steps|equal (?:opportunity|employment)|eeo|diversity)/,
    JobSectionKind.Apply,
  ],
];

const BULLET = /^\s*(?:[•●○◦▪▫■□►▸‣⁃∙·*–—-]|\d{1,2}[.)]|[a-z][.)](?=\s))\s*/;
const MAX_HEADING_CHARS = 60;

export function classifyHeading(heading: string): JobSectionKind | undefined {
  const h = heading
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/[:\s]+$/, '')
    .trim();
  for (const [pattern, kind] of HEADING_KINDS) if (pattern.test(h)) return kind;
  return undefined;
}

/**
 * Cleans pasted or extracted text for reading: HTML turned into lines, words hyphenated at a line
 * end joined ("Angu-\nlar" → "Angular"), bare page numbers and form feeds dropped, whitespace tidied.
 * The original posting is kept untouched elsewhere; this is only what the rules read.
 */
export function prepareJobText(raw: string): string {
  let text = raw.normalize('NFKC').replace(/\r\n?/g, '\n').replace(/\f/g, '\n');
  if (looksLikeHtml(text)) text = htmlFragmentToText(text);
  return text
    .replace(/[\u00ad\u200b-\u200d\ufeff]/g, '')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/(\p{Ll})-\n\s*(\p{Ll})/gu, '$1$2')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => !/^(?:\d{1,3}|page \d+(?: of \d+)?)$/i.test(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function looksLikeHtml(text: string): boolean {
  const tags = text.match(/<\/?(?:p|div|li|ul|ol|br|h[1-6]|span|strong|b|em|section)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 3;
}

type Block = { lines: string[]; bullet: boolean };

/** Splits prepared text into sections: known headings, inline labels ("Requirements: …"), bullets. */
export function splitJobSections(text: string): JobSection[] {
  const sections: Array<{ kind: JobSectionKind; heading: string; blocks: Block[] }> = [
    { kind: JobSectionKind.Intro, heading: '', blocks: [] },
  ];
  const current = () => sections[sections.length - 1] as (typeof sections)[number];
  let block: Block | null = null;
  let lastWasBlank = true;
  const lines = text.split('\n');

  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    if (line === '') {
      block = null;
      lastWasBlank = true;
      continue;
    }
    const heading = readHeading(line, lines[index + 1], lastWasBlank);
    if (heading) {
      sections.push({ kind: heading.kind, heading: heading.text, blocks: [] });
      block = null;
      lastWasBlank = true;
      if (heading.rest) {
        block = { lines: [heading.rest], bullet: false };
        current().blocks.push(block);
        lastWasBlank = false;
      }
      continue;
    }
    const isBullet = BULLET.test(line);
    if (isBullet) {
      block = { lines: [line.replace(BULLET, '')], bullet: true };
      current().blocks.push(block);
    } else if (block && !lastWasBlank) {
      block.lines.push(line);
    } else {
      block = { lines: [line], bullet: false };
      current().blocks.push(block);
    }
    lastWasBlank = false;
  }

  return sections
    .map((s) => ({
      kind: s.kind,
      heading: s.heading,
      items: s.blocks.flatMap((b) => blockItems(b, s.kind)),
    }))
    .filter((s) => s.items.length > 0 || s.kind !== JobSectionKind.Intro);
}

function readHeading(
  line: string,
  next: string | undefined,
  afterBlank: boolean,
): { kind: JobSectionKind; text: string; rest?: string } | undefined {
  if (BULLET.test(line) && !/^\s*\d/.test(line)) return undefined;
  const bare = line
    .replace(/^\s*(?:\d{1,2}[.)]\s*)?/, '')
    .replace(/^#+\s*/, '')
    .replace(/\*\*/g, '');
  const colon = bare.indexOf(':');
  if (colon > 0 && colon <= MAX_HEADING_CHARS) {
    const label = bare.slice(0, colon);
    const rest = bare.slice(colon + 1).trim();
    const kind = classifyHeading(label);
    if (kind && label.split(/\s+/).length <= 6) {
      return rest ? { kind, text: label.trim(), rest } : { kind, text: label.trim() };
    }
  }
  if (bare.length > MAX_HEADING_CHARS || /[.,;]$/.test(bare)) return undefined;
  const known = classifyHeading(bare);
  if (known) return { kind: known, text: bare.trim() };
  // An unknown short title-case line between blocks starts a section we read like a description.
  const words = bare.split(/\s+/);
  const titleCase = words.every(
    (w) => /^[\p{Lu}\d&]/u.test(w) || /^(?:and|of|the|to|for|in|a|an|&|with|our|at)$/.test(w),
  );
  if (
    afterBlank &&
    next !== undefined &&
    next !== '' &&
    words.length <= 5 &&
    titleCase &&
    !/[,|·@]/.test(bare)
  ) {
    return { kind: JobSectionKind.Other, text: bare.trim() };
  }
  return undefined;
}

function blockItems(block: Block, kind: JobSectionKind): string[] {
  const text = block.lines.join(' ').replace(/\s+/g, ' ').trim();
  if (text === '') return [];
  if (block.bullet) return [text];
  const splitClauses = kind === JobSectionKind.Requirements || kind === JobSectionKind.Preferred;
  return splitSentences(text)
    .flatMap((s) => (splitClauses ? s.split(/;\s+/) : [s]))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Sentences, without splitting "e.g. X", "Node.js", "U.S. based" or "3.5 years". */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?](?=\s+["“(]?[\p{Lu}\d])/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 6), m.index + 1).toLowerCase();
    if (
      /(?:\be\.g\.|\bi\.e\.|\betc\.|\bvs\.|\bu\.s\.|\bno\.|\bjr\.|\bsr\.|\bdr\.|\bmr\.|\bms\.|\bst\.|\binc\.)$/.test(
        before,
      )
    )
      continue;
    if (/\b\p{L}\.$/u.test(before) && /\s\p{L}\.$/u.test(` ${before}`)) continue;
    out.push(text.slice(start, m.index + 1).trim());
    start = m.index + 1;
  }
  const tail = text.slice(start).trim();
  if (tail) out.push(tail);
  return out;
}
