// What resume text and links may look like once rendered: inert text and web, mail or phone links only.

/** Link schemes a rendered resume may carry; everything else (javascript:, data:, file:) is text. */
export const SAFE_URL_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:', 'tel:'];

// C0/C1 controls, direction overrides and isolates (they can reorder what a reader sees), zero-width
// characters and the soft hyphen. Tabs and line breaks are handled separately.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/gu;
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/u;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const HOST_LIKE = /^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?::\d+)?(?:[/?#].*)?$/u;

/**
 * One line of text as it may be rendered: NFC, no invisible or control characters, every kind of
 * space a plain space, runs of spaces collapsed, trimmed. Markup stays literal text.
 */
export function cleanLine(value: string | undefined | null): string {
  if (value === undefined || value === null) return '';
  return value
    .normalize('NFC')
    .replace(/\r\n?|\n/g, ' ')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Multi-line text (a summary) as paragraphs: split on line breaks, each cleaned, empties dropped. */
export function cleanParagraphs(value: string | undefined | null): string[] {
  if (value === undefined || value === null) return [];
  return value
    .split(/\r\n?|\n/)
    .map((line) => cleanLine(line))
    .filter((line) => line !== '');
}

/**
 * A link target a rendered resume may use, or undefined when the value is not a web, mail or phone
 * address. Bare hosts ("github.com/ada") become https links and bare emails mailto links. Control
 * characters are removed before the scheme is read, so "java\tscript:" cannot slip through.
 */
export function safeUrl(value: string | undefined | null): string | undefined {
  if (value === undefined || value === null) return undefined;
  // eslint-disable-next-line no-control-regex -- browsers ignore these inside a URL scheme
  const compact = value.replace(INVISIBLE, '').replace(/[\s\u0000-\u001F]+/g, '');
  if (compact === '') return undefined;
  const scheme = SCHEME.exec(compact)?.[1];
  let candidate: string;
  if (scheme !== undefined && !/^\d+$/.test(compact.slice(scheme.length + 1, scheme.length + 2))) {
    candidate = compact;
  } else if (EMAIL.test(compact)) {
    candidate = `mailto:${compact}`;
  } else if (compact.startsWith('//')) {
    candidate = `https:${compact}`;
  } else if (HOST_LIKE.test(compact)) {
    candidate = `https://${compact}`;
  } else {
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if (!SAFE_URL_SCHEMES.includes(url.protocol)) return undefined;
  if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname === '') {
    return undefined;
  }
  if (url.protocol === 'mailto:' && !EMAIL.test(decodeURIComponent(url.pathname))) return undefined;
  if (url.protocol === 'tel:' && !/^\+?[\d\-.() ]{3,}$/.test(decodeURIComponent(url.pathname))) {
    return undefined;
  }
  // Keep what the user wrote where it was already a full URL; URL() would add a trailing slash.
  return candidate === compact ? compact : candidate;
}

/** A mailto: link for an email address, or undefined when it is not one. */
export function emailUrl(email: string | undefined | null): string | undefined {
  const text = cleanLine(email);
  return EMAIL.test(text) ? `mailto:${text}` : undefined;
}

/** A tel: link for a printed phone number (digits and a leading +), or undefined. */
export function phoneUrl(phone: string | undefined | null): string | undefined {
  const text = cleanLine(phone);
  const digits = text.replace(/[^\d]/g, '');
  if (digits.length < 5 || !/^[+\d\s().\-/]+$/.test(text)) return undefined;
  return `tel:${text.trim().startsWith('+') ? '+' : ''}${digits}`;
}

/** How a link is printed: without its scheme, "www." kept, no trailing slash ("github.com/ada"). */
export function displayUrl(url: string): string {
  return cleanLine(url)
    .replace(/^(?:https?:)?\/\//i, '')
    .replace(/^mailto:/i, '')
    .replace(/^tel:/i, '')
    .replace(/\/$/, '');
}
