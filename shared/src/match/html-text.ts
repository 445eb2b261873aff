// HTML read in one linear pass: a forgiving tokenizer, entity decoding and tokens turned into lines of text.

export type HtmlToken =
  | {
      readonly kind: 'start';
      readonly name: string;
      readonly attrs: Readonly<Record<string, string>>;
    }
  | { readonly kind: 'end'; readonly name: string }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'raw'; readonly name: string; readonly text: string }
  | { readonly kind: 'comment'; readonly text: string };

/** Elements whose content is not markup: read to their end tag as one raw token. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript']);

/** Lower-cases ASCII only, so every index in the result is an index in the input too. */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
}

const NAME_CHAR = /[A-Za-z0-9:_-]/;
const SPACE = /[\s/]/;

/** Reads a start tag's name and attributes from `at` (just after "<"); returns where it ends. */
function readStartTag(html: string, at: number): { token: HtmlToken; next: number } {
  let i = at;
  while (i < html.length && NAME_CHAR.test(html[i] as string)) i += 1;
  const name = asciiLower(html.slice(at, i));
  const attrs: Record<string, string> = {};
  while (i < html.length) {
    while (i < html.length && SPACE.test(html[i] as string)) i += 1;
    if (i >= html.length || html[i] === '>') break;
    const nameStart = i;
    while (i < html.length && !/[\s/>=]/.test(html[i] as string)) i += 1;
    const attr = asciiLower(html.slice(nameStart, i));
    if (i === nameStart) {
      i += 1;
      continue;
    }
    while (i < html.length && /\s/.test(html[i] as string)) i += 1;
    let value = '';
    if (html[i] === '=') {
      i += 1;
      while (i < html.length && /\s/.test(html[i] as string)) i += 1;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        const end = close === -1 ? html.length : close;
        value = html.slice(i + 1, end);
        i = end + 1;
      } else {
        const valueStart = i;
        while (i < html.length && !/[\s>]/.test(html[i] as string)) i += 1;
        value = html.slice(valueStart, i);
      }
    }
    if (!(attr in attrs)) attrs[attr] = decodeEntities(value);
  }
  return { token: { kind: 'start', name, attrs }, next: i + 1 };
}

/**
 * Splits HTML into tokens. Every search moves forward from where the last one ended, so unclosed
 * comments, tags or quotes cost one pass over the rest of the input, never a backtracking blowup.
 */
export function tokenizeHtml(html: string): HtmlToken[] {
  const lower = asciiLower(html);
  const tokens: HtmlToken[] = [];
  let at = 0;
  let textStart = 0;
  const flushText = (end: number) => {
    if (end > textStart) tokens.push({ kind: 'text', text: html.slice(textStart, end) });
  };
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open === -1) break;
    const after = html[open + 1] ?? '';
    if (html.startsWith('<!--', open)) {
      flushText(open);
      const close = html.indexOf('-->', open + 4);
      const end = close === -1 ? html.length : close;
      tokens.push({ kind: 'comment', text: html.slice(open + 4, end) });
      at = textStart = close === -1 ? html.length : close + 3;
    } else if (after === '!' || after === '?') {
      flushText(open);
      const close = html.indexOf('>', open);
      at = textStart = close === -1 ? html.length : close + 1;
    } else if (after === '/' && /[A-Za-z]/.test(html[open + 2] ?? '')) {
      flushText(open);
      let i = open + 2;
      while (i < html.length && NAME_CHAR.test(html[i] as string)) i += 1;
      tokens.push({ kind: 'end', name: asciiLower(html.slice(open + 2, i)) });
      const close = html.indexOf('>', i);
      at = textStart = close === -1 ? html.length : close + 1;
    } else if (/[A-Za-z]/.test(after)) {
      flushText(open);
      const { token, next } = readStartTag(html, open + 1);
      tokens.push(token);
      at = textStart = next;
      if (token.kind === 'start' && RAW_TEXT.has(token.name)) {
        const close = lower.indexOf(`</${token.name}`, next);
        const end = close === -1 ? html.length : close;
        tokens.push({ kind: 'raw', name: token.name, text: html.slice(next, end) });
        tokens.push({ kind: 'end', name: token.name });
        const gt = close === -1 ? -1 : html.indexOf('>', close);
        at = textStart = gt === -1 ? html.length : gt + 1;
      }
    } else {
      at = open + 1;
    }
  }
  flushText(html.length);
  return tokens;
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  deg: '°',
  times: '×',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
  shy: '\u00ad',
  zwj: '',
  zwnj: '',
};

