// Work and volunteer entries: employer, title, place, dates, highlights, summary.
import { findDateRanges } from '../../lib/dates';
import type { Volunteer, Work } from '../../resume/model';
import { isDateOrPlace } from '../layout/columns';
import { orgScore, titleScore } from '../lexicon';
import type { HyphenPolicy } from '../text/join';
import type { Line, Segment } from '../types';
import type { Confidence } from './confidence';
import { readBody, rightEdges, splitEntries, type Entry } from './entries';
import { rangeToDates, readHead, REMOTE, type Head, type Piece } from './head';

type Roles = {
  position?: string;
  company?: string;
  description?: string;
  /** The company stood on a line of its own (a banner over several roles). */
  companyAlone: boolean;
  titleFound: boolean;
  orgFound: boolean;
  /** The line the title was read from. */
  positionLine?: Line;
};

const TEAM_SUFFIX_WORDS = 4;

/** Decides which head piece is the employer and which the title. */
export function assignRoles(head: Head): Roles {
  const pieces = [...head.pieces];
  let description: string | undefined;
  const kept: Piece[] = [];
  for (const piece of pieces) {
    const paren = piece.text.match(/^\((.+)\)$/);
    if (paren && kept.length > 0) description = paren[1];
    else kept.push(piece);
  }
  // "Northwind Systems — Platform Reliability": a dash between two non-titles is a
  // sub-organisation, printed as one employer.
  const merged: Piece[] = [];
  for (const piece of kept) {
    const prev = merged[merged.length - 1];
    if (
      prev &&
      piece.joinedBy === 'dash' &&
      piece.lineIndex === prev.lineIndex &&
      titleScore(piece.text) === 0 &&
      titleScore(prev.text) === 0
    ) {
      merged[merged.length - 1] = { ...prev, text: `${prev.text} — ${piece.text}` };
    } else merged.push(piece);
  }
  const scored = merged.map((piece) => ({
    piece,
    title: titleScore(piece.text),
    org: orgScore(piece.text),
  }));
  let titleIndex = -1;
  scored.forEach((s, i) => {
    if (s.title > 0 && s.title > s.org && (titleIndex < 0 || s.title > scored[titleIndex]!.title)) {
      titleIndex = i;
    }
  });
  const others = scored.filter((_, i) => i !== titleIndex);
  let companyIndex = -1;
  let bestOrg = 0;
  scored.forEach((s, i) => {
    if (i !== titleIndex && s.org > bestOrg) {
      companyIndex = i;
      bestOrg = s.org;
    }
  });
  if (companyIndex < 0) companyIndex = scored.findIndex((_, i) => i !== titleIndex);
  let position = titleIndex >= 0 ? scored[titleIndex]!.piece.text : undefined;
  // "Staff Engineer, Platform": a short non-title after a title's comma is its team.
  if (titleIndex >= 0) {
    const next = scored[titleIndex + 1];
    if (
      next &&
      next.piece.joinedBy === 'comma' &&
      next.piece.lineIndex === scored[titleIndex]!.piece.lineIndex &&
      next.title === 0 &&
      next.org === 0 &&
      next.piece.text.split(/\s+/).length <= TEAM_SUFFIX_WORDS &&
      companyIndex !== titleIndex + 1
    ) {
      position = `${position}, ${next.piece.text}`;
    } else if (
      next &&
      companyIndex === titleIndex + 1 &&
      next.piece.joinedBy === 'comma' &&
      next.title === 0 &&
      next.org === 0 &&
      others.length >= 2
    ) {
      // The team suffix, with the employer elsewhere in the head.
      const elsewhere = scored.findIndex(
        (s, i) => i !== titleIndex && i !== titleIndex + 1 && s.title === 0,
      );
      if (elsewhere >= 0) {
        position = `${position}, ${next.piece.text}`;
        companyIndex = elsewhere;
      }
    }
  }
  if (titleIndex < 0 && scored.length >= 2 && companyIndex >= 0) {
    // No title word anywhere: the other named piece is the title.
    const other = scored.findIndex((_, i) => i !== companyIndex);
    if (other >= 0) position = scored[other]!.piece.text;
  }
  const company = companyIndex >= 0 ? scored[companyIndex]!.piece : undefined;
  const companyAlone =
    company !== undefined &&
    !scored.some((s, i) => i !== companyIndex && s.piece.lineIndex === company.lineIndex);
  return {
    ...(position ? { position } : {}),
    ...(company ? { company: company.text } : {}),
    ...(description ? { description } : {}),
    companyAlone,
    titleFound: titleIndex >= 0,
    orgFound: company !== undefined && scored[companyIndex]!.org > 0,
    ...(titleIndex >= 0 ? { positionLine: scored[titleIndex]!.piece.line } : {}),
  };
}

