// The application tracker end to end: from a saved job to an application moved by mouse, finger and
// keyboard, an interview exported as iCalendar, and all of it working offline.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from '../harness/browser';
import { startServer, type RunningServer } from '../harness/server';
import { ShellPage } from '../page-models/shell';
import { TrackerPage } from '../page-models/tracker';

function parseCalendar(text: string) {
  return new ICAL.Component(ICAL.parse(text));
}

/** RFC 5545 §3.1: CRLF after every line, none longer than 75 octets. */
function expectWellFormed(text: string) {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of text.slice(0, -2).split('\r\n')) {
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  }
}

describe('application tracker', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let tracker: TrackerPage;

  beforeAll(async () => {
    server = await startServer();
    // A fixed time zone makes local times in forms turn into known UTC times in the calendar.
    browser = await launchBrowser({ timezoneId: 'Europe/Paris', hasTouch: true });
    page = await browser.context.newPage();
    tracker = new TrackerPage(page, server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('starts an application from a job and moves it by mouse, keyboard and touch', async () => {
    await tracker.addJob(
      'Staff Engineer',
      'Acme',
      'Staff Engineer at Acme. Go, Kubernetes, on-call.',
    );
    await tracker.addJob('Data Engineer', 'Globex', 'Data Engineer at Globex. Python, Spark.');

    await tracker.trackApplication('Staff Engineer — Acme');
    expect(await page.getByTestId('current-stage').textContent()).toBe('Saved');
    await tracker.openBoard();
    await tracker.column('saved').getByText('Staff Engineer').waitFor();

    await tracker.dragCard('Staff Engineer', 'applied');
    await tracker.column('applied').getByText('Staff Engineer').waitFor();
    await page.getByText('Moved Staff Engineer at Acme to Applied.').waitFor();

    await tracker.keyboardMove('Staff Engineer at Acme', ['ArrowRight']);
    await tracker.column('interviewing').getByText('Staff Engineer').waitFor();
    expect(await tracker.liveRegion().textContent()).toBe(
      'Staff Engineer at Acme moved from Applied to Interviewing.',
    );
    // Focus follows the card, so the next move can start straight away.
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('aria-label') === 'Pick up Staff Engineer at Acme',
    );

    await tracker.trackApplication('Data Engineer — Globex');
    await tracker.openBoard();
    // A quick swipe is a scroll, not a drag: only a press held for a moment picks a card up.
    await tracker.swipeOnCard('Data Engineer', 150);
    await page.waitForTimeout(300);
    expect(await page.locator('.drag-preview').count()).toBe(0);
    expect(await tracker.column('saved').getByText('Data Engineer').count()).toBe(1);
    await tracker.touchDragCard('Data Engineer', 'withdrawn');
    await tracker.column('withdrawn').getByText('Data Engineer').waitFor();
    await page.getByText('Moved Data Engineer at Globex to Withdrawn.').waitFor();

    // Stored in IndexedDB: a reload shows the same board.
    await page.reload();
    await tracker.column('interviewing').getByText('Staff Engineer').waitFor();
    await tracker.column('withdrawn').getByText('Data Engineer').waitFor();
    expect(await tracker.column('saved').locator('.board-card').count()).toBe(0);

    await tracker.openApplication('Staff Engineer');
    const history = page.getByRole('list', { name: 'Stage history, oldest first' });
    const entries = await history.getByRole('listitem').allTextContents();
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatch(/^Saved.*Added by you/);
    expect(entries[1]).toMatch(/^Applied.*Moved by you on the board/);
    expect(entries[2]).toMatch(/^Interviewing.*Moved by you on the board/);
  });

  it('adds an interview and exports it as iCalendar, alone and with the whole calendar', async () => {
    await tracker.addInterview({
      title: 'Onsite, with Grace',
      startsLocal: '2027-01-15T14:30',
      minutes: 90,
      where: 'Acme HQ; 3rd floor',
    });
    const reminders = page.getByRole('region', { name: 'Follow-ups' });
    await reminders.getByRole('textbox', { name: 'Reminder' }).fill('Send thank-you note');
    await reminders.getByLabel('Due').fill('2027-01-16T09:00');
    await reminders.getByRole('button', { name: 'Add follow-up' }).click();
    await reminders.getByText('Send thank-you note').waitFor();

    const single = await tracker.download(() =>
      page.getByRole('button', { name: 'Add Onsite, with Grace to a calendar (.ics)' }).click(),
    );
    expect(single.name).toBe('Onsite-with-Grace-Acme.ics');
    expectWellFormed(single.text);
    // 14:30 in Paris in January is 13:30 UTC; text values are escaped.
    expect(single.text).toContain('\r\nDTSTART:20270115T133000Z\r\n');
    expect(single.text).toContain('\r\nDTEND:20270115T150000Z\r\n');
    expect(single.text).toContain('\r\nSUMMARY:Onsite\\, with Grace: Staff Engineer at Acme\r\n');
    expect(single.text).toContain('\r\nLOCATION:Acme HQ\\; 3rd floor\r\n');
    const event = new ICAL.Event(parseCalendar(single.text).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Onsite, with Grace: Staff Engineer at Acme');
    expect(event.location).toBe('Acme HQ; 3rd floor');
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-01-15T13:30:00.000Z');

    await tracker.openBoard();
    const whole = await tracker.exportWholeCalendar({
      alert: '1 hour before',
      followUps: 'As to-dos',
    });
    expect(whole.name).toBe('career-copilot-interviews.ics');
    expectWellFormed(whole.text);
    const calendar = parseCalendar(whole.text);
    expect(calendar.getFirstPropertyValue('prodid')).toBe(
      '-//Career Copilot//Application tracker//EN',
    );
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    // The same interview has the same UID in both files: importing both updates one event.
    expect(new ICAL.Event(events[0]!).uid).toBe(event.uid);
    const trigger = events[0]!.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger') as {
      toSeconds(): number;
    };
    expect(trigger.toSeconds()).toBe(-3600);
    const todo = calendar.getFirstSubcomponent('vtodo')!;
    expect(todo.getFirstPropertyValue('summary')).toBe(
      'Send thank-you note: Staff Engineer at Acme',
    );
    expect(String(todo.getFirstPropertyValue('due'))).toBe('2027-01-16T08:00:00Z');
  });

  it('sorts and moves in the table', async () => {
    await page.getByRole('link', { name: 'Table' }).click();
    const table = page.getByRole('table');
    await table.waitFor();
    await table.getByRole('button', { name: 'Job' }).click();
    const jobs = await table.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(jobs).toEqual(['Data Engineer', 'Staff Engineer']);
    expect(page.url()).toContain('sort=job&dir=asc');

    await tracker.keyboardMove('Data Engineer at Globex', [
      'ArrowUp',
      'ArrowUp',
      'ArrowUp',
      'ArrowUp',
    ]);
    await table
      .getByRole('row', { name: /Data Engineer/ })
      .getByText('Applied', { exact: true })
      .waitFor();
    // The toast comes once the move is stored.
    await page.getByText('Moved Data Engineer at Globex to Applied.').waitFor();
  });

  it('keeps working offline: the board opens and moves are saved', async () => {
    const shell = new ShellPage(page);
    await shell.waitForServiceWorker();
    await browser.context.setOffline(true);
    try {
      await tracker.openBoard();
      await page.getByTestId('offline-banner').waitFor();
      await tracker.keyboardMove('Staff Engineer at Acme', ['ArrowRight']);
      await tracker.column('offer').getByText('Staff Engineer').waitFor();
      // The card moves at once; the toast comes when the move is stored.
      await page.getByText('Moved Staff Engineer at Acme to Offer.').waitFor();
      await page.reload();
      await tracker.column('offer').getByText('Staff Engineer').waitFor();
      await page.getByRole('link', { name: 'Dashboard' }).click();
      expect(await page.getByTestId('stat-applied').textContent()).toBe('2');
      expect(await page.getByTestId('stat-response-rate').textContent()).toBe('50%');
    } finally {
      await browser.context.setOffline(false);
    }
  });
});