function codePoint(value: number): string {
  const valid =
    Number.isInteger(value) &&
    value > 0 &&
    value <= 0x10ffff &&
    !(value >= 0xd800 && value <= 0xdfff);
  return valid ? String.fromCodePoint(value) : '\ufffd';
}

/** Decodes numeric entities and the named ones pages actually use; unknown names stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(?:#(\d{1,8});?|#[xX]([0-9a-fA-F]{1,7});?|([A-Za-z][A-Za-z0-9]{1,31});)/g,
    (whole, dec?: string, hex?: string, name?: string) => {
      if (dec !== undefined) return codePoint(Number(dec));
      if (hex !== undefined) return codePoint(parseInt(hex, 16));
      return NAMED[(name ?? '').toLowerCase()] ?? whole;
    },
  );
}

/** Elements whose whole content is page furniture, not the posting. */
export const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'svg',
  'math',
  'template',
  'head',
  'nav',
  'footer',
  'form',
  'button',
  'select',
  'textarea',
  'iframe',
  'object',
  'canvas',
  'dialog',
  'title',
]);

const PARAGRAPH = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'dl',
  'table',
  'section',
  'article',
  'main',
  'header',
  'aside',
  'blockquote',
  'pre',
  'figure',
  'hr',
  'address',
  'details',
  'summary',
  'fieldset',
]);
const LINE = new Set(['div', 'li', 'tr', 'br', 'dt', 'dd', 'caption', 'figcaption', 'body']);
const CELL = new Set(['td', 'th']);

/**
 * Turns tokens into text: blocks become lines, paragraphs and headings stand apart, list items
 * become "• " lines, furniture (scripts, navigation, forms…) is dropped, whitespace collapsed.
 */
export function tokensToText(tokens: readonly HtmlToken[]): string {
  const lines: string[] = [];
  let line = '';
  let skipped = 0;
  let pre = 0;
  // A list item's bullet waits for its first words: `<li><p>…</p></li>` keeps its bullet.
  let bullet = false;
  let listItems = 0;
  const skipDepth = new Map<string, number>();
  const breakLine = (blank: boolean) => {
    const text = line.replace(/[ \t\u00a0]+/g, ' ').trim();
    line = '';
    if (text !== '') lines.push(text);
    if (blank && lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
  };
  for (const token of tokens) {
    if (token.kind === 'start' || token.kind === 'end') {
      const name = token.name;
      if (SKIPPED.has(name)) {
        const depth = (skipDepth.get(name) ?? 0) + (token.kind === 'start' ? 1 : -1);
        if (depth >= 0) {
          skipped += token.kind === 'start' ? 1 : -1;
          skipDepth.set(name, depth);
        }
        continue;
      }
      if (skipped > 0) continue;
      if (name === 'pre') pre = Math.max(0, pre + (token.kind === 'start' ? 1 : -1));
      if (name === 'li') listItems = Math.max(0, listItems + (token.kind === 'start' ? 1 : -1));
      // Inside a list item, its paragraphs are lines: the list stays one block.
      if (PARAGRAPH.has(name)) breakLine(listItems === 0);
      else if (LINE.has(name)) breakLine(false);
      else if (CELL.has(name)) line += ' ';
      if (name === 'li') bullet = token.kind === 'start';
      continue;
    }
    if (token.kind !== 'text' || skipped > 0) continue;
    const text = decodeEntities(token.text);
    if (bullet && line.trim() === '' && text.trim() !== '') {
      line = '• ';
      bullet = false;
    }
    if (pre > 0) {
      const [first, ...rest] = text.split(/\r\n?|\n/);
      line += first ?? '';
      for (const part of rest) {
        breakLine(false);
        line = part;
      }
    } else {
      line += text.replace(/\s+/g, ' ');
    }
  }
  breakLine(false);
  while (lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}

/** Plain text of an HTML fragment (a posting's description, say). */
export function htmlFragmentToText(html: string): string {
  return tokensToText(tokenizeHtml(html));
}