/** Dates and places set beside body lines (a right-hand column): taken off the lines. */
export function peelAnnotations(body: Line[]): { lines: Line[]; texts: string[] } {
  const texts: string[] = [];
  const lines = body.map((line) => {
    if (line.segments.length < 2) return line;
    const keep: Segment[] = [];
    line.segments.forEach((segment, i) => {
      if (i > 0 && isDateOrPlace(segment.text)) texts.push(segment.text);
      else keep.push(segment);
    });
    if (keep.length === line.segments.length) return line;
    return { ...line, segments: keep, text: keep.map((s) => s.text).join(' ') };
  });
  return { lines, texts };
}

function looksLikeRoleLine(line: Line): boolean {
  const text = line.text.trim();
  return (
    text.split(/\s+/).length <= 10 &&
    !/[.!?]$/.test(text) &&
    (titleScore(text) > 0 || orgScore(text) > 0) &&
    /,|\bat\b|[|·—–]/.test(text)
  );
}

type ParsedEntry = {
  readonly fields: Work;
  readonly roles: Roles;
  readonly confidence: Record<string, number>;
  readonly head: Head;
  /** The body was a list of items told apart by layout, not by glyphs. */
  readonly plainList: boolean;
};

function parseEntry(
  entry: Entry,
  hyphens: HyphenPolicy,
  edgeOf: (line: Line) => number,
): ParsedEntry {
  const peeled = peelAnnotations(entry.body);
  let body = peeled.lines;
  let headLines = entry.head;
  let head = readHead(headLines, edgeOf);
  let roles = assignRoles(head);
  // "Mar 2021 – Present" above "• Staff Engineer, Globex Systems": the role is the first bullet.
  const firstBody = body[0];
  if (!roles.position && !roles.company && firstBody && looksLikeRoleLine(firstBody)) {
    headLines = [...headLines, firstBody];
    body = body.slice(1);
    head = readHead(headLines, edgeOf);
    roles = assignRoles(head);
  }
  let dates = head.dates;
  let place = head.place;
  for (const text of peeled.texts) {
    const range = findDateRanges(text)[0];
    if (range && !dates) dates = range;
    else if (!range && !place && !/^\d/.test(text)) place = text;
  }
  const read = readBody(body, hyphens, edgeOf);
  const fields: Work = {
    ...(roles.company ? { name: roles.company } : {}),
    ...(roles.position ? { position: roles.position } : {}),
    ...(place ? { location: place } : {}),
    ...(roles.description ? { description: roles.description } : {}),
    ...(head.urls[0]
      ? { url: head.urls[0].startsWith('http') ? head.urls[0] : `https://${head.urls[0]}` }
      : {}),
    ...rangeToDates(dates, 'both'),
    ...(read.prose ? { summary: read.prose } : {}),
    ...(read.bullets.length > 0 ? { highlights: read.bullets } : {}),
  };
  const confidence: Record<string, number> = {
    name: roles.orgFound ? 0.85 : roles.titleFound ? 0.7 : 0.5,
    position: roles.titleFound ? 0.85 : 0.5,
    startDate: dates ? 0.9 : 0,
    endDate: dates ? 0.9 : 0,
    location: place && !REMOTE.test(place) ? 0.8 : 0.6,
    highlights: 0.8,
    summary: 0.7,
  };
  return { fields, roles, confidence, head, plainList: !read.glyphs && read.bullets.length > 0 };
}

