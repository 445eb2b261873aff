// The smaller sections: projects, certificates, awards, publications, interests, references.
import { findDateRanges } from '../../lib/dates';
import type {
  Award,
  Certificate,
  Interest,
  Project,
  Publication,
  Reference,
} from '../../resume/model';
import { titleScore } from '../lexicon';
import { joinWrapped, type HyphenPolicy } from '../text/join';
import type { Line } from '../types';
import { absoluteUrl, findUrls } from './contact';
import { readBody, splitEntries } from './entries';
import { rangeToDates, readHead } from './head';
import { readGridColumns, splitList } from './lists';

const dated = (line: Line) => findDateRanges(line.text).length > 0;

/** Text with its dates (and the brackets or separators around them) taken out. */
function withoutDates(text: string): string {
  let out = text;
  for (const m of [...findDateRanges(text)].reverse()) {
    out = out.slice(0, m.index) + out.slice(m.index + m.length);
  }
  return out
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/[\s,|·•–—-]+$/g, '')
    .replace(/^[\s,|·•–—-]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Roles: Lead, Designer", "Tech stack: Go, React": a labelled list that belongs to a project. */
const PROJECT_LABEL =
  /^\s*(roles?|my roles?|technolog(?:y|ies)(?: used)?|tech(?:nology)?[ -]?stack|stack|tools(?: used)?|built with|keywords|skills used)\s*:\s*(.+)$/i;

type ProjectLabel = { readonly kind: 'roles' | 'keywords'; readonly values: string[] };

function readProjectLabel(line: Line): ProjectLabel | null {
  if (line.bullet) return null;
  const m = line.text.match(PROJECT_LABEL);
  if (!m) return null;
  const values = splitList(m[2]!).filter(Boolean);
  if (values.length === 0) return null;
  return { kind: /^(?:my )?roles?$/i.test(m[1]!) ? 'roles' : 'keywords', values };
}

/**
 * Splits projects into entries, keeping labelled lines ("Roles: …", "Technologies: …") with the
 * project above them: set apart from its description they would otherwise read as a new head.
 */
function projectEntries(lines: readonly Line[]) {
  const entries: { head: Line[]; body: Line[]; labels: ProjectLabel[] }[] = [];
  for (const entry of splitEntries(lines, {
    fieldsOf: (l) => new Set(dated(l) ? ['dates'] : []),
  })) {
    const previous = entries[entries.length - 1];
    // Labels before the entry's own first line ("Roles: …" under the project above, where the
    // next project's name then joined them) belong to the project above.
    const leading: ProjectLabel[] = [];
    let headStart = 0;
    for (const line of entry.head) {
      const label = readProjectLabel(line);
      if (!label) break;
      leading.push(label);
      headStart++;
    }
    const labels: ProjectLabel[] = [];
    const keep = (l: Line) => {
      const label = readProjectLabel(l);
      if (label) labels.push(label);
      return !label;
    };
    const head = entry.head.slice(headStart).filter(keep);
    const body = entry.body.filter(keep);
    if (previous) previous.labels.push(...leading);
    else labels.unshift(...leading);
    if (head.length === 0 && previous) {
      previous.body.push(...body);
      previous.labels.push(...labels);
    } else {
      entries.push({ head, body, labels });
    }
  }
  return entries;
}

export function parseProjects(lines: readonly Line[], hyphens: HyphenPolicy): Project[] {
  const projects: Project[] = [];
  for (const column of [lines]) {
    for (const entry of projectEntries(column)) {
      const head = readHead(entry.head);
      const [first, ...rest] = head.pieces;
      if (!first) continue;
      let name = first.text;
      let description: string | undefined;
      // "tinydb — Embeddable Key-Value Store", "opentrace (tracing library)".
      const tagline = name.match(/^(.+?)\s*\((.+)\)$/);
      if (tagline) {
        name = tagline[1]!.trim();
        description = tagline[2];
      }
      const named = name.match(
        /^(?:personal|academic|side|course|capstone|research) project\s*:\s*(.+)$/i,
      );
      if (named) name = named[1]!.trim();
      const roles: string[] = [];
      const keywords: string[] = [];
      rest.forEach((piece, i) => {
        // "Gitlytics | Python, Flask, React": a list after the name is the project's stack.
        const next = rest[i + 1];
        const inList =
          piece.text.split(/\s+/).length <= 3 &&
          (piece.joinedBy === 'comma' || next?.joinedBy === 'comma') &&
          piece.line === first.line;
        if (inList) keywords.push(piece.text);
        else if (titleScore(piece.text) > 0 && piece.text.split(/\s+/).length <= 5) {
          roles.push(piece.text);
        } else if (!description && piece.joinedBy !== 'comma') description = piece.text;
      });
      for (const label of entry.labels)
        (label.kind === 'roles' ? roles : keywords).push(...label.values);
      const body = readBody(entry.body, hyphens);
      if (!description && body.prose) description = body.prose;
      const urls = [...head.urls, ...entry.body.flatMap((l) => l.segments.flatMap((s) => s.links))];
      const url = urls.find((u) => /^https?:|^[a-z0-9-]+\./i.test(u));
      projects.push({
        name,
        ...(description ? { description } : {}),
        ...(body.bullets.length > 0 ? { highlights: body.bullets } : {}),
        ...rangeToDates(head.dates, 'both'),
        ...(url ? { url: absoluteUrl(url) } : {}),
        ...(roles.length > 0 ? { roles } : {}),
        ...(keywords.length > 0 ? { keywords } : {}),
      });
    }
  }
  return projects;
}

/** One certificate per bullet or per name line; issuer and date from the lines with it. */
export function parseCertificates(lines: readonly Line[]): Certificate[] {
  const out: Certificate[] = [];
  for (const column of readGridColumns(lines)) {
    let current: { name: string; issuer?: string; date?: string } | null = null;
    for (const line of column) {
      const text = line.text.trim();
      const range = findDateRanges(text)[0];
      const rest = withoutDates(text);
      // "Name, Issuer, 2022" or "Name - Issuer - 2022"; a dash inside a comma list is the name's.
      const parts = (
        /,\s/.test(rest) ? rest.split(/,\s+/) : rest.split(/\s+[–—-]\s+|\s*\|\s*|\s+·\s+/)
      )
        .map((p) => p.trim())
        .filter(Boolean);
      if (line.bullet || !current || (current.name && (current.issuer || current.date) && rest)) {
        if (!rest) {
          if (current && range?.start) current.date = range.start;
          continue;
        }
        current = { name: parts[0] ?? rest };
        if (parts[1]) current.issuer = parts[1];
        if (range?.start) current.date = range.start;
        out.push(current);
        continue;
      }
      if (!rest && range?.start) current.date = range.start;
      else if (rest && !current.issuer) current.issuer = rest;
      if (range?.start && !current.date) current.date = range.start;
    }
  }
  return out.map((c) => ({ ...c }));
}

export function parseAwards(lines: readonly Line[], hyphens: HyphenPolicy): Award[] {
  const out: Award[] = [];
  for (const entry of splitEntries(lines)) {
    const items =
      entry.head.length > 0
        ? [entry.head, ...entry.body.map((l) => [l])]
        : entry.body.map((l) => [l]);
    const body = readBody(entry.body, hyphens);
    const texts =
      entry.head.length > 0
        ? [
            joinWrapped(
              entry.head.map((l) => l.text),
              hyphens,
            ),
          ]
        : body.bullets.length > 0
          ? body.bullets
          : items.map((group) =>
              joinWrapped(
                group.map((l) => l.text),
                hyphens,
              ),
            );
    for (const text of texts) {
      const range = findDateRanges(text)[0];
      const title = withoutDates(text);
      if (!title) continue;
      const [name, awarder] = title.split(/\s+[–—-]\s+|,\s+(?=[\p{Lu}])(?=[^,]*$)/u);
      out.push({
        title: (name ?? title).trim(),
        ...(range?.start ? { date: range.start } : {}),
        ...(awarder && awarder.split(/\s+/).length <= 6 ? { awarder: awarder.trim() } : {}),
      });
    }
    if (entry.head.length > 0 && body.prose && out.length > 0) {
      out[out.length - 1] = { ...out[out.length - 1], summary: body.prose };
    }
  }
  return out;
}

export function parsePublications(lines: readonly Line[], hyphens: HyphenPolicy): Publication[] {
  const out: Publication[] = [];
  for (const entry of splitEntries(lines, {
    fieldsOf: (l) => new Set(dated(l) ? ['dates'] : []),
  })) {
    const headText = joinWrapped(
      entry.head.map((l) => l.text),
      hyphens,
    );
    const range = findDateRanges(headText)[0];
    const name = withoutDates(headText) || entry.body[0]?.text;
    if (!name) continue;
    const bodyText = entry.body.map((l) => l.text).join(' ');
    const url = [...entry.head, ...entry.body].flatMap((l) =>
      l.segments.flatMap((s) => s.links),
    )[0];
    const publisher = bodyText.match(/\(([^)]+)\)\s*$/)?.[1];
    out.push({
      name,
      ...(publisher ? { publisher } : {}),
      ...(range?.start ? { releaseDate: range.start } : {}),
      ...(url
        ? { url }
        : findUrls(bodyText)[0]
          ? { url: absoluteUrl(findUrls(bodyText)[0]!) }
          : {}),
    });
  }
  return out;
}

export function parseInterests(lines: readonly Line[]): Interest[] {
  return lines
    .flatMap((line) => line.segments.flatMap((s) => splitList(s.text)))
    .map((name) => ({ name }));
}

const ON_REQUEST = /\b(?:available|provided|furnished)\s+(?:up)?on\s+request\b/i;

export function parseReferences(lines: readonly Line[], hyphens: HyphenPolicy): Reference[] {
  const kept = lines.filter((l) => !ON_REQUEST.test(l.text));
  if (kept.length === 0) return [];
  const body = readBody(kept, hyphens);
  const texts = body.bullets.length > 0 ? body.bullets : body.prose ? [body.prose] : [];
  return texts.map((reference) => ({ reference }));
}

export function parseSummary(lines: readonly Line[], hyphens: HyphenPolicy): string | null {
  const body = readBody(lines, hyphens);
  const parts = [...(body.prose ? [body.prose] : []), ...body.bullets];
  const text = parts.join(' ').trim();
  return text === '' ? null : text;
}

export function parseCourses(lines: readonly Line[]): string[] {
  return lines.flatMap((l) =>
    l.segments.flatMap((s) => splitList(s.text.replace(/^[^:]{0,30}:\s*/, ''))),
  );
}
