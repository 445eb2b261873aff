// A word-level diff of two texts, for showing a rewrite: what stayed, what went, what came in.

export type DiffPart = { readonly type: 'same' | 'added' | 'removed'; readonly text: string };

/** Words with the spaces after them, so joining the parts gives the text back. */
function words(text: string): string[] {
  return text.match(/\S+\s*/g) ?? [];
}

const key = (word: string) => word.trim();

/** Past this many word pairs the diff shows the whole text replaced, instead of spending seconds. */
const MAX_CELLS = 250_000;

/** The longest common subsequence of words, as same/removed/added runs in reading order. */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = words(before);
  const b = words(after);
  if (a.length * b.length > MAX_CELLS) {
    return [
      ...(before ? [{ type: 'removed' as const, text: before }] : []),
      ...(after ? [{ type: 'added' as const, text: after }] : []),
    ];
  }
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i * width + j] =
        key(a[i] ?? '') === key(b[j] ?? '')
          ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
  const parts: DiffPart[] = [];
  const push = (type: DiffPart['type'], text: string) => {
    const last = parts.at(-1);
    if (last?.type === type) parts[parts.length - 1] = { type, text: last.text + text };
    else parts.push({ type, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (key(a[i] ?? '') === key(b[j] ?? '')) {
      push('same', b[j] ?? '');
      i++;
      j++;
    } else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0))
      push('removed', a[i++] ?? '');
    else push('added', b[j++] ?? '');
  }
  while (i < a.length) push('removed', a[i++] ?? '');
  while (j < b.length) push('added', b[j++] ?? '');
  return parts;
}
