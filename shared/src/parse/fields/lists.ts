// Lists printed inline ("Go, Rust, and Python etc.") and grids printed as rows of cells.
import type { Line } from '../types';

/** Splits text at separator characters outside parentheses and brackets. */
export function splitOutsideBrackets(text: string, separators: RegExp): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.test(ch)) {
      items.push(current);
      current = '';
    } else current += ch;
  }
  items.push(current);
  return items;
}

/** Splits a printed list on commas, semicolons, bars and dots, keeping parentheses whole. */
export function splitList(text: string): string[] {
  const parts = splitOutsideBrackets(text, /[,;|•·]/);
  // "Word, Excel & Outlook": the last two items of a list joined by "&" or "and".
  const last = parts[parts.length - 1]?.trim() ?? '';
  const pair = last.match(/^(.+?)\s+(?:&|and)\s+(.+)$/i);
  if (
    parts.length >= 2 &&
    pair &&
    pair[1]!.split(/\s+/).length <= 2 &&
    pair[2]!.split(/\s+/).length <= 2
  ) {
    parts.splice(parts.length - 1, 1, pair[1]!, pair[2]!);
  }
  return parts
    .map((item) =>
      item
        .trim()
        .replace(/^(?:and|&)\s+/i, '')
        .replace(/,?\s*etc\.?$/i, '')
        .replace(/^[\s\-–—*]+|[\s.]+$/g, '')
        .trim(),
    )
    .filter((item) => item !== '' && /[\p{L}\p{N}]/u.test(item));
}

/**
 * Rows of cells set in columns ("English ‖ Spanish" over "Native ‖ Intermediate") read column
 * by column; other lines stay as they are.
 */
export function readGridColumns(lines: readonly Line[]): Line[][] {
  const out: Line[][] = [];
  let plain: Line[] = [];
  const flushPlain = () => {
    if (plain.length > 0) out.push(plain);
    plain = [];
  };
  let i = 0;
  while (i < lines.length) {
    const first = lines[i]!;
    const edges = first.segments.map((s) => s.x0);
    const aligned = (line: Line) =>
      line.segments.length >= 2 &&
      line.segments.every((s) => edges.some((e) => Math.abs(e - s.x0) < 4));
    let j = i + 1;
    while (first.segments.length >= 2 && j < lines.length && aligned(lines[j]!)) j++;
    if (j - i < 2) {
      plain.push(first);
      i++;
      continue;
    }
    flushPlain();
    edges.forEach((edge) => {
      const column: Line[] = [];
      for (const line of lines.slice(i, j)) {
        const segment = line.segments.find((s) => Math.abs(s.x0 - edge) < 4);
        if (segment)
          column.push({ ...line, segments: [segment], text: segment.text, x0: segment.x0 });
      }
      out.push(column);
    });
    i = j;
  }
  flushPlain();
  return out;
}
