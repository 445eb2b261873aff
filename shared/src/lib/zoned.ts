// Calendar days in the user's time zone for instants stored in UTC (day keys are "YYYY-MM-DD").

export const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar day as "YYYY-MM-DD". */
export type DayKey = string;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const dayFormats = new Map<string, Intl.DateTimeFormat>();
const clockFormats = new Map<string, Intl.DateTimeFormat>();

function cached(
  cache: Map<string, Intl.DateTimeFormat>,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let format = cache.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, numberingSystem: 'latn', ...options });
    cache.set(timeZone, format);
  }
  return format;
}

function partsOf(format: Intl.DateTimeFormat, time: number) {
  const parts = format.formatToParts(time);
  return (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
}

/** The calendar day an instant falls on in a time zone (an IANA name such as "Europe/Paris"). */
export function localDay(instant: string | number, timeZone = 'UTC'): DayKey {
  const time = typeof instant === 'number' ? instant : Date.parse(instant);
  const format = cached(dayFormats, timeZone, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  // en-CA writes YYYY-MM-DD; should an engine's data differ, read the parts instead.
  const day = format.format(time);
  if (ISO_DAY.test(day)) return day;
  const get = partsOf(format, time);
  return `${get('year')}-${String(get('month')).padStart(2, '0')}-${String(get('day')).padStart(2, '0')}`;
}

/** How far a time zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(time: number, timeZone: string): number {
  const get = partsOf(
    cached(clockFormats, timeZone, {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    }),
    time,
  );
  const wall = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return wall - Math.floor(time / 1000) * 1000;
}

/**
 * The instant a calendar day begins in a time zone (its local midnight, or the first moment after
 * it where a clock change skips midnight). Lets callers compare instants with day boundaries
 * instead of formatting every instant.
 */
export function startOfLocalDay(day: DayKey, timeZone = 'UTC'): number {
  // Midnight on the wall clock, read with the offset in force around then (tried twice, as the
  // offset itself may change between the guess and the answer).
  const wallMidnight = Date.parse(`${day}T00:00:00.000Z`);
  const first = wallMidnight - offsetAt(wallMidnight, timeZone);
  const second = wallMidnight - offsetAt(first, timeZone);
  const atMidnight = [first, second].filter((t) => t + offsetAt(t, timeZone) === wallMidnight);
  // Midnight twice (clocks back at midnight): the first. Never (clocks forward over it): the change.
  return atMidnight.length > 0 ? Math.min(...atMidnight) : Math.max(first, second);
}

/** A day key moved by whole days (calendar arithmetic, unaffected by daylight saving). */
export function addDays(day: DayKey, days: number): DayKey {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The Monday that starts the ISO week a day belongs to. */
export function weekStart(day: DayKey): DayKey {
  const weekday = new Date(`${day}T00:00:00.000Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** Whole and fractional days between two instants. */
export function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / DAY_MS;
}
