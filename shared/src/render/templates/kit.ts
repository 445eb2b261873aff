// Building blocks the templates share: header, section headings, entries and lists as layout blocks.
import {
  printedHeading,
  printedOrganisation,
  printedParagraphs,
  type DocEntry,
  type DocListItem,
  type DocSection,
  type ResumeDocument,
} from '../document';
import type { FontFamilyId, FontStyle } from '../fonts';
import type { Block, Run, TextStyle } from '../layout/types';

export type Theme = {
  readonly font: FontFamilyId;
  /** The accent as the user chose it (fills, rules). */
  readonly accent: string;
  /** The accent made dark enough to read as text on white. */
  readonly accentText: string;
  readonly text: string;
  readonly muted: string;
};

/** How a template sets its text; every size in points. */
export type Kit = {
  readonly theme: Theme;
  readonly body: number;
  readonly small: number;
  readonly lineHeight: number;
  readonly heading: {
    readonly size: number;
    readonly color: string;
    readonly upper: boolean;
    readonly decoration: 'rule-below' | 'rule-above' | 'bar' | 'none';
    readonly ruleColor: string;
    readonly spaceBefore: number;
    readonly spaceAfter: number;
  };
  /**
   * How an entry's first lines are arranged: title with dates then organisation with place
   * ("title-first"), the other way round ("organisation-first"), one line ("inline"), or one item
   * per line for narrow columns ("stacked").
   */
  readonly arrangement: 'title-first' | 'organisation-first' | 'inline' | 'stacked';
  readonly entryGap: number;
  readonly bullet: { readonly glyph: string; readonly indent: number; readonly hang: number };
};

export function style(
  kit: Kit,
  face: FontStyle = 'regular',
  size = kit.body,
  color = kit.theme.text,
): TextStyle {
  return { font: { family: kit.theme.font, style: face }, size, color };
}

function run(text: string, s: TextStyle, url?: string): Run {
  return url ? { text, style: s, url } : { text, style: s };
}

/** Header: the name first (H1), then the headline and one line of contacts, links live. */
export function headerBlocks(
  doc: ResumeDocument,
  kit: Kit,
  options: {
    readonly align: 'left' | 'center';
    readonly nameSize: number;
    readonly nameColor: string;
    readonly labelColor: string;
    readonly contactColor: string;
    readonly separator?: string;
  },
): Block[] {
  const blocks: Block[] = [];
  const align = options.align;
  if (doc.name) {
    blocks.push({
      kind: 'paragraph',
      runs: [run(doc.name, style(kit, 'bold', options.nameSize, options.nameColor))],
      structure: { role: 'H1' },
      align,
      lineHeight: 1.15,
      spaceAfter: 2,
      keepWithNext: true,
    });
  }
  if (doc.label) {
    blocks.push({
      kind: 'paragraph',
      runs: [run(doc.label, style(kit, 'regular', kit.body + 2, options.labelColor))],
      structure: { role: 'P' },
      align,
      lineHeight: 1.25,
      spaceAfter: 2,
      keepWithNext: true,
    });
  }
  if (doc.contacts.length) {
    const s = style(kit, 'regular', kit.small + 0.5, options.contactColor);
    const runs: Run[] = [];
    doc.contacts.forEach((c, i) => {
      if (i > 0) runs.push(run(options.separator ?? '  |  ', s));
      runs.push(run(c.text, s, c.url));
    });
    blocks.push({
      kind: 'paragraph',
      runs,
      structure: { role: 'P' },
      align,
      lineHeight: 1.35,
      spaceBefore: 2,
    });
  }
  return blocks;
}

export function headingBlocks(section: DocSection, kit: Kit): Block[] {
  const h = kit.heading;
  const title = h.upper ? section.title.toLocaleUpperCase('en') : section.title;
  const structure = { role: 'H2' as const, section: section.key };
  const runs = [run(title, style(kit, 'bold', h.size, h.color))];
  const blocks: Block[] = [];
  if (h.decoration === 'rule-above') {
    blocks.push({
      kind: 'rule',
      color: h.ruleColor,
      thickness: 0.75,
      spaceBefore: h.spaceBefore,
      spaceAfter: 3,
      keepWithNext: true,
    });
  }
  blocks.push({
    kind: 'paragraph',
    runs,
    structure,
    lineHeight: 1.2,
    spaceBefore: h.decoration === 'rule-above' ? 3 : h.spaceBefore,
    spaceAfter: h.spaceAfter,
    keepWithNext: true,
    ...(h.decoration === 'rule-below'
      ? { underline: { color: h.ruleColor, thickness: 0.75, gap: 2 } }
      : {}),
    ...(h.decoration === 'bar'
      ? { leftBar: { color: kit.theme.accent, width: 3 }, indent: 8 }
      : {}),
  });
  return blocks;
}

function paragraphsOf(
  texts: readonly string[],
  kit: Kit,
  section: string,
  spaceBefore: number,
): Block[] {
  return texts.map((text, i) => ({
    kind: 'paragraph' as const,
    runs: [run(text, style(kit))],
    structure: { role: 'P' as const, section },
    lineHeight: kit.lineHeight,
    spaceBefore: i === 0 ? spaceBefore : 3,
  }));
}

function bulletsOf(entry: DocEntry, kit: Kit, section: string): Block[] {
  return entry.bullets.map((text, i) => ({
    kind: 'paragraph' as const,
    runs: [run(text, style(kit))],
    structure: { role: 'LI' as const, section, list: `${section}-${entry.index}` },
    lineHeight: kit.lineHeight,
    indent: kit.bullet.indent,
    bullet: { text: kit.bullet.glyph, style: style(kit), hang: kit.bullet.hang },
    spaceBefore: i === 0 ? 2 : 1,
    keepTogether: true,
  }));
}

