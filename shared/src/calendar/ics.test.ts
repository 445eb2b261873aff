import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  escapeIcsText,
  foldIcsLine,
  formatIcsDateTime,
  serializeCalendar,
  type IcsCalendar,
} from './ics';

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/** RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab disappears. */
function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

function physicalLines(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(0, -2).split('\r\n');
}

/** Every physical line fits 75 octets and is whole UTF-8 on its own (no split sequence). */
function expectFoldedCorrectly(text: string) {
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of physicalLines(text)) {
    const bytes = encoder.encode(line);
    expect(bytes.length).toBeLessThanOrEqual(75);
    expect(() => strictDecoder.decode(bytes)).not.toThrow();
  }
}

const calendar = (overrides: Partial<IcsCalendar> = {}): IcsCalendar => ({
  prodId: '-//Career Copilot//Test//EN',
  stamp: '2026-03-01T08:00:00.000Z',
  events: [
    {
      uid: 'interview-1@career-copilot',
      start: '2026-03-05T14:30:00.000Z',
      end: '2026-03-05T15:15:00.000Z',
      summary: 'Phone screen',
    },
  ],
  ...overrides,
});

describe('formatIcsDateTime', () => {
  it('writes UTC in the basic format, whatever precision or offset it is given', () => {
    expect(formatIcsDateTime('2026-03-05T14:30:00.000Z')).toBe('20260305T143000Z');
    expect(formatIcsDateTime('2026-03-05T14:30:00Z')).toBe('20260305T143000Z');
    expect(formatIcsDateTime('2026-03-05T16:30:00+02:00')).toBe('20260305T143000Z');
    expect(() => formatIcsDateTime('next Tuesday')).toThrow();
  });
});

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon and comma, and turns every line break into \\n', () => {
    expect(escapeIcsText('a\\b;c,d')).toBe('a\\\\b\\;c\\,d');
    expect(escapeIcsText('one\ntwo\r\nthree\rfour')).toBe('one\\ntwo\\nthree\\nfour');
    // A colon is not special in TEXT; a literal "\n" typed by a user is a backslash and an n.
    expect(escapeIcsText('Time: 10:00 \\n')).toBe('Time: 10:00 \\\\n');
  });

  it('drops control characters TEXT may not hold, keeping tabs', () => {
    expect(escapeIcsText('bell\u0007 nul\u0000 esc\u001b del\u007f tab\t')).toBe(
      'bell nul esc del tab\t',
    );
  });
});

describe('foldIcsLine', () => {
  it('leaves a line of 75 octets alone and folds the 76th onto a continuation line', () => {
    const exact = 'X'.repeat(75);
    expect(foldIcsLine(exact)).toBe(exact);
    const folded = foldIcsLine('X'.repeat(76));
    expect(folded).toBe(`${'X'.repeat(75)}\r\n X`);
  });

  it('counts the continuation’s leading space: 74 octets of content per continuation line', () => {
    const folded = foldIcsLine('Y'.repeat(75 + 74 + 10));
    expect(folded.split('\r\n').map((l) => l.length)).toEqual([75, 75, 11]);
    expect(unfold(folded)).toBe('Y'.repeat(159));
  });

  it('never splits a multi-byte character, whatever its size', () => {
    // 2-, 3- and 4-byte UTF-8 (é, 日, 🎉) and a surrogate pair in UTF-16, across many offsets.
    for (let pad = 0; pad < 6; pad++) {
      const line = `SUMMARY:${'a'.repeat(pad)}${'é日🎉'.repeat(30)}`;
      const folded = foldIcsLine(line);
      expectFoldedCorrectly(`${folded}\r\n`);
      expect(unfold(folded)).toBe(line);
    }
  });
});

