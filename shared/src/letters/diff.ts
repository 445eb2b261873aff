// Word-level differences between two versions of a letter, for the side-by-side compare.

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
  const n = a.length;
  const m = b.length;
  const lengths: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = lengths[i] as Uint32Array;
    const below = lengths[i + 1] as Uint32Array;
    for (let j = m - 1; j >= 0; j--)
      row[j] =
        a[i]?.trim() === b[j]?.trim()
          ? (below[j + 1] as number) + 1
          : Math.max(below[j] as number, row[j + 1] as number);
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts.at(-1);
    if (last?.kind === kind) parts[parts.length - 1] = { kind, text: last.text + text };
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i]?.trim() === b[j]?.trim()) {
      push('same', b[j] as string);
      i++;
      j++;
    } else if ((lengths[i + 1]?.[j] ?? 0) >= (lengths[i]?.[j + 1] ?? 0))
      push('removed', a[i++] as string);
    else push('added', b[j++] as string);
  }
  while (i < n) push('removed', a[i++] as string);
  while (j < m) push('added', b[j++] as string);
  return parts;
}
