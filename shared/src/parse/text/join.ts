// Joins text wrapped over several lines: spaces, hyphenation, soft hyphens.

const SOFT_HYPHEN = '\u00AD';

/**
 * How to read a hyphen at the end of a line. Typesetters that hyphenate on their own (TeX,
 * Typst) break words at syllables, so the hyphen goes; other producers (browsers, Word, most
 * PDF libraries) do not, so a line-end hyphen is a real one ("cross-" "device").
 */
export type HyphenPolicy = 'drop' | 'keep';

/** Producers known to hyphenate automatically. */
export function hyphenPolicyFor(producer: string): HyphenPolicy {
  return /\b(?:typst|pdftex|xetex|luatex|xdvipdfmx|dvipdfm|tex|latex|context)\b/i.test(producer)
    ? 'drop'
    : 'keep';
}

/** Text as stored: soft hyphens printed mid-line are real hyphens, whitespace collapsed. */
export function finishText(text: string): string {
  return text.replaceAll(SOFT_HYPHEN, '-').replace(/\s+/g, ' ').trim();
}

/** Joins wrapped lines into one string. */
export function joinWrapped(parts: readonly string[], policy: HyphenPolicy = 'keep'): string {
  let out = '';
  for (const raw of parts) {
    const part = raw.trim();
    if (part === '') continue;
    if (out === '') {
      out = part;
      continue;
    }
    const startsLower = /^\p{Ll}/u.test(part);
    if (out.endsWith(SOFT_HYPHEN)) {
      out = out.slice(0, -1) + part;
    } else if (/\p{L}-$/u.test(out) && startsLower) {
      out = policy === 'drop' ? out.slice(0, -1) + part : out + part;
    } else if (/\p{L}[-/]$/u.test(out)) {
      // "Resource-" + "Constrained", "CI/" + "CD": no space either way.
      out += part;
    } else {
      out += ` ${part}`;
    }
  }
  return finishText(out);
}
