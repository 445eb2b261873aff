import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addApplication, NOW, renderApp, seedTracker } from '../../../test/tracker';
import { applicationsRepo } from '../../storage/repositories';

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(NOW) });
  await seedTracker();
  await addApplication('a1', 'j1', (a) => {
    a.status = 'interviewing';
    a.history.push(
      { status: 'applied', at: '2026-03-02T09:00:00.000Z' },
      { status: 'interviewing', at: '2026-03-06T09:00:00.000Z' },
    );
    a.interviews.push({
      id: 'i1',
      title: 'Onsite',
      startsAt: '2026-03-12T09:00:00.000Z',
      durationMinutes: 120,
    });
  });
  await addApplication('a2', 'j2', (a) => {
    a.status = 'applied';
    a.history.push({ status: 'applied', at: '2026-03-04T09:00:00.000Z' });
  });
  await addApplication('a3', 'j3');
});
afterEach(() => {
  vi.useRealTimers();
});

function jobColumn(): string[] {
  const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
  return rows.map((row) => within(row).getAllByRole('cell')[1]?.textContent ?? '');
}

async function openTable(path = '/applications?view=table') {
  const view = renderApp(path);
  await within(await screen.findByRole('table')).findByText('Analyst');
  return view;
}

describe('table', () => {
  it('lists every application with its job, company, stage, dates and what is next', async () => {
    await openTable();
    const headers = within(screen.getByRole('table'))
      .getAllByRole('columnheader')
      .map((h) => h.textContent?.replace(/[▲▼]/, '').trim());
    expect(headers).toEqual([
      'Move',
      'Job',
      'Company',
      'Stage',
      'Applied',
      'Last activity',
      'Next',
      'Actions',
    ]);
    // Most recent activity first until the user picks another order.
    expect(
      screen.getByRole('columnheader', { name: /Last activity/ }).getAttribute('aria-sort'),
    ).toBe('descending');
    const acme = screen.getByRole('row', { name: /Staff Engineer/ });
    expect(within(acme).getByText('Acme')).toBeTruthy();
    expect(within(acme).getByText('Interviewing')).toBeTruthy();
    expect(within(acme).getByText(/^Interview /)).toBeTruthy();
    const analyst = screen.getByRole('row', { name: /Analyst/ });
    expect(within(analyst).getAllByText('—')).toHaveLength(2); // not applied, nothing next
  });

  it('sorts by a column, flips on a second click, and says so to assistive technology', async () => {
    const { router } = await openTable();
    fireEvent.click(screen.getByRole('button', { name: 'Job' }));
    expect(jobColumn()).toEqual(['Analyst', 'Backend Developer', 'Staff Engineer']);
    const jobHeader = screen.getByRole('columnheader', { name: /Job/ });
    expect(jobHeader.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByRole('button', { name: 'Job' }));
    expect(jobColumn()).toEqual(['Staff Engineer', 'Backend Developer', 'Analyst']);
    expect(jobHeader.getAttribute('aria-sort')).toBe('descending');
    expect(router.state.location.search).toBe('?view=table&sort=job&dir=desc');

    fireEvent.click(screen.getByRole('button', { name: 'Applied' }));
    // Newest first; the one not applied yet stays last.
    expect(jobColumn()).toEqual(['Backend Developer', 'Staff Engineer', 'Analyst']);
    expect(screen.getByRole('table').querySelector('caption')?.textContent).toBe(
      'Applications, sorted by Applied, descending',
    );
  });

  it('keeps the sort from the address, so a reload or a shared link shows the same order', async () => {
    await openTable('/applications?view=table&sort=stage&dir=asc');
    expect(jobColumn()).toEqual(['Analyst', 'Backend Developer', 'Staff Engineer']);
  });

  it('moves a row with the keyboard onto a stage, as on the board', async () => {
    await openTable();
    const handle = screen.getByRole('button', { name: 'Pick up Analyst at Initech' });
    handle.focus();
    fireEvent.keyDown(handle, { key: 'Enter' });
    fireEvent.keyDown(handle, { key: 'ArrowDown' });
    const row = screen.getByRole('row', { name: /Analyst/ });
    expect(within(row).getByText('→ Applied')).toBeTruthy();
    const chips = screen.getByRole('list', { name: /Stages: drop/ });
    expect(within(chips).getByText('Applied').closest('li')?.className).toContain('is-target');
    fireEvent.keyDown(handle, { key: 'Enter' });
    await waitFor(async () => expect((await applicationsRepo.get('a3'))?.status).toBe('applied'));
    expect((await applicationsRepo.get('a3'))?.history.at(-1)?.source).toBe('table');
    await within(screen.getByRole('row', { name: /Analyst/ })).findByText('Applied');
    expect(within(chips).getByText('Applied').closest('li')?.textContent).toBe('Applied 2');
  });
});
