// The person: name, headline, contact details and profiles, from the header and contact blocks.
import { findDateRanges } from '../../lib/dates';
import type { Basics, Location, Profile } from '../../resume/model';
import { NETWORK_NAMES, titleScore } from '../lexicon';
import { classifyHeading } from '../sections/headings';
import { joinWrapped, type HyphenPolicy } from '../text/join';
import type { Line } from '../types';
import {
  absoluteUrl,
  findEmails,
  findPhones,
  findUrls,
  networkOf,
  parseLocation,
  profileFromUrl,
  usernameOf,
} from './contact';
import type { Confidence } from './confidence';

/** A piece of a header line between separators ("a@b.com", "(312) 555-0123", "Austin, TX"). */
type Piece = { readonly text: string; readonly links: readonly string[]; readonly line: Line };

const SEPARATORS = /\s+[|•·◦∙]\s+|\s+[–—]\s+|\s*\|\s*|\s+,\s+|\s{3,}/;

function piecesOf(line: Line): Piece[] {
  return line.segments.flatMap((segment) =>
    segment.text
      .split(SEPARATORS)
      .map((text) => text.trim().replace(/^[|•·,]\s*|\s*[|•·,]$/g, ''))
      .filter((text) => text !== '')
      .map((text) => ({ text, links: segment.links, line })),
  );
}

const NOT_A_NAME =
  /\b(?:resume|résumé|curriculum|vitae|cv|sample|template|page|contact|profile|summary|updated)\b/i;

function stripPostNominals(text: string): string {
  return text
    .replace(/,\s*(?:ph\.?\s?d|m\.?d|mba|m\.?s|b\.?s|cpa|pmp|esq|jr|sr|ii|iii)\.?\s*$/i, '')
    .replace(/\s+(?:ph\.?d|mba|cpa|pmp)\.?$/i, '')
    .trim();
}

/** Whether text can be a person's name: 1 to 4 capitalised words, no digits or contact marks. */
export function looksLikeName(text: string): boolean {
  const name = stripPostNominals(text);
  if (name.length < 2 || name.length > 50 || /[\d@/:|•]/.test(name)) return false;
  if (NOT_A_NAME.test(name) || classifyHeading(name) !== null) return false;
  const parts = name.split(/\s+/);
  if (parts.length > 4) return false;
  return parts.every((p) =>
    /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.|(?:de|da|van|von|der|del|la|le|di|bin|al)$)/u.test(p),
  );
}

function isContact(text: string): boolean {
  return (
    findEmails(text).length > 0 ||
    findPhones(text).length > 0 ||
    findUrls(text).length > 0 ||
    parseLocation(text) !== null
  );
}

export type BasicsInput = {
  /** Lines before the first heading, and the lines of contact sections (sidebars). */
  readonly header: readonly Line[];
  readonly contact: readonly Line[];
  /** Every line, for a name that sits outside the header (a LinkedIn export's main column). */
  readonly all: readonly Line[];
  readonly bodySize: number;
  readonly hyphens: HyphenPolicy;
  readonly wantSummary: boolean;
};

export type BasicsOutput = { readonly basics: Basics; readonly used: ReadonlySet<Line> };

function pickName(
  candidates: readonly Line[],
  bodySize: number,
): { line: Line; text: string; score: number } | null {
  let best: { line: Line; text: string; score: number } | null = null;
  candidates.forEach((line, index) => {
    const text = line.segments[0]?.text.trim() ?? '';
    if (!looksLikeName(text) || line.bullet) return;
    const title = titleScore(text);
    let score = line.size / Math.max(1, bodySize) + (line.bold ? 0.2 : 0) - index * 0.02;
    if (line.page > 1) score -= 2;
    if (title > 0) score -= 1.5;
    if (text.split(/\s+/).length === 1) score -= 0.3;
    if (!best || score > best.score) best = { line, text: stripPostNominals(text), score };
  });
  return best;
}

function addProfile(profiles: Profile[], profile: Profile | null): void {
  if (!profile?.url) return;
  const key = profile.url
    .toLowerCase()
    .replace(/\/+$/, '')
    .replace(/^https?:\/\/(www\.)?/, '');
  const exists = profiles.some(
    (p) =>
      p.url
        ?.toLowerCase()
        .replace(/\/+$/, '')
        .replace(/^https?:\/\/(www\.)?/, '') === key,
  );
  if (!exists) profiles.push(profile);
}

