// Cleans the characters a PDF yields: icon glyphs, missing ligatures, hyphen variants, invisibles.

/** Private-use code points: icon fonts (Font Awesome, Typst's and LaTeX's icon glyphs). */
const PRIVATE_USE = /[\uE000-\uF8FF]|[\u{F0000}-\u{FFFFD}]|[\u{100000}-\u{10FFFD}]/gu;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
/** Control characters other than the missing-glyph placeholder (U+0000) and whitespace. */
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F]/g;
/** The placeholder pdf.js emits for a glyph with no Unicode mapping (usually a ligature). */
export const MISSING_GLYPH = '\u0000';

/** Text of one PDF item, ready to be placed: icons and invisibles dropped, ligatures spelled out. */
export function cleanItemText(text: string): string {
  return (
    text
      .replace(PRIVATE_USE, '')
      .replace(INVISIBLE, '')
      // NFKC spells out ligature code points (U+FB01 "ﬁ" → "fi") and full-width forms.
      .normalize('NFKC')
      .replace(/[\u2010\u2011]/g, '-')
      .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
      .replace(CONTROL, '')
  );
}

/**
 * Guesses the ligature behind a glyph that has no Unicode mapping. Fonts that drop the mapping
 * are nearly always missing fi/fl/ff/ffi; which one follows from the letters after it
 * ("Certi?ed" → fi, "Over?ow" → fl) and from the glyph's width (ffi is wider than fi).
 */
export function guessLigature(after: string, widthEm: number): string {
  const next = after.slice(0, 2).toLowerCase();
  if (widthEm > 0.78) return /^[aeiouy]/.test(next) ? 'ff' : 'ffi';
  // fl + vowel (flow, flag, fluent, flight); fi + consonant, and fi + e (certified, field)
  // except in flex, fleet, flew, reflect.
  if (/^e[xewct]/.test(next) || /^[aiouy]/.test(next)) return 'fl';
  return 'fi';
}

/** Replaces missing-glyph placeholders in a word, given the average em width of each. */
export function resolveMissingGlyphs(text: string, widthEm: number): string {
  if (!text.includes(MISSING_GLYPH)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    out += ch === MISSING_GLYPH ? guessLigature(text.slice(i + 1), widthEm) : ch;
  }
  return out;
}

/** Bullet glyphs that open a list item (the private-use ones are gone by now). */
export const BULLET_GLYPHS = '•◦▪▫●○■□►▸▹‣⁃∙·✓✔➢➤→⦿⦾-–—*';
const BULLET_START = new RegExp(`^[${BULLET_GLYPHS.replace(/[-\]\\^]/g, '\\$&')}]\\s*`);

/** The text without a leading bullet glyph, or null when it does not start with one. */
export function stripBullet(text: string): string | null {
  const m = text.match(BULLET_START);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  // "-" and "*" count only when followed by a space ("- Led…"), not in "-5%" or "*nix".
  if (/^[-*–—]/.test(m[0]) && !/\s$/.test(m[0])) return null;
  // "·" and "→" only start a bullet when text follows.
  return rest.trim() === '' ? null : rest;
}
