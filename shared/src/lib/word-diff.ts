// Word-level differences between two texts (a rewritten bullet, two versions of a letter): what stayed, went, came in.

export type DiffPart = { readonly kind: 'same' | 'added' | 'removed'; readonly text: string };

/** Words with the whitespace after them, so joining the parts gives the text back. */
function pieces(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

/** Longest-common-subsequence size above which the compare gives up on words and diffs paragraphs. */
const MAX_CELLS = 4_000_000;

/** What changed from `before` to `after`, word by word (paragraph by paragraph for huge texts). */
export function diffWords(before: string, after: string): DiffPart[] {
  let a = pieces(before);
  let b = pieces(after);
  if (a.length * b.length > MAX_CELLS) {
    a = before.split(/(?<=\n\n)/);
    b = after.split(/(?<=\n\n)/);
  }
  const same = (x: string | undefined, y: string | undefined) => x?.trim() === y?.trim();
  // The unchanged start and end are taken whole first, so an edit in the middle reads as one block.
  let head = 0;
  while (head < a.length && head < b.length && same(a[head], b[head])) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    same(a[a.length - 1 - tail], b[b.length - 1 - tail])
  )
    tail++;
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    if (text === '') return;
    const last = parts.at(-1);
    if (last?.kind === kind) parts[parts.length - 1] = { kind, text: last.text + text };
    else parts.push({ kind, text });
  };
  push('same', b.slice(0, head).join(''));
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const n = midA.length;
  const m = midB.length;
  const lengths: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = lengths[i] as Uint32Array;
    const below = lengths[i + 1] as Uint32Array;
    for (let j = m - 1; j >= 0; j--)
      row[j] = same(midA[i], midB[j])
        ? (below[j + 1] as number) + 1
        : Math.max(below[j] as number, row[j + 1] as number);
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (same(midA[i], midB[j])) {
      push('same', midB[j] as string);
      i++;
      j++;
    } else if ((lengths[i + 1]?.[j] ?? 0) >= (lengths[i]?.[j + 1] ?? 0))
      push('removed', midA[i++] as string);
    else push('added', midB[j++] as string);
  }
  while (i < n) push('removed', midA[i++] as string);
  while (j < m) push('added', midB[j++] as string);
  push('same', b.slice(b.length - tail).join(''));
  return parts;
}
