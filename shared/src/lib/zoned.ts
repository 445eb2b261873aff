// Calendar days in the user's time zone for instants stored in UTC (day keys are "YYYY-MM-DD").

export const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar day as "YYYY-MM-DD". */
export type DayKey = string;

const formatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-CA formats dates as YYYY-MM-DD; the parts are read by type, so the locale only fixes digits.
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      numberingSystem: 'latn',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar day an instant falls on in a time zone (an IANA name such as "Europe/Paris"). */
export function localDay(instant: string | number, timeZone = 'UTC'): DayKey {
  const parts = dayFormatter(timeZone).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
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
