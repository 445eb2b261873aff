import { describe, expect, it } from 'vitest';
import { fixedMeasurer } from '../../../test/measurer';
import type { TextStyle } from './types';
import { breakRuns } from './lines';
import { layoutBlocks, paginate } from './flow';
import { layoutPages } from './pages';
import type { Block, DrawText } from './types';

const m = fixedMeasurer(['lato']);
const regular: TextStyle = {
  font: { family: 'arimo', style: 'regular' },
  size: 10,
  color: '#000000',
};
const bold: TextStyle = { ...regular, font: { family: 'arimo', style: 'bold' } };
const text = (lines: ReturnType<typeof breakRuns>) =>
  lines.map((l) => l.segments.map((s) => s.text).join(''));

describe('line breaking', () => {
  it('fills lines greedily and breaks only at spaces', () => {
    // 5 pt a character: 100 pt holds 20 characters; "the incident-" would fit but is not a break.
    const lines = breakRuns(
      [{ text: 'the incident-response teams move fast', style: regular }],
      100,
      m,
    );
    expect(text(lines)).toEqual(['the', 'incident-response', 'teams move fast']);
  });

  it('never breaks between runs that touch (a bold word and its comma)', () => {
    const lines = breakRuns(
      [
        { text: 'aaaa bbbbbbb', style: regular },
        { text: ',', style: bold },
        { text: ' c', style: regular },
      ],
      55,
      m,
    );
    expect(text(lines)).toEqual(['aaaa', 'bbbbbbb, c']);
    expect(lines[1]?.segments.map((s) => [s.text, s.x])).toEqual([
      ['bbbbbbb', 0],
      [',', 35],
      [' c', 40],
    ]);
  });

  it('cuts a word wider than the line by characters', () => {
    expect(text(breakRuns([{ text: 'abcdefghij', style: regular }], 20, m))).toEqual([
      'abcd',
      'efgh',
      'ij',
    ]);
  });

  it('sets characters the family lacks in its fallback family', () => {
    const lato: TextStyle = { ...regular, font: { family: 'lato', style: 'bold' } };
    const [line] = breakRuns([{ text: 'Intern → Engineer', style: lato }], 500, m);
    expect(line?.segments.map((s) => [s.text, s.style.font.family, s.style.font.style])).toEqual([
      ['Intern ', 'lato', 'bold'],
      ['→', 'arimo', 'bold'],
      [' Engineer', 'lato', 'bold'],
    ]);
  });
});

function para(
  id: string,
  words: number,
  extra: Partial<Extract<Block, { kind: 'paragraph' }>> = {},
): Block {
  return {
    kind: 'paragraph',
    runs: [{ text: Array.from({ length: words }, () => id).join(' '), style: regular }],
    structure: { role: 'P' },
    lineHeight: 1,
    ...extra,
  };
}

describe('pagination', () => {
  // Lines are 10 pt high; a 100 pt tall frame holds 10 lines; 20 pt wide holds one 3-letter word.
  const frames = () => ({ x: 0, top: 0, bottom: 100 });
  const pagesOf = (blocks: Block[]) => {
    const placed = paginate(layoutBlocks(blocks, 0, 20, m), frames);
    return blocks.map((_, b) => [
      ...new Set(placed.filter((p) => p.box.block === b).map((p) => p.page)),
    ]);
  };

  it('keeps a heading with the block after it', () => {
    expect(
      pagesOf([para('aaa', 9), para('hhh', 1, { keepWithNext: true }), para('bbb', 3)]),
    ).toEqual([[0], [1], [1]]);
  });

  it('keeps a keep-together block whole', () => {
    expect(pagesOf([para('aaa', 8), para('bbb', 3, { keepTogether: true })])).toEqual([[0], [1]]);
  });

  it('leaves at least two lines of a paragraph on each side of a break', () => {
    const placed = paginate(layoutBlocks([para('aaa', 9), para('bbb', 3)], 0, 20, m), frames);
    const second = placed.filter((p) => p.box.block === 1).map((p) => p.page);
    expect(second).toEqual([1, 1, 1]);
    const long = paginate(layoutBlocks([para('aaa', 6), para('bbb', 8)], 0, 20, m), frames);
    expect(long.filter((p) => p.box.block === 1).map((p) => p.page)).toEqual([
      0, 0, 0, 0, 1, 1, 1, 1,
    ]);
  });

  it('collapses space between blocks and drops it at the top of a page', () => {
    const placed = paginate(
      layoutBlocks(
        [para('aaa', 1, { spaceAfter: 6 }), para('bbb', 1, { spaceBefore: 4 })],
        0,
        20,
        m,
      ),
      frames,
    );
    expect(placed.map((p) => p.y)).toEqual([0, 16]);
    const atTop = paginate(
      layoutBlocks([para('aaa', 10), para('bbb', 2, { spaceBefore: 8 })], 0, 20, m),
      frames,
    );
    expect(atTop.filter((p) => p.box.block === 1).map((p) => [p.page, p.y])).toEqual([
      [1, 0],
      [1, 10],
    ]);
  });
});

