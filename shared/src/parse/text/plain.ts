// Pasted plain text to lines: one per text line, blank lines as gaps, tabs and wide spaces as
// segment breaks. Positions are in characters, so "would the next word have fitted" still works.
import { stripBullet } from '../pdf/glyphs';
import type { Line, Segment } from '../types';

const SEGMENT_BREAK = /\t+|\s{3,}/;

function segmentsOf(raw: string): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const part of raw.split(new RegExp(`(${SEGMENT_BREAK.source})`))) {
    if (part === '') continue;
    if (SEGMENT_BREAK.test(part) && part.trim() === '') {
      cursor += part.replace(/\t/g, '    ').length;
      continue;
    }
    const leading = part.length - part.trimStart().length;
    const text = part.trim().replace(/\s+/g, ' ');
    const x0 = cursor + leading;
    if (text !== '') {
      let wordX = x0;
      const words = text.split(' ').map((w) => {
        const word = { text: w, x0: wordX, x1: wordX + w.length };
        wordX += w.length + 1;
        return word;
      });
      segments.push({
        text,
        x0,
        x1: x0 + text.length,
        size: 1,
        bold: false,
        fontId: '',
        words,
        links: [],
      });
    }
    cursor += part.length;
  }
  return segments;
}

/** Lines of pasted text. Markdown-style headings (`## Experience`) are taken as headings. */
export function linesFromText(text: string): Line[] {
  const raw = text.replace(/\r\n?/g, '\n').split('\n');
  const width = Math.max(40, ...raw.map((l) => l.trimEnd().length));
  const lines: Line[] = [];
  let blank = 0;
  for (const source of raw) {
    const trimmed = source.trimEnd();
    if (trimmed.trim() === '') {
      blank++;
      continue;
    }
    const heading = trimmed.match(/^\s*(#{1,6})\s+(.*)$/);
    const body = heading ? heading[2]! : trimmed;
    const segments = segmentsOf(body);
    const first = segments[0];
    if (!first) continue;
    let content = segments.map((s) => s.text).join(' ');
    const stripped = stripBullet(content);
    if (stripped !== null) {
      content = stripped;
      const firstText = stripBullet(first.text) ?? first.text;
      segments[0] = { ...first, text: firstText, words: first.words.slice(1) };
    }
    const last = segments[segments.length - 1] ?? first;
    const letters = content.replace(/[^\p{L}]/gu, '');
    lines.push({
      segments,
      text: content,
      page: 1,
      column: 0,
      x0: first.x0,
      x1: last.x1,
      top: lines.length,
      size: 1,
      bold: false,
      gapAbove: lines.length === 0 ? 3 : blank > 0 ? 1 + blank : 0.2,
      indent: first.x0,
      columnRight: width,
      bullet: stripped !== null,
      headingLevel: heading ? heading[1]!.length : 0,
      allCaps: letters.length > 1 && letters === letters.toUpperCase(),
      rail: false,
      paragraphEnd: false,
    });
    blank = 0;
  }
  return lines;
}
