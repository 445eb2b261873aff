import { describe, expect, it } from 'vitest';
import {
  compareDates,
  findDateRanges,
  formatDate,
  formatDateRange,
  monthsBetween,
  normaliseDateInput,
  parseDate,
  parseDateRange,
  PRESENT,
} from './dates';

describe('parseDate', () => {
  it.each([
    ['Jan 2020', '2020-01'],
    ['January 2020', '2020-01'],
    ['Jan. 2020', '2020-01'],
    ['Sept 2018', '2018-09'],
    ['SEP 2018', '2018-09'],
    ['01/2020', '2020-01'],
    ['1/2020', '2020-01'],
    ['03.2021', '2021-03'],
    ['2020-01', '2020-01'],
    ['2020/1', '2020-01'],
    ['2020-01-15', '2020-01-15'],
    ['Jan 5, 2020', '2020-01-05'],
    ['5 January 2020', '2020-01-05'],
    ['12/31/2020', '2020-12-31'],
    ['31/12/2020', '2020-12-31'],
    ['Summer 2019', '2019'],
    ['Fall, 2021', '2021'],
    ['Q3 2022', '2022'],
    ['2019', '2019'],
    ["Jan '19", '2019-01'],
    ['Dec ’98', '1998-12'],
    ['Expected May 2026', '2026-05'],
    ['(2020)', '2020'],
    ['Present', PRESENT],
    ['current', PRESENT],
    ['Now', PRESENT],
    ['to date', PRESENT],
  ])('reads %j as %j', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it.each(['20XX', '', 'Acme Corp', '13/2020', '2020-13', 'Feb 30, 2021', '1850', 'May'])(
    'refuses %j',
    (input) => {
      expect(parseDate(input)).toBeNull();
    },
  );
});

describe('parseDateRange', () => {
  it.each([
    ['2020 – Present', { start: '2020', end: PRESENT, single: false }],
    ['Jan 2019 - Mar 2021', { start: '2019-01', end: '2021-03', single: false }],
    ['2018-2020', { start: '2018', end: '2020', single: false }],
    ['2018—2020', { start: '2018', end: '2020', single: false }],
    ['01/2019 to 12/2020', { start: '2019-01', end: '2020-12', single: false }],
    ['June 2022 – Current', { start: '2022-06', end: PRESENT, single: false }],
    ['Summer 2019', { start: '2019', end: null, single: true }],
    ['2020-01 – 2020-06', { start: '2020-01', end: '2020-06', single: false }],
    ['Since 2021', { start: '2021', end: PRESENT, single: false }],
    ['Sep 2015 ‐ Jun 2019', { start: '2015-09', end: '2019-06', single: false }],
  ])('reads %j', (input, expected) => {
    expect(parseDateRange(input)).toEqual(expected);
  });

  it('refuses text that is more than a date', () => {
    expect(parseDateRange('Acme Corp 2020 – 2021')).toBeNull();
    expect(parseDateRange('Present')).toBeNull();
    expect(parseDateRange('Present – 2020')).toBeNull();
  });
});

describe('findDateRanges', () => {
  it('locates a range inside a line so the caller can cut it out', () => {
    const line = 'Senior Engineer, Acme Corp   Jan 2020 – Present';
    const [match] = findDateRanges(line);
    expect(match).toMatchObject({ start: '2020-01', end: PRESENT });
    expect(line.slice(match!.index, match!.index + match!.length)).toBe('Jan 2020 – Present');
  });

  it('finds several and ignores digits inside words', () => {
    const matches = findDateRanges('B.S. 2016 | M.S. 2018 | ISO27001 | 2019-2021');
    expect(matches.map((m) => [m.start, m.end])).toEqual([
      ['2016', null],
      ['2018', null],
      ['2019', '2021'],
    ]);
  });
});

describe('formatting and arithmetic', () => {
  it('formats at the stored precision', () => {
    expect(formatDate('2021-03')).toBe('Mar 2021');
    expect(formatDate('2021')).toBe('2021');
    expect(formatDate('2021-03-04')).toBe('Mar 4, 2021');
    expect(formatDate(PRESENT)).toBe('Present');
    expect(formatDateRange('2019-01', PRESENT)).toBe('Jan 2019 – Present');
    expect(formatDateRange('2019', '2019')).toBe('2019');
    expect(formatDateRange(undefined, '2020-06')).toBe('Jun 2020');
  });

  it('normalises user input and round-trips what it formats', () => {
    expect(normaliseDateInput('Mar 2021')).toBe('2021-03');
    expect(normaliseDateInput(' 2021-03 ')).toBe('2021-03');
    expect(normaliseDateInput('present')).toBe(PRESENT);
    expect(normaliseDateInput('')).toBe('');
    expect(normaliseDateInput('next spring')).toBeNull();
    for (const value of ['2021', '2021-03', '2021-03-04']) {
      expect(normaliseDateInput(formatDate(value))).toBe(value);
    }
  });

  it('orders and measures', () => {
    expect(['2021', PRESENT, '2019-05', '2020'].sort(compareDates)).toEqual([
      '2019-05',
      '2020',
      '2021',
      PRESENT,
    ]);
    expect(monthsBetween('2020-01', '2020-12', '2026-01')).toBe(12);
    expect(monthsBetween('2020', '2021', '2026-01')).toBe(24);
    expect(monthsBetween('2025-06', PRESENT, '2025-11-20')).toBe(6);
  });
});
