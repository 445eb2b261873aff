// Reads an entry's head lines into pieces: dates, places, links and the named parts between
// separators ("Staff Engineer, Platform · Northwind Systems — Remote | 2021 – Present").
import { findDateRanges, PRESENT, type DateRange } from '../../lib/dates';
import { COUNTRIES, orgScore, titleScore, US_STATES } from '../lexicon';
import type { Line } from '../types';
import { findUrls } from './contact';
import { splitOutsideBrackets } from './lists';

export type Piece = {
  readonly text: string;
  readonly line: Line;
  readonly lineIndex: number;
  readonly bold: boolean;
  /** What separated it from the piece before: a comma, a dash, a bar or a new segment/line. */
  readonly joinedBy: 'comma' | 'dash' | 'strong' | 'line';
};

export type Head = {
  readonly pieces: Piece[];
  readonly dates: DateRange | null;
  readonly place: string | null;
  readonly urls: string[];
};

const STRONG = /\s+[|•·◦∙]\s+|\s*\|\s*|\s+@\s+|\t|\s{3,}/u;

/** "Data Scientist at Swiggy", but not "University of Texas at Austin". */
function splitAtEmployer(text: string): string[] {
  const m = text.match(/^(.+?)\s+at\s+(\p{Lu}.*)$/u);
  if (!m || titleScore(m[1]!) < 2 || orgScore(m[1]!) >= 2) return [text];
  return [m[1]!, m[2]!];
}
const DASH = /\s+[–—]\s+|\s+-\s+/;

const STATE_NAMES =
  /^(?:alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming)$/i;

/** Canadian provinces and Australian states, printed as codes. */
const OTHER_REGIONS = new Set(
  'ON QC BC AB MB SK NS NB NL PE YT NT NU NSW VIC QLD WA SA TAS ACT'.split(' '),
);

function isRegionToken(token: string): boolean {
  const t = token.trim();
  return US_STATES.has(t) || OTHER_REGIONS.has(t) || STATE_NAMES.test(t);
}

function isCountryToken(token: string): boolean {
  return COUNTRIES.has(token.trim().toLowerCase());
}