/**
 * In a section whose entries list their items without glyphs, an entry with a single such line
 * ("Sang tenor in a 40-voice choir.") has a one-item list, not a summary.
 */
function oneItemLists(entries: ParsedEntry[]): ParsedEntry[] {
  if (!entries.some((e) => e.plainList)) return entries;
  return entries.map((entry) => {
    const { summary, highlights, ...rest } = entry.fields;
    const oneSentence =
      summary !== undefined &&
      !/[.!?]\s+\p{Lu}/u.test(summary) &&
      summary.split(/\s+/).length <= 40;
    if (!oneSentence || highlights) return entry;
    return { ...entry, fields: { ...rest, highlights: [summary] } };
  });
}

/** Same indent and emphasis: lines set as the same kind of thing. */
function sameRole(a: Line, b: Line): boolean {
  return Math.abs(a.indent - b.indent) < 2 && a.bold === b.bold && Math.abs(a.size - b.size) < 0.3;
}

/**
 * Under an employer banner, a later role's line ("Senior Engineer, Payments Core") is set like
 * the first role's title line: all of it is the title, and the employer is the banner's.
 */
function underBanner(result: ParsedEntry, prev: ParsedEntry | undefined): ParsedEntry | null {
  const banner = prev?.roles.companyAlone ? prev.fields.name : undefined;
  const titleLine = prev?.roles.positionLine;
  if (!banner || !titleLine || !result.roles.titleFound) return null;
  if (result.head.pieces.some((p) => orgScore(p.text) >= 2)) return null;
  const lines = new Set(result.head.pieces.map((p) => p.line));
  if (lines.size !== 1) return null;
  const [line] = [...lines];
  if (!line || !sameRole(line, titleLine)) return null;
  const position = result.head.pieces.map((p) => p.text).join(', ');
  return {
    ...result,
    fields: { ...result.fields, name: banner, position },
    roles: { ...result.roles, companyAlone: false },
  };
}

function lineHasDate(line: Line): boolean {
  return findDateRanges(line.text).length > 0;
}

/** Reads a work-like section into entries, carrying an employer banner over its roles. */
export function parseWorkSection(lines: readonly Line[], hyphens: HyphenPolicy): ParsedEntry[] {
  const entries = splitEntries(lines, {
    fieldsOf: (line) => new Set(lineHasDate(line) ? ['dates'] : []),
  });
  const parsed: ParsedEntry[] = [];
  const edgeOf = rightEdges(lines);
  for (const entry of entries) {
    const result = parseEntry(entry, hyphens, edgeOf);
    if (Object.keys(result.fields).length === 0) continue;
    const prev = parsed[parsed.length - 1];
    const banner = underBanner(result, prev);
    if (banner) {
      parsed.push({
        ...banner,
        roles: { ...banner.roles, companyAlone: true, positionLine: prev?.roles.positionLine },
      });
      continue;
    }
    // A role under the previous role's employer banner.
    if (
      !result.fields.name &&
      result.fields.position &&
      prev?.fields.name &&
      prev.roles.companyAlone
    ) {
      parsed.push({ ...result, fields: { name: prev.fields.name, ...result.fields } });
      continue;
    }
    // A banner line alone (no title, no dates, no body) belongs to the roles after it.
    if (
      prev &&
      !prev.fields.position &&
      !prev.fields.startDate &&
      !prev.fields.highlights &&
      !result.fields.name
    ) {
      parsed[parsed.length - 1] = {
        ...result,
        fields: { name: prev.fields.name, ...result.fields },
      };
      continue;
    }
    parsed.push(result);
  }
  return oneItemLists(parsed);
}

export function recordWork(
  entries: readonly ParsedEntry[],
  base: string,
  start: number,
  confidence: Confidence,
): Work[] {
  return entries.map((entry, i) => {
    for (const [field, value] of Object.entries(entry.confidence)) {
      if (field in entry.fields) confidence.set(`${base}/${start + i}/${field}`, value);
    }
    return entry.fields;
  });
}

export function toVolunteer(work: Work): Volunteer {
  const { name, location: _location, description: _description, ...rest } = work;
  return { ...(name ? { organization: name } : {}), ...rest };
}
