// An RFC 5545 (iCalendar) writer: VCALENDAR with VEVENT, VALARM and VTODO, folded and escaped.

/** A calendar event; instants are ISO 8601 strings and are written in UTC. */
export type IcsEvent = {
  /** Globally unique and stable across exports, so re-importing updates instead of duplicating. */
  readonly uid: string;
  readonly start: string;
  readonly end: string;
  readonly summary: string;
  readonly description?: string;
  readonly location?: string;
  readonly url?: string;
  readonly categories?: readonly string[];
  readonly status?: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';
  /** Display alarms, each this many minutes before the start. */
  readonly alarmsMinutesBefore?: readonly number[];
};

/** A to-do (VTODO); `completed` marks it done. */
export type IcsTodo = {
  readonly uid: string;
  readonly due: string;
  readonly summary: string;
  readonly description?: string;
  readonly url?: string;
  readonly categories?: readonly string[];
  readonly completed?: string;
};

export type IcsCalendar = {
  /** Who made the file: "-//Company//Product//EN" (RFC 5545 §3.7.3). */
  readonly prodId: string;
  /** A display name for the calendar (X-WR-CALNAME, read by Apple, Google and Outlook). */
  readonly name?: string;
  /** When the file was made; every component's DTSTAMP. */
  readonly stamp: string;
  readonly events: readonly IcsEvent[];
  readonly todos?: readonly IcsTodo[];
};

export const ICS_MEDIA_TYPE = 'text/calendar;charset=utf-8';

const CRLF = '\r\n';
/** RFC 5545 §3.1: content lines should not be longer than 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75;

const UTC_ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/;

/** A UTC DATE-TIME in the basic format RFC 5545 §3.3.5 asks for: 20260305T143000Z. */
export function formatIcsDateTime(iso: string): string {
  // Stored instants are already UTC ISO strings: rearranged without a round trip through Date.
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new Error(`not a date-time: ${iso}`);
  const utc = UTC_ISO.exec(iso) ?? UTC_ISO.exec(new Date(time).toISOString());
  if (!utc) throw new Error(`not a date-time: ${iso}`);
  return `${utc[1]}${utc[2]}${utc[3]}T${utc[4]}${utc[5]}${utc[6]}Z`;
}

// eslint-disable-next-line no-control-regex -- control characters are part of what is escaped
const TEXT_SPECIALS = /\r\n|[\\;,\n\r\u0000-\u0008\u000b-\u001f\u007f]/g;
const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  ';': '\\;',
  ',': '\\,',
  '\n': '\\n',
  '\r': '\\n',
  '\r\n': '\\n',
};

/**
 * Escapes a TEXT value (§3.3.11): backslash, semicolon and comma get a backslash, every line break
 * becomes "\n". Other control characters are not allowed in TEXT and are dropped (tab is kept).
 */