const CITY = /^(?:\p{Lu}[\p{L}.'’-]*)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|del|la|upon|on|am))*$/u;

/** "Remote", "Hybrid" and the like stand for a place. */
export const REMOTE = /^(?:remote|hybrid|on-?site|anywhere|worldwide)(?:\s*\(.*\))?$/i;

/**
 * Length of a place starting at `tokens[i]`: a city then a region and/or a country
 * ("Santa Clara, CA", "Mountain View, CA, USA", "London, UK", "Remote, USA"); 0 when none.
 */
export function placeAt(tokens: readonly string[], i: number): number {
  const city = tokens[i]?.trim() ?? '';
  if (!(CITY.test(city) && city.split(/\s+/).length <= 4) && !REMOTE.test(city)) return 0;
  let n = 1;
  if (tokens[i + n] !== undefined && isRegionToken(tokens[i + n]!.replace(/\s+\d{4,6}$/, ''))) n++;
  if (tokens[i + n] !== undefined && isCountryToken(tokens[i + n]!)) n++;
  if (n === 1 && isCountryToken(city)) return 1;
  if (n === 1 && REMOTE.test(city)) return 1;
  return n > 1 ? n : 0;
}

/** Cuts dates out of a text, with the separators left dangling around them. */
function cutDates(text: string): { rest: string; ranges: DateRange[] } {
  const found = findDateRanges(text);
  if (found.length === 0) return { rest: text, ranges: [] };
  let rest = '';
  let cursor = 0;
  for (const match of found) {
    rest += `${text.slice(cursor, match.index)} | `;
    cursor = match.index + match.length;
  }
  rest += text.slice(cursor);
  rest = rest
    .replace(/\(\s*\|\s*\)/g, ' | ')
    .replace(/\b(?:from|since|dates?|period)\s*:?\s*\|/gi, '|')
    .replace(/[([]\s*\|/g, '|')
    .replace(/\|\s*[)\]]/g, '|');
  return { rest, ranges: found };
}

/** Splits a text by commas, keeping "Inc."/"LLC" with their names and parentheses whole. */
export function commaTokens(text: string): string[] {
  const tokens = splitOutsideBrackets(text, /,/).map((t) => t.trim());
  const merged: string[] = [];
  for (const token of tokens.filter(Boolean)) {
    // "Co." but not "CO" (Colorado).
    const suffix =
      /^(?:inc|llc|ltd|corp|plc|gmbh|l\.?p|pty ltd)\.?$/i.test(token) || /^Co\.?$/.test(token);
    if (suffix && merged.length) {
      merged[merged.length - 1] += `, ${token}`;
    } else merged.push(token);
  }
  return merged;
}

function cleanPiece(text: string): string {
  return text
    .replace(/^[\s|,;:•·–—-]+|[\s|,;:•·–—-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A head line that ran to the right edge and went on below ("…Institute of Technology" /
 * "Delhi, New Delhi, India") is one line.
 */
/** A title over an employer (or the other way round) are two lines, however narrow the column. */
function rolesApart(above: string, below: string): boolean {
  const split =
    (titleScore(above) >= 2 && orgScore(below) >= 1) ||
    (orgScore(above) >= 2 && titleScore(below) >= 2);
  return !split;
}

function joinWrappedHeads(
  lines: readonly Line[],
  edgeOf: ((line: Line) => number) | undefined,
  canJoin: (above: string, below: string) => boolean,
): Line[] {
  if (!edgeOf) return [...lines];
  const out: Line[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const last = prev?.segments[prev.segments.length - 1];
    const word = line.segments[0]?.words[0];
    const wordWidth = word ? word.x1 - word.x0 : line.size * 3;
    const full = prev !== undefined && edgeOf(prev) - prev.x1 < wordWidth + 0.35 * line.size;
    const sameStyle =
      prev !== undefined && prev.bold === line.bold && Math.abs(prev.size - line.size) < 0.3;
    if (
      prev &&
      last &&
      full &&
      sameStyle &&
      line.segments.length === 1 &&
      // Wrapped text goes on at the same left edge; a right-aligned line does not wrap.
      Math.abs(line.x0 - prev.x0) < 3 &&
      // A right-aligned date or place reaches the edge by alignment, not by wrapping.
      prev.segments.length === 1 &&
      findUrls(line.text).length === 0 &&
      !prev.paragraphEnd &&
      line.gapAbove < 0.8 &&
      canJoin(last.text, line.text)
    ) {
      const text = `${last.text} ${line.text}`;
      out[out.length - 1] = {
        ...prev,
        segments: [
          ...prev.segments.slice(0, -1),
          {
            ...last,
            text,
            x1: line.x1,
            links: [...last.links, ...(line.segments[0]?.links ?? [])],
          },
        ],
        text: `${prev.text} ${line.text}`,
      };
    } else out.push(line);
  }
  return out;
}

/**
 * Breaks head lines into pieces. Dates and places are taken out first, then the rest is split on
 * strong separators (bars, dots, segment gaps), dashes and commas.
 */
export function readHead(
  lines: readonly Line[],
  edgeOf?: (line: Line) => number,
  canJoin: (above: string, below: string) => boolean = rolesApart,
): Head {
  const pieces: Piece[] = [];
  let dates: DateRange | null = null;
  let place: string | null = null;
  const urls: string[] = [];
  joinWrappedHeads(lines, edgeOf, canJoin).forEach((line, lineIndex) => {
    let first = true;
    for (const segment of line.segments) {
      for (const link of segment.links) if (/^https?:/i.test(link)) urls.push(link);
      const { rest, ranges } = cutDates(segment.text);
      const range = ranges[0];
      if (range && !dates) dates = range;
      for (const strong of rest.split(STRONG).flatMap(splitAtEmployer)) {
        let firstDash = true;
        for (const dashed of strong.split(DASH)) {
          const text = cleanPiece(dashed);
          if (text === '') continue;
          if (findUrls(text).length > 0 && text.split(/\s+/).length === 1) {
            urls.push(text);
            continue;
          }
          const tokens = commaTokens(text);
          for (let i = 0; i < tokens.length; i++) {
            const n = placeAt(tokens, i);
            if (n > 0) {
              if (!place) place = tokens.slice(i, i + n).join(', ');
              i += n - 1;
              continue;
            }
            const token = cleanPiece(tokens[i] ?? '');
            if (token === '') continue;
            pieces.push({
              text: token,
              line,
              lineIndex,
              bold: segment.bold,
              joinedBy: first ? 'line' : i > 0 ? 'comma' : firstDash ? 'strong' : 'dash',
            });
            first = false;
          }
          firstDash = false;
        }
        first = false;
      }
    }
  });
  return { pieces, dates, place, urls };
}

/** A range as the Resume model stores it: a single date is both start and end. */
export function rangeToDates(
  range: DateRange | null,
  single: 'both' | 'end',
): { startDate?: string; endDate?: string } {
  if (!range?.start) return {};
  if (range.single) {
    return single === 'both'
      ? { startDate: range.start, endDate: range.start }
      : { endDate: range.start };
  }
  if (range.end === PRESENT || range.end === null) return { startDate: range.start };
  return { startDate: range.start, endDate: range.end };
}