function detailsOf(entry: DocEntry, kit: Kit, section: string): Block[] {
  return entry.details.map((d) => ({
    kind: 'paragraph' as const,
    runs: [run(`${d.label}: `, style(kit, 'bold')), run(d.text, style(kit))],
    structure: { role: 'P' as const, section },
    lineHeight: kit.lineHeight,
    spaceBefore: 2,
  }));
}

function headBlocks(entry: DocEntry, kit: Kit, section: string): Block[] {
  const small = style(kit, 'regular', kit.small + 0.5, kit.theme.muted);
  const bold = style(kit, 'bold');
  const italic = style(kit, 'italic');
  let heading = printedHeading(entry, section);
  let organisation = printedOrganisation(entry, section);
  if (!heading) [heading, organisation] = [organisation, ''];
  const h3 = { role: 'H3' as const, section };
  const p = { role: 'P' as const, section };
  const row = (left: Run[], right: Run[], structure: typeof h3 | typeof p): Block => ({
    kind: 'row',
    left,
    right,
    structure,
    lineHeight: kit.lineHeight,
    keepWithNext: true,
  });
  const runsOf = (text: string, s: TextStyle): Run[] => (text ? [run(text, s)] : []);
  const blocks: Block[] = [];
  switch (kit.arrangement) {
    case 'title-first':
      blocks.push(row(runsOf(heading, bold), runsOf(entry.dates, small), h3));
      if (organisation || entry.location)
        blocks.push(row(runsOf(organisation, italic), runsOf(entry.location, small), p));
      break;
    case 'organisation-first':
      if (organisation) {
        blocks.push(row(runsOf(organisation, bold), runsOf(entry.location, small), h3));
        blocks.push(row(runsOf(heading, italic), runsOf(entry.dates, small), p));
      } else {
        blocks.push(row(runsOf(heading, bold), runsOf(entry.dates, small), h3));
        if (entry.location) blocks.push(row([], runsOf(entry.location, small), p));
      }
      break;
    case 'inline': {
      const left = [...runsOf(heading, bold)];
      if (organisation) left.push(run(heading ? `, ${organisation}` : organisation, style(kit)));
      if (entry.location) left.push(run(` — ${entry.location}`, small));
      blocks.push(row(left, runsOf(entry.dates, small), h3));
      break;
    }
    case 'stacked': {
      const lines: Array<[string, TextStyle, typeof h3 | typeof p]> = [
        [heading, bold, h3],
        [organisation, style(kit), p],
        [[entry.dates, entry.location].filter(Boolean).join(' · '), small, p],
      ];
      for (const [text, s, structure] of lines) {
        if (!text) continue;
        blocks.push({
          kind: 'paragraph',
          runs: [run(text, s)],
          structure,
          lineHeight: kit.lineHeight,
          keepWithNext: true,
        });
      }
      break;
    }
  }
  if (entry.link) {
    blocks.push({
      kind: 'paragraph',
      runs: [run(entry.link.text, small, entry.link.url)],
      structure: p,
      lineHeight: kit.lineHeight,
      keepWithNext: true,
    });
  }
  return blocks;
}

/** An entry with at most this many blocks under its heading is never split across pages. */
const SHORT_ENTRY_BLOCKS = 4;

export function entryBlocks(entry: DocEntry, kit: Kit, section: string, first: boolean): Block[] {
  const head = headBlocks(entry, kit, section);
  let body: Block[] = [
    ...paragraphsOf(printedParagraphs(entry), kit, section, 2),
    ...bulletsOf(entry, kit, section),
    ...detailsOf(entry, kit, section),
  ];
  if (body.length <= SHORT_ENTRY_BLOCKS) {
    body = body.map((b, i) => (i < body.length - 1 ? { ...b, keepWithNext: true } : b));
  }
  const lastHead = head[head.length - 1];
  if (lastHead && body.length === 0) head[head.length - 1] = { ...lastHead, keepWithNext: false };
  const firstHead = head[0];
  if (firstHead) head[0] = { ...firstHead, spaceBefore: first ? 0 : kit.entryGap };
  return [...head, ...body];
}

/** "Languages: Go, TypeScript": label and items on one line, the form parsers read as a skill group. */
function listItemBlock(item: DocListItem, kit: Kit, section: string): Block {
  const runs = item.label
    ? [run(`${item.label}: `, style(kit, 'bold')), run(item.text, style(kit))]
    : [run(item.text, style(kit))];
  return {
    kind: 'paragraph',
    runs,
    structure: { role: 'P', section },
    lineHeight: kit.lineHeight,
    spaceBefore: 2,
  };
}

/** A whole section: its heading kept with the first line of what follows. */
export function sectionBlocks(section: DocSection, kit: Kit): Block[] {
  const blocks = headingBlocks(section, kit);
  switch (section.kind) {
    case 'text':
      blocks.push(...paragraphsOf(section.paragraphs, kit, section.key, 0));
      break;
    case 'entries':
      section.entries.forEach((entry, i) =>
        blocks.push(...entryBlocks(entry, kit, section.key, i === 0)),
      );
      break;
    case 'list':
      section.items.forEach((item) => blocks.push(listItemBlock(item, kit, section.key)));
      break;
  }
  return blocks;
}