describe('pages', () => {
  const name: Block = {
    kind: 'paragraph',
    runs: [{ text: 'Ada', style: bold }],
    structure: { role: 'H1' },
    lineHeight: 1,
  };
  const geometry = { width: 300, height: 200, margin: 20 };

  it('writes the header, then the main column whole, then the sidebar, on every page', () => {
    const main = Array.from({ length: 30 }, (_, i) => para(`m${String(i).padStart(2, '0')}`, 1));
    const side = Array.from({ length: 20 }, (_, i) => para(`s${String(i).padStart(2, '0')}`, 1));
    const doc = layoutPages(
      {
        header: [name],
        headerGap: 10,
        main,
        sidebar: { blocks: side, side: 'left', width: 60, gap: 20, background: '#eeeeee' },
      },
      geometry,
      m,
    );
    expect(doc.pages).toHaveLength(2);
    const texts = doc.pages.map((p) =>
      p.items.filter((i): i is DrawText => i.kind === 'text').map((i) => i.text),
    );
    expect(texts[0]?.[0]).toBe('Ada');
    const order = texts.flat().filter((t) => t !== 'Ada');
    const firstPage = texts[0] ?? [];
    expect(firstPage.indexOf('s00')).toBeGreaterThan(
      firstPage.lastIndexOf(firstPage.filter((t) => t.startsWith('m')).pop() ?? ''),
    );
    expect(order.filter((t) => t.startsWith('m'))).toEqual(
      main.map((_, i) => `m${String(i).padStart(2, '0')}`),
    );
    expect(order.filter((t) => t.startsWith('s'))).toEqual(
      side.map((_, i) => `s${String(i).padStart(2, '0')}`),
    );
    // The sidebar sits left of the main column, and its panel is painted first.
    const first = doc.pages[0]?.items ?? [];
    expect(first[0]).toMatchObject({ kind: 'rect', x: 0, color: '#eeeeee' });
    const xOf = (t: string) =>
      first.find((i): i is DrawText => i.kind === 'text' && i.text === t)?.x ?? -1;
    expect(xOf('s00')).toBe(20);
    expect(xOf('m00')).toBe(100);
    expect(doc.blocks[0]).toEqual({ role: 'H1' });
  });

  it('puts the dates of a wrapped title after the whole title, on its first line', () => {
    const row: Block = {
      kind: 'row',
      left: [{ text: 'aaaa bbbb cccc dddd', style: regular }],
      right: [{ text: '2020', style: regular }],
      structure: { role: 'H3' },
      lineHeight: 1,
    };
    const doc = layoutPages(
      { header: [], headerGap: 0, main: [row] },
      { width: 140, height: 200, margin: 20 },
      m,
    );
    const texts = doc.pages[0]?.items.filter((i): i is DrawText => i.kind === 'text') ?? [];
    expect(texts.map((t) => t.text)).toEqual(['aaaa bbbb', 'cccc dddd', '2020']);
    expect(texts[2]?.y).toBe(texts[0]?.y);
    expect((texts[2]?.x ?? 0) + (texts[2]?.width ?? 0)).toBe(120);
  });
});