export function escapeIcsText(text: string): string {
  return text.replace(TEXT_SPECIALS, (c) => TEXT_ESCAPES[c] ?? '');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds a content line at 75 octets (§3.1): a CRLF and one space start each continuation. Splits
 * fall between code points, never inside a UTF-8 sequence or a UTF-16 surrogate pair.
 */
export function foldIcsLine(line: string): string {
  // Most lines are short. A UTF-16 unit is at most 3 octets of UTF-8, so 25 units always fit.
  // eslint-disable-next-line no-control-regex -- the ASCII range starts at the control characters
  if (line.length <= 25 || (line.length <= MAX_LINE_OCTETS && !/[^\u0000-\u007f]/.test(line))) {
    return line;
  }
  const out: string[] = [];
  let start = 0;
  // The first line holds 75 octets; each continuation starts with a space that counts towards its 75.
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (let i = 0; i < line.length;) {
    const codePoint = line.codePointAt(i) ?? 0;
    const units = codePoint > 0xffff ? 2 : 1;
    const size = utf8Length(codePoint);
    if (octets + size > limit) {
      out.push(line.slice(start, i));
      start = i;
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    octets += size;
    i += units;
  }
  out.push(line.slice(start));
  return out.join(`${CRLF} `);
}

type Property = readonly [name: string, value: string];

function text(name: string, value: string | undefined): Property[] {
  return value === undefined || value === '' ? [] : [[name, escapeIcsText(value)]];
}

function dateTime(name: string, iso: string): Property {
  return [name, formatIcsDateTime(iso)];
}

/** URI values are not TEXT (§3.3.13): nothing is escaped, but line breaks can never be part of one. */
function uri(name: string, value: string | undefined): Property[] {
  if (!value) return [];
  if (/[\r\n]/.test(value)) throw new Error('a URI cannot contain a line break');
  return [[name, value]];
}

function categories(values: readonly string[] | undefined): Property[] {
  const kept = (values ?? []).filter((v) => v.trim() !== '');
  return kept.length === 0 ? [] : [['CATEGORIES', kept.map(escapeIcsText).join(',')]];
}

function eventLines(event: IcsEvent, stamp: string): Property[] {
  if (Date.parse(event.end) < Date.parse(event.start)) {
    throw new Error(`event ${event.uid} ends before it starts`);
  }
  const lines: Property[] = [
    ['BEGIN', 'VEVENT'],
    ['UID', escapeIcsText(event.uid)],
    dateTime('DTSTAMP', stamp),
    dateTime('DTSTART', event.start),
    dateTime('DTEND', event.end),
    ...text('SUMMARY', event.summary),
    ...text('DESCRIPTION', event.description),
    ...text('LOCATION', event.location),
    ...uri('URL', event.url),
    ...categories(event.categories),
    ...(event.status ? [['STATUS', event.status] as const] : []),
  ];
  for (const minutes of event.alarmsMinutesBefore ?? []) {
    if (!Number.isInteger(minutes) || minutes < 0) throw new Error(`bad alarm offset ${minutes}`);
    lines.push(
      ['BEGIN', 'VALARM'],
      ['ACTION', 'DISPLAY'],
      // A negative duration is before the start (§3.8.6.3); PT0M is "at the start".
      ['TRIGGER', `-PT${minutes}M`],
      ...text('DESCRIPTION', event.summary || 'Reminder'),
      ['END', 'VALARM'],
    );
  }
  lines.push(['END', 'VEVENT']);
  return lines;
}

function todoLines(todo: IcsTodo, stamp: string): Property[] {
  return [
    ['BEGIN', 'VTODO'],
    ['UID', escapeIcsText(todo.uid)],
    dateTime('DTSTAMP', stamp),
    dateTime('DUE', todo.due),
    ...text('SUMMARY', todo.summary),
    ...text('DESCRIPTION', todo.description),
    ...uri('URL', todo.url),
    ...categories(todo.categories),
    ['STATUS', todo.completed ? 'COMPLETED' : 'NEEDS-ACTION'],
    ...(todo.completed ? [dateTime('COMPLETED', todo.completed)] : []),
    ['END', 'VTODO'],
  ];
}

/** The whole calendar as iCalendar text: CRLF line endings, folded lines, UTC times. */
export function serializeCalendar(calendar: IcsCalendar): string {
  const lines: Property[] = [
    ['BEGIN', 'VCALENDAR'],
    ['VERSION', '2.0'],
    ['PRODID', escapeIcsText(calendar.prodId)],
    ['CALSCALE', 'GREGORIAN'],
    ['METHOD', 'PUBLISH'],
    ...text('X-WR-CALNAME', calendar.name),
  ];
  for (const event of calendar.events) lines.push(...eventLines(event, calendar.stamp));
  for (const todo of calendar.todos ?? []) lines.push(...todoLines(todo, calendar.stamp));
  lines.push(['END', 'VCALENDAR']);
  return lines.map(([name, value]) => foldIcsLine(`${name}:${value}`) + CRLF).join('');
}
