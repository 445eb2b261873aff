// Line breaking: styled runs into lines no wider than a measure, breaking only at spaces.
import { FONT_FAMILIES } from '../fonts';
import type { Run, TextMeasurer, TextStyle } from './types';

/** A stretch of one style on one line; `x` is relative to the line start. */
export type Segment = {
  readonly text: string;
  readonly style: TextStyle;
  readonly url?: string;
  readonly x: number;
  readonly width: number;
};

export type Line = { readonly segments: readonly Segment[]; readonly width: number };

type Part = { text: string; style: TextStyle; url?: string; width: number };
type Word = { parts: Part[]; width: number };
type Piece = { kind: 'word'; word: Word } | { kind: 'space'; part: Part };

function sameStyle(a: Part, b: Part): boolean {
  return (
    a.url === b.url &&
    a.style.size === b.style.size &&
    a.style.color === b.style.color &&
    a.style.font.family === b.style.font.family &&
    a.style.font.style === b.style.font.style
  );
}

function measure(measurer: TextMeasurer, text: string, style: TextStyle): number {
  return measurer.widthOf(text, style.font, style.size);
}

/**
 * Splits a token into parts by font: characters the run's family has no glyph for move to its
 * fallback family (when that one has them), so "→" or "✓" print instead of empty boxes.
 */
function byCoverage(
  token: string,
  style: TextStyle,
  measurer: TextMeasurer,
): Array<{ text: string; style: TextStyle }> {
  const covers = measurer.covers;
  if (!covers || /^[\x20-\x7e]*$/.test(token)) return [{ text: token, style }];
  const fallback: TextStyle = {
    ...style,
    font: { ...style.font, family: FONT_FAMILIES[style.font.family].fallback },
  };
  const parts: Array<{ text: string; style: TextStyle }> = [];
  for (const char of token) {
    const s = covers(style.font, char) || !covers(fallback.font, char) ? style : fallback;
    const last = parts[parts.length - 1];
    if (last && last.style === s) last.text += char;
    else parts.push({ text: char, style: s });
  }
  return parts;
}

/** Runs as words and spaces; text of adjacent runs with no space between is one word (no break). */
function piecesOf(runs: readonly Run[], measurer: TextMeasurer): Piece[] {
  const pieces: Piece[] = [];
  let current: Word | null = null;
  for (const run of runs) {
    for (const token of run.text.split(/( +)/)) {
      if (token === '') continue;
      const url = run.url ? { url: run.url } : {};
      if (token.startsWith(' ')) {
        current = null;
        pieces.push({
          kind: 'space',
          part: { text: ' ', style: run.style, ...url, width: measure(measurer, ' ', run.style) },
        });
        continue;
      }
      if (!current) {
        current = { parts: [], width: 0 };
        pieces.push({ kind: 'word', word: current });
      }
      for (const { text, style } of byCoverage(token, run.style, measurer)) {
        const width = measure(measurer, text, style);
        current.parts.push({ text, style, ...url, width });
        current.width += width;
      }
    }
  }
  return pieces;
}

/** Cuts a word wider than the measure into pieces that fit, character by character. */
function splitWord(word: Word, maxWidth: number, measurer: TextMeasurer): Word[] {
  const out: Word[] = [];
  let line: Word = { parts: [], width: 0 };
  for (const part of word.parts) {
    for (const char of Array.from(part.text)) {
      const width = measure(measurer, char, part.style);
      if (line.width + width > maxWidth && line.parts.length > 0) {
        out.push(line);
        line = { parts: [], width: 0 };
      }
      const last = line.parts[line.parts.length - 1];
      if (last && sameStyle(last, part)) {
        last.text += char;
        last.width += width;
      } else {
        line.parts.push({ ...part, text: char, width });
      }
      line.width += width;
    }
  }
  if (line.parts.length) out.push(line);
  return out;
}

function toLine(parts: readonly Part[]): Line {
  const merged: Part[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (last && sameStyle(last, part)) {
      last.text += part.text;
      last.width += part.width;
    } else {
      merged.push({ ...part });
    }
  }
  const segments: Segment[] = [];
  let x = 0;
  for (const part of merged) {
    segments.push({
      text: part.text,
      style: part.style,
      ...(part.url ? { url: part.url } : {}),
      x,
      width: part.width,
    });
    x += part.width;
  }
  return { segments, width: x };
}

/**
 * Greedy line breaking: as many words as fit on each line, breaking only at spaces (never at a
 * hyphen, so "incident-response" never reads as two words). A word wider than the whole measure is
 * cut by characters. Spaces at a line's start and end are dropped.
 */
export function breakRuns(runs: readonly Run[], maxWidth: number, measurer: TextMeasurer): Line[] {
  const lines: Line[] = [];
  let parts: Part[] = [];
  let width = 0;
  let spaces: Part[] = [];
  const spacesWidth = () => spaces.reduce((sum, s) => sum + s.width, 0);
  const endLine = () => {
    if (parts.length) lines.push(toLine(parts));
    parts = [];
    width = 0;
    spaces = [];
  };
  for (const piece of piecesOf(runs, measurer)) {
    if (piece.kind === 'space') {
      if (parts.length) spaces.push(piece.part);
      continue;
    }
    const words =
      piece.word.width > maxWidth ? splitWord(piece.word, maxWidth, measurer) : [piece.word];
    for (const word of words) {
      if (parts.length && width + spacesWidth() + word.width > maxWidth) endLine();
      if (parts.length) {
        parts.push(...spaces);
        width += spacesWidth();
      }
      spaces = [];
      parts.push(...word.parts.map((p) => ({ ...p })));
      width += word.width;
    }
  }
  endLine();
  return lines;
}

/** Width of runs set on one line, without breaking. */
export function runsWidth(runs: readonly Run[], measurer: TextMeasurer): number {
  return runs.reduce((sum, run) => sum + measure(measurer, run.text, run.style), 0);
}
