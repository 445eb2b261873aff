import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addApplication, NOW, renderApp, seedTracker } from '../../../../test/tracker';

const day = (d: string) => `2026-03-${d}T09:00:00.000Z`;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(NOW) });
  await seedTracker();
  // Applied on the 2nd, interview on the 4th (2 days to an answer).
  await addApplication('a1', 'j1', (a) => {
    a.status = 'interviewing';
    a.history.push({ status: 'applied', at: day('02') }, { status: 'interviewing', at: day('04') });
  });
  // Applied on the 3rd, rejected on the 9th (6 days).
  await addApplication('a2', 'j2', (a) => {
    a.status = 'rejected';
    a.history.push({ status: 'applied', at: day('03') }, { status: 'rejected', at: day('09') });
  });
  // Applied on the 5th, no answer yet.
  await addApplication('a3', 'j3', (a) => {
    a.status = 'applied';
    a.history.push({ status: 'applied', at: day('05') });
  });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('dashboard', () => {
  it('shows the key numbers with their definitions', async () => {
    renderApp('/applications/dashboard');
    expect((await screen.findByTestId('stat-applications')).textContent).toBe('3');
    expect(screen.getByTestId('stat-applied').textContent).toBe('3');
    expect(screen.getByTestId('stat-response-rate').textContent).toBe('67%');
    expect(screen.getByText(/2 of 3 applied got an answer/).textContent).toContain(
      'divided by all applied applications',
    );
    expect(screen.getByTestId('stat-interview-rate').textContent).toBe('33%');
    expect(screen.getByTestId('stat-time-to-response').textContent).toBe('4 days');
  });

  it('draws each chart as an image with a text equivalent, and its numbers as a table', async () => {
    renderApp('/applications/dashboard');
    const stages = await screen.findByRole('img', { name: /^Applications per stage\./ });
    expect(stages.getAttribute('aria-labelledby')).toBeTruthy();
    expect(
      screen.getByRole('img', {
        name: /Saved: 0; Applied: 1; Interviewing: 1; Offer: 0; Rejected: 1; Withdrawn: 0/,
      }),
    ).toBe(stages);
    expect(stages.querySelectorAll('rect.chart-bar')).toHaveLength(6);

    const time = screen.getByRole('img', { name: /^Median time in stage\./ });
    expect(time.querySelector('title')?.textContent).toContain('Saved: 2 days; Applied: 4 days');

    const activity = screen.getByRole('img', { name: /^Activity over the last 12 weeks\./ });
    expect(activity.querySelector('title')?.textContent).toContain(
      '3 applications sent, 2 answers and 0 interviews',
    );
    const figure = activity.closest('figure') as HTMLElement;
    const rows = within(figure).getAllByRole('row');
    expect(rows).toHaveLength(13); // a header and twelve weeks
    // The week of 2 March: three sent, one answer (the interview on the 4th); this week: the rejection.
    const cells = (row: number) =>
      within(rows[row]!)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells(11)).toEqual(['3', '1', '0']);
    expect(cells(12)).toEqual(['0', '1', '0']);
  });
});
