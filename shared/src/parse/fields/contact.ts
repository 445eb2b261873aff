// Contact details in free text: emails, phone numbers, web links and profiles, places.
import type { Location, Profile } from '../../resume/model';
import { COUNTRIES, NETWORKS, US_STATES } from '../lexicon';

export const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u;
const EMAIL_GLOBAL = new RegExp(EMAIL.source, 'gu');

/** A phone number: optional country code, then 7 to 12 more digits in usual groupings. */
const PHONE =
  /(?<![\p{L}\p{N}])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?![\p{L}\p{N}])/gu;

/** Web addresses with or without a scheme: "https://x.dev", "linkedin.com/in/jane", "www.x.io". */
const URL_PATTERN =
  /(?:https?:\/\/|www\.)[^\s,;|<>()"]+|(?<![@\p{L}\p{N}.])(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|me|co|ai|app|edu|gov|info|xyz|tech|site|page|so|us|uk|de|ca|in|inc)(?:\/[^\s,;|<>()"]*)?(?![\p{L}\p{N}])/giu;

export function findEmails(text: string): string[] {
  return [...text.matchAll(EMAIL_GLOBAL)].map((m) => m[0].replace(/\.$/, ''));
}

export function findPhones(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PHONE)) {
    const digits = m[0].replace(/\D/g, '');
    // Dates ("2019 - 2021") and years are not phone numbers.
    if (digits.length < 7 || digits.length > 15) continue;
    if (/^(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}$/.test(m[0].trim())) continue;
    out.push(m[0].trim());
  }
  return out;
}

export function findUrls(text: string): string[] {
  const withoutEmails = text.replace(EMAIL_GLOBAL, ' ');
  return [...withoutEmails.matchAll(URL_PATTERN)]
    .map((m) => m[0].replace(/[.,;:)]+$/, ''))
    .filter((u) => !/^\d/.test(u));
}

/** The URL with a scheme, for storing. */
export function absoluteUrl(url: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url.replace(/^\/+/, '')}`;
}

function hostOf(url: string): string {
  return absoluteUrl(url)
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .split(/[/?#]/)[0]!
    .replace(/^www\./i, '')
    .toLowerCase();
}

/** The profile network a URL belongs to ("LinkedIn" for linkedin.com/in/…), or null. */
export function networkOf(url: string): string | null {
  const host = hostOf(url);
  for (const [pattern, name] of NETWORKS) if (pattern.test(host)) return name;
  return null;
}

/** The username in a profile URL: the last path segment ("linkedin.com/in/jane" → "jane"). */
export function usernameOf(url: string): string | undefined {
  const path = absoluteUrl(url)
    .replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]+/i, '')
    .split(/[?#]/)[0];
  const segments = (path ?? '').split('/').filter(Boolean);
  const last = segments[segments.length - 1];
  return last ? decodeURIComponent(last).replace(/^@/, '') : undefined;
}

export function profileFromUrl(url: string, printed?: string): Profile | null {
  const network = networkOf(url);
  if (!network) return null;
  const username = printed && !/[/.]/.test(printed) ? printed.replace(/^@/, '') : usernameOf(url);
  return { network, ...(username ? { username } : {}), url: absoluteUrl(url) };
}

const US_STATE_NAMES = new Set(
  (
    'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia ' +
    'hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts ' +
    'michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon ' +
    'pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming'
  ).split(' '),
);
const MULTI_WORD_STATES =
  /^(?:new (?:hampshire|jersey|mexico|york)|north (?:carolina|dakota)|south (?:carolina|dakota)|rhode island|west virginia|district of columbia)$/i;

function isRegion(part: string): boolean {
  const trimmed = part.trim();
  return (
    US_STATES.has(trimmed) ||
    US_STATE_NAMES.has(trimmed.toLowerCase()) ||
    MULTI_WORD_STATES.test(trimmed) ||
    /^[A-Z]{2,3}$/.test(trimmed)
  );
}

const POSTAL =
  /^(?:\d{4,6}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})$/;

/**
 * Reads a printed place: "San Francisco, CA", "Pleasantville, CA 94588",
 * "Silicon Valley, CA, USA", "123 Main St, Anywhere, USA", "London, UK", "Remote".
 * Returns null when the text does not look like a place.
 */
export function parseLocation(text: string): Location | null {
  const cleaned = text.trim().replace(/\s+/g, ' ').replace(/[.;]$/, '');
  if (cleaned === '' || cleaned.length > 80 || /@|https?:|\d{3}[\s.-]\d{3}/.test(cleaned)) {
    return null;
  }
  const parts = cleaned.split(/\s*,\s*/).filter(Boolean);
  if (parts.length < 2) return null;
  const location: { -readonly [K in keyof Location]: Location[K] } = {};
  let rest = [...parts];
  const last = () => rest[rest.length - 1] ?? '';
  const country = COUNTRIES.get(last().toLowerCase());
  if (country) {
    location.countryCode = country;
    rest = rest.slice(0, -1);
  }
  // "CA 94588": region and postal code in one part.
  const regionPostal = last().match(/^([A-Za-z][A-Za-z ]*?)\s+(\d{4,6}(?:-\d{4})?)$/);
  if (regionPostal && isRegion(regionPostal[1] ?? '')) {
    location.region = regionPostal[1];
    location.postalCode = regionPostal[2];
    rest = rest.slice(0, -1);
  } else if (rest.length >= 2 && POSTAL.test(last())) {
    location.postalCode = last();
    rest = rest.slice(0, -1);
  }
  if (!location.region && rest.length >= 2 && isRegion(last())) {
    location.region = last();
    rest = rest.slice(0, -1);
  }
  if (!location.region && !location.countryCode) return null;
  const city = rest[rest.length - 1];
  if (!city || !/^\p{Lu}/u.test(city) || city.split(' ').length > 4) return null;
  location.city = city;
  if (rest.length > 1) location.address = rest.slice(0, -1).join(', ');
  return location;
}