/** Reads the person's details; `used` lists the lines that were consumed. */
export function parseBasics(input: BasicsInput, confidence: Confidence): BasicsOutput {
  const used = new Set<Line>();
  const lines = [...input.header, ...input.contact];
  const basics: { -readonly [K in keyof Basics]: Basics[K] } = {};

  let name = pickName(lines, input.bodySize);
  if (!name || name.score < 1) {
    const firstPage = input.all.filter((l) => l.page === 1);
    const wider = pickName(firstPage, input.bodySize);
    if (wider && (!name || wider.score > name.score + 0.3)) name = wider;
  }
  if (name) {
    basics.name = name.text;
    used.add(name.line);
    confidence.set('/basics/name', Math.min(0.95, 0.45 + 0.25 * name.score));
  }

  const pieces = lines.flatMap(piecesOf);
  const profiles: Profile[] = [];
  let location: Location | null = null;
  for (const piece of pieces) {
    const text = piece.text;
    if (!basics.email) {
      const email = findEmails(text)[0];
      if (email) {
        basics.email = email;
        used.add(piece.line);
        confidence.set('/basics/email', 0.99);
      }
    }
    if (!basics.phone) {
      const withoutMail = text.replace(/\S+@\S+/g, ' ');
      const phone = findPhones(withoutMail.replace(/^(?:phone|tel|mobile|cell)\s*:?\s*/i, ''))[0];
      if (phone && !findDateRanges(phone).length) {
        basics.phone = phone;
        used.add(piece.line);
        confidence.set('/basics/phone', 0.95);
      }
    }
    // A printed username or network name over a link: the link says where it goes.
    const webLinks = piece.links.filter((l) => /^https?:/i.test(l));
    for (const link of webLinks) {
      const printed = text.replace(/^(?:linkedin|github|twitter)\s*:\s*/i, '');
      const isName = NETWORK_NAMES.has(printed.toLowerCase());
      addProfile(profiles, profileFromUrl(link, isName ? undefined : printed));
      if (!networkOf(link) && !basics.url && findUrls(text).length > 0) basics.url = link;
      used.add(piece.line);
    }
    for (const url of findUrls(text)) {
      if (networkOf(url)) addProfile(profiles, profileFromUrl(url));
      else if (!basics.url) basics.url = absoluteUrl(url);
      used.add(piece.line);
    }
    if (!location && !findEmails(text).length) {
      const parsed = parseLocation(text.replace(/^(?:address|location)\s*:?\s*/i, ''));
      if (parsed) {
        location = parsed;
        used.add(piece.line);
        confidence.set('/basics/location/city', 0.8);
      }
    }
  }
  // Links with no printed URL at all ("LinkedIn" as a word over a link) in the header.
  for (const line of lines) {
    for (const segment of line.segments) {
      for (const link of segment.links) {
        if (/^https?:/i.test(link) && networkOf(link)) addProfile(profiles, profileFromUrl(link));
      }
    }
  }
  if (!basics.email) {
    const mail = lines
      .flatMap((l) => l.segments.flatMap((s) => s.links))
      .find((l) => /^mailto:/i.test(l));
    if (mail) basics.email = decodeURIComponent(mail.replace(/^mailto:/i, '').split('?')[0] ?? '');
  }
  if (location) basics.location = location;
  if (profiles.length > 0) {
    basics.profiles = profiles.map((p) => ({
      ...p,
      ...(p.username ? {} : p.url ? { username: usernameOf(p.url) } : {}),
    }));
    profiles.forEach((_, i) => confidence.set(`/basics/profiles/${i}/url`, 0.9));
  }
  if (basics.url) confidence.set('/basics/url', 0.8);

  const label = pickLabel(lines, name?.line ?? null, used, input);
  if (label) {
    basics.label = label;
    confidence.set('/basics/label', 0.7);
  }
  if (input.wantSummary) {
    // A paragraph under the name with no heading of its own: a prose line and the lines that
    // wrap on from it.
    const prose: Line[] = [];
    for (const line of input.header) {
      if (used.has(line) || isContact(line.text)) {
        if (prose.length > 0) break;
        continue;
      }
      const words = line.text.split(/\s+/).length;
      if (prose.length === 0 ? words >= 8 && /\p{Ll}/u.test(line.text) : !line.bullet)
        prose.push(line);
      else if (prose.length > 0) break;
    }
    if (prose.reduce((n, l) => n + l.text.split(/\s+/).length, 0) >= 12) {
      basics.summary = joinWrapped(
        prose.map((l) => l.text),
        input.hyphens,
      );
      prose.forEach((l) => used.add(l));
      confidence.set('/basics/summary', 0.6);
    }
  }
  return { basics, used };
}

/** The headline printed with the name: the short non-contact line just after (or before) it. */
function pickLabel(
  lines: readonly Line[],
  nameLine: Line | null,
  used: Set<Line>,
  input: BasicsInput,
): string | null {
  if (!nameLine) return null;
  const index = lines.indexOf(nameLine);
  const candidate = (line: Line | undefined): string | null => {
    if (!line || line === nameLine || line.bullet) return null;
    const text = line.segments[0]?.text.trim() ?? '';
    const wordsCount = text.split(/\s+/).length;
    if (text === '' || wordsCount > 9 || isContact(text) || classifyHeading(text) !== null) {
      return null;
    }
    if (findDateRanges(text).length > 0 || /[.;]$/.test(text)) return null;
    if (!/^\p{Lu}/u.test(text)) return null;
    return text;
  };
  for (let i = index + 1; i < Math.min(lines.length, index + 6); i++) {
    const line = lines[i];
    const text = candidate(line);
    if (!line || !text) continue;
    if (line.size < input.bodySize * 0.9 && titleScore(text) === 0) continue;
    // A headline wrapped onto a second line in the same style.
    const next = lines[i + 1];
    const nextText = candidate(next);
    used.add(line);
    if (
      next &&
      nextText &&
      Math.abs(next.size - line.size) < 0.2 &&
      next.gapAbove < 0.8 &&
      !/[·|]/.test(text)
    ) {
      const joined = `${text} ${nextText}`;
      if (joined.split(/\s+/).length <= 9 && /^\p{Ll}|^[A-Z][a-z]+$/u.test(nextText)) {
        used.add(next);
        return joined;
      }
    }
    return text;
  }
  const before = candidate(lines[index - 1]);
  if (before && titleScore(before) > 0) {
    used.add(lines[index - 1] as Line);
    return before;
  }
  return null;
}
