// A job board page the user saved ("Save page as…") read into a posting's text: schema.org JobPosting first, else the main content.
import { err, ok, type Result } from '../lib/result';
import { htmlFragmentToText, tokensToText, tokenizeHtml, type HtmlToken } from './html-text';

/** Saved pages carry inline scripts and styles: a few MB is normal, more is not a posting. */
export const MAX_SAVED_PAGE_BYTES = 5_000_000;

export type SavedPage = {
  /** The posting as plain text, ready for `readPosting`. */
  readonly text: string;
  readonly title?: string;
  readonly company?: string;
  readonly location?: string;
  readonly sourceUrl?: string;
  /** Where the text came from: the page's JobPosting data, or its visible content. */
  readonly from: 'json-ld' | 'content';
};

export type SavedPageProblem = {
  readonly code: 'binary' | 'no_text';
  readonly message: string;
};

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const asText = (value: unknown): string | undefined => {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const text = htmlFragmentToText(value).replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
};

/** Only http(s) addresses; `javascript:`, `data:` and the like are dropped. */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!/^https?:\/\/[^\s/?#]+/i.test(trimmed) || trimmed.length > 2048) return undefined;
  return trimmed;
}

function hasType(node: Json, type: string): boolean {
  const value = node['@type'];
  return value === type || (Array.isArray(value) && value.includes(type));
}

/** Finds a JobPosting in a JSON-LD value: itself, in an array, in `@graph` or as `mainEntity`. */
function findJobPosting(value: unknown, depth = 0): Json | undefined {
  if (depth > 4) return undefined;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 200)) {
      const found = findJobPosting(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (!isObject(value)) return undefined;
  if (hasType(value, 'JobPosting')) return value;
  return findJobPosting(value['@graph'], depth + 1) ?? findJobPosting(value.mainEntity, depth + 1);
}

const EMPLOYMENT: Readonly<Record<string, string>> = {
  FULL_TIME: 'Full-time',
  PART_TIME: 'Part-time',
  CONTRACTOR: 'Contract',
  TEMPORARY: 'Temporary',
  INTERN: 'Internship',
  VOLUNTEER: 'Volunteer',
  PER_DIEM: 'Per diem',
};

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value.slice(0, 20) : value === undefined ? [] : [value];
}

function placeText(place: unknown): string | undefined {
  if (typeof place === 'string') return asText(place);
  if (!isObject(place)) return undefined;
  const address = place.address;
  if (typeof address === 'string') return asText(address);
  if (!isObject(address)) return asText(place.name);
  const country = isObject(address.addressCountry)
    ? address.addressCountry.name
    : address.addressCountry;
  const parts = [address.addressLocality, address.addressRegion, country]
    .map(asText)
    .filter((part): part is string => part !== undefined);
  return parts.length > 0 ? [...new Set(parts)].join(', ') : asText(place.name);
}

function salaryText(salary: unknown): string | undefined {
  if (!isObject(salary) || !isObject(salary.value)) return undefined;
  const currency = asText(salary.currency) ?? '';
  const { minValue, maxValue, value, unitText } = salary.value;
  const amounts = [minValue, maxValue, value]
    .filter((n): n is number => typeof n === 'number' && Number.isFinite(n))
    .map((n) => n.toLocaleString('en-US'));
  if (amounts.length === 0) return undefined;
  const unit = asText(unitText)?.toLowerCase();
  return `${[currency, amounts.slice(0, 2).join(' - ')].filter(Boolean).join(' ')}${unit ? ` per ${unit}` : ''}`;
}

/** Text of a description that may be HTML, or HTML escaped once more (`&lt;p&gt;`). */
function descriptionText(value: unknown): string {
  if (typeof value !== 'string') return '';
  let text = value;
  // Each round unwraps one level of escaping; markup never survives into the posting as tags.
  for (let round = 0; round < 3; round += 1) {
    text = htmlFragmentToText(text);
    if (!/<\/?[A-Za-z][^<>]{0,200}>/.test(text)) break;
  }
  return text;
}

function fromJobPosting(posting: Json): Omit<SavedPage, 'sourceUrl' | 'from'> & { url?: string } {
  const title = asText(posting.title);
  const organization = posting.hiringOrganization;
  const company = isObject(organization) ? asText(organization.name) : asText(organization);
  const places = listOf(posting.jobLocation)
    .map(placeText)
    .filter((place): place is string => place !== undefined);
  const remote = listOf(posting.jobLocationType).some(
    (type) => typeof type === 'string' && type.toUpperCase() === 'TELECOMMUTE',
  );
  const location = [...places, ...(remote ? ['Remote'] : [])].join('; ') || undefined;
  const employment = listOf(posting.employmentType)
    .map((type) =>
      typeof type === 'string' ? (EMPLOYMENT[type.toUpperCase()] ?? asText(type)) : undefined,
    )
    .filter((type): type is string => type !== undefined);
  const salary = salaryText(posting.baseSalary);
  const header = [
    title,
    company ? `Company: ${company}` : undefined,
    places.length > 0 ? `Location: ${places.join('; ')}` : undefined,
    remote ? 'Workplace: Remote' : undefined,
    employment.length > 0 ? `Employment type: ${employment.join(', ')}` : undefined,
    salary ? `Salary: ${salary}` : undefined,
  ].filter((line): line is string => line !== undefined);
  const sections = [
    ['', posting.description],
    ['Responsibilities', posting.responsibilities],
    ['Qualifications', posting.qualifications],
    ['Skills', posting.skills],
    ['Experience', posting.experienceRequirements],
    ['Education', posting.educationRequirements],
  ]
    .map(([heading, body]) => [heading, descriptionText(body)] as const)
    .filter(([, body]) => body !== '')
    .map(([heading, body]) => (heading ? `${heading}\n${body}` : body));
  const url = safeHttpUrl(posting.url);
  return {
    text: [header.join('\n'), ...sections].filter(Boolean).join('\n\n'),
    ...(title ? { title } : {}),
    ...(company ? { company } : {}),
    ...(location ? { location } : {}),
    ...(url ? { url } : {}),
  };
}

