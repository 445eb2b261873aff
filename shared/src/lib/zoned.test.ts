import { describe, expect, it } from 'vitest';
import { addDays, localDay, startOfLocalDay, weekStart } from './zoned';

describe('zoned days', () => {
  it('reads the calendar day of an instant in a time zone', () => {
    expect(localDay('2026-03-08T23:30:00.000Z')).toBe('2026-03-08');
    expect(localDay('2026-03-08T23:30:00.000Z', 'Europe/Paris')).toBe('2026-03-09');
    expect(localDay('2026-03-09T04:00:00.000Z', 'America/Los_Angeles')).toBe('2026-03-08');
  });

  it('finds when a local day starts, across daylight-saving changes and odd offsets', () => {
    const iso = (t: number) => new Date(t).toISOString();
    expect(iso(startOfLocalDay('2026-03-10', 'UTC'))).toBe('2026-03-10T00:00:00.000Z');
    // Paris moves its clocks forward on 29 March 2026 at 02:00: +01:00 before, +02:00 after.
    expect(iso(startOfLocalDay('2026-03-29', 'Europe/Paris'))).toBe('2026-03-28T23:00:00.000Z');
    expect(iso(startOfLocalDay('2026-03-30', 'Europe/Paris'))).toBe('2026-03-29T22:00:00.000Z');
    expect(iso(startOfLocalDay('2026-11-02', 'America/New_York'))).toBe('2026-11-02T05:00:00.000Z');
    expect(iso(startOfLocalDay('2026-03-10', 'Asia/Kathmandu'))).toBe('2026-03-09T18:15:00.000Z');
    expect(iso(startOfLocalDay('2026-03-10', 'Pacific/Chatham'))).toBe('2026-03-09T10:15:00.000Z');
  });

  it('agrees with localDay on both sides of every boundary', () => {
    for (const zone of [
      'Europe/Paris',
      'America/Sao_Paulo',
      'Australia/Lord_Howe',
      'Asia/Tehran',
      'America/Santiago',
    ]) {
      for (let d = 0; d < 366; d += 1) {
        const day = addDays('2026-01-01', d);
        const start = startOfLocalDay(day, zone);
        expect(localDay(start, zone)).toBe(day);
        expect(localDay(start - 1, zone)).toBe(addDays(day, -1));
      }
    }
  });

  it('does day arithmetic on keys, weeks starting on Monday', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(weekStart('2026-03-08')).toBe('2026-03-02'); // a Sunday
    expect(weekStart('2026-03-09')).toBe('2026-03-09'); // a Monday
  });
});