describe('serializeCalendar', () => {
  it('writes the required envelope with CRLF line endings only', () => {
    const text = serializeCalendar(calendar());
    expect(
      text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Career Copilot//Test//EN\r\n'),
    ).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(physicalLines(text)).toContain('DTSTAMP:20260301T080000Z');
    expect(physicalLines(text)).toContain('DTSTART:20260305T143000Z');
    expect(physicalLines(text)).toContain('DTEND:20260305T151500Z');
  });

  it('refuses an event that ends before it starts (a bug in the caller)', () => {
    expect(() =>
      serializeCalendar(
        calendar({
          events: [
            {
              uid: 'x',
              start: '2026-03-05T15:00:00.000Z',
              end: '2026-03-05T14:00:00.000Z',
              summary: 'Backwards',
            },
          ],
        }),
      ),
    ).toThrow(/ends before it starts/);
  });

  it('round-trips awkward text through ical.js, a well-kept iCalendar parser', () => {
    const summary = 'Entretien: Ingénieure logiciel, équipe « Données »; 東京オフィス 🎉';
    const description =
      'Bring: laptop, ID; portfolio\nAsk about C:\\tools\\build and on-call.\r\nRoom 4, floor 2.\n' +
      'Ça va être long: '.repeat(8);
    const location = 'https://meet.example.com/abc-defg-hij?pwd=1;2,3';
    const text = serializeCalendar(
      calendar({
        name: 'Jobs, 2026',
        events: [
          {
            uid: 'interview-a1-i1@career-copilot',
            start: '2026-03-05T14:30:00.000Z',
            end: '2026-03-05T15:15:00.000Z',
            summary,
            description,
            location,
            url: 'http://localhost:8787/applications/a1',
            categories: ['Interview', 'On site, London'],
            status: 'CONFIRMED',
            alarmsMinutesBefore: [60],
          },
        ],
        todos: [
          {
            uid: 'follow-up-a1-r1@career-copilot',
            due: '2026-03-10T09:00:00.000Z',
            summary: 'Follow up; ask about timeline',
          },
          {
            uid: 'follow-up-a1-r2@career-copilot',
            due: '2026-03-02T09:00:00.000Z',
            summary: 'Send thanks',
            completed: '2026-03-02T10:00:00.000Z',
          },
        ],
      }),
    );
    expectFoldedCorrectly(text);

    const root = new ICAL.Component(ICAL.parse(text));
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(root.getFirstPropertyValue('prodid')).toBe('-//Career Copilot//Test//EN');
    // X- properties default to TEXT (RFC 5545 §3.8.8.2), so the comma is escaped; ical.js does not
    // know this one and hands back its raw value.
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Jobs\\, 2026');

    const vevent = root.getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe('interview-a1-i1@career-copilot');
    expect(event.summary).toBe(summary);
    expect(event.description).toBe(description.replace(/\r\n/g, '\n'));
    expect(event.location).toBe(location);
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-05T14:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-03-05T15:15:00.000Z');
    expect(vevent.getFirstPropertyValue('url')).toBe('http://localhost:8787/applications/a1');
    expect(vevent.getFirstProperty('categories')!.getValues()).toEqual([
      'Interview',
      'On site, London',
    ]);
    const stamp = vevent.getFirstPropertyValue('dtstamp') as InstanceType<typeof ICAL.Time>;
    expect(stamp.toJSDate().toISOString()).toBe('2026-03-01T08:00:00.000Z');

    const alarm = vevent.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    const trigger = alarm.getFirstPropertyValue('trigger') as InstanceType<typeof ICAL.Duration>;
    expect(trigger.toSeconds()).toBe(-3600);

    const todos = root.getAllSubcomponents('vtodo');
    expect(todos.map((t) => t.getFirstPropertyValue('summary'))).toEqual([
      'Follow up; ask about timeline',
      'Send thanks',
    ]);
    expect(todos.map((t) => t.getFirstPropertyValue('status'))).toEqual([
      'NEEDS-ACTION',
      'COMPLETED',
    ]);
  });
});