function jsonLdPosting(tokens: readonly HtmlToken[]): Json | undefined {
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as HtmlToken;
    if (token.kind !== 'start' || token.name !== 'script') continue;
    if ((token.attrs.type ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const body = tokens[i + 1];
    if (body?.kind !== 'raw') continue;
    try {
      const found = findJobPosting(JSON.parse(body.text));
      if (found) return found;
    } catch {
      // A malformed block is skipped: pages often carry several, some broken.
    }
  }
  return undefined;
}

function pageUrl(tokens: readonly HtmlToken[]): string | undefined {
  let canonical: string | undefined;
  let og: string | undefined;
  for (const token of tokens) {
    if (token.kind === 'comment') {
      const saved = token.text.match(/^\s*saved from url=\(\d{1,5}\)(\S{1,2048})/);
      const url = safeHttpUrl(saved?.[1]);
      if (url) return url;
    } else if (token.kind === 'start' && token.name === 'link' && !canonical) {
      if ((token.attrs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'))
        canonical = safeHttpUrl(token.attrs.href);
    } else if (token.kind === 'start' && token.name === 'meta' && !og) {
      if ((token.attrs.property ?? token.attrs.name) === 'og:url')
        og = safeHttpUrl(token.attrs.content);
    }
  }
  return canonical ?? og;
}

/** The tokens of `<main>`, else the fullest `<article>`, else `<body>`, else the whole page. */
function contentTokens(tokens: readonly HtmlToken[]): readonly HtmlToken[] {
  const spans = (name: string): Array<[number, number]> => {
    const found: Array<[number, number]> = [];
    let depth = 0;
    let start = -1;
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i] as HtmlToken;
      if ((token.kind !== 'start' && token.kind !== 'end') || token.name !== name) continue;
      if (token.kind === 'start') {
        if (depth === 0) start = i;
        depth += 1;
      } else if (depth > 0) {
        depth -= 1;
        if (depth === 0) found.push([start, i]);
      }
    }
    if (depth > 0) found.push([start, tokens.length]);
    return found;
  };
  const textLength = ([from, to]: [number, number]) => {
    let length = 0;
    for (let i = from; i < to; i += 1) {
      const token = tokens[i] as HtmlToken;
      if (token.kind === 'text') length += token.text.trim().length;
    }
    return length;
  };
  for (const name of ['main', 'article', 'body']) {
    let best: { span: [number, number]; length: number } | undefined;
    for (const span of spans(name)) {
      const length = textLength(span);
      if (length > 0 && (!best || length > best.length)) best = { span, length };
    }
    if (best) return tokens.slice(best.span[0], best.span[1] + 1);
  }
  return tokens;
}

/** Share of characters no web page holds as text: control codes and U+FFFD from undecodable bytes. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 20_000);
  let odd = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const code = sample.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 0xfffd)
      odd += 1;
  }
  return sample.length > 0 && odd / sample.length > 0.01;
}

/** Reads a saved web page (its HTML as text) into a posting's text and the fields the page states. */
export function readSavedPage(html: string): Result<SavedPage, SavedPageProblem> {
  if (looksBinary(html) || html.startsWith('%PDF-') || html.startsWith('PK\u0003\u0004')) {
    return err({
      code: 'binary',
      message:
        'This file is not a web page: it holds binary data (perhaps a PDF or a Word document renamed). Save the posting’s page from your browser, or paste its text.',
    });
  }
  const tokens = tokenizeHtml(html);
  const sourceUrl = pageUrl(tokens);
  const posting = jsonLdPosting(tokens);
  if (posting) {
    const { url, ...found } = fromJobPosting(posting);
    const words = found.text.match(/\p{L}{2,}/gu)?.length ?? 0;
    // A JobPosting without its description still names the job; the page then gives the text.
    const text =
      words >= 30 ? found.text : `${found.text}\n\n${tokensToText(contentTokens(tokens))}`;
    const link = sourceUrl ?? url;
    return ok({
      ...found,
      text: text.trim(),
      ...(link ? { sourceUrl: link } : {}),
      from: 'json-ld',
    });
  }
  const text = tokensToText(contentTokens(tokens));
  if (!/\p{L}{2,}/u.test(text)) {
    return err({
      code: 'no_text',
      message:
        'This page has no readable text: it may show its content with scripts only. Open the posting in your browser, select its text, copy it and paste that instead.',
    });
  }
  return ok({ text, ...(sourceUrl ? { sourceUrl } : {}), from: 'content' });
}
