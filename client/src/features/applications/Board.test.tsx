import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addApplication, NOW, renderApp, seedTracker } from '../../../test/tracker';
import { applicationsRepo } from '../../storage/repositories';

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(NOW) });
  await seedTracker();
  await addApplication('a1', 'j1');
  await addApplication('a2', 'j2', (a) => {
    a.status = 'applied';
    a.history.push({ status: 'applied', at: '2026-03-02T09:00:00.000Z' });
  });
});
afterEach(() => {
  vi.useRealTimers();
});

function column(name: string) {
  return screen.getByRole('region', { name: new RegExp(`^${name}`) });
}

function liveRegion() {
  return document.querySelector('[aria-live="assertive"]')?.textContent ?? '';
}

async function openBoard() {
  renderApp('/applications');
  await within(await screen.findByRole('region', { name: /^Saved/ })).findByText('Staff Engineer');
}

describe('board', () => {
  it('shows one column per stage with its applications', async () => {
    await openBoard();
    const names = screen
      .getAllByRole('region')
      .map((r) => r.getAttribute('aria-labelledby'))
      .filter((id) => id?.startsWith('column-'));
    expect(names).toEqual([
      'column-saved',
      'column-applied',
      'column-interviewing',
      'column-offer',
      'column-rejected',
      'column-withdrawn',
    ]);
    expect(within(column('Applied')).getByText('Backend Developer')).toBeTruthy();
    expect(within(column('Interviewing')).getByText('None')).toBeTruthy();
  });

  it('moves a card with the keyboard, announcing each step, and records the move', async () => {
    await openBoard();
    const handle = screen.getByRole('button', { name: 'Pick up Staff Engineer at Acme' });
    handle.focus();
    fireEvent.keyDown(handle, { key: ' ' });
    expect(liveRegion()).toMatch(/^Picked up Staff Engineer at Acme, in Saved, stage 1 of 6\./);
    expect(handle.getAttribute('aria-pressed')).toBe('true');

    fireEvent.keyDown(handle, { key: 'ArrowRight' });
    expect(liveRegion()).toBe('Applied, stage 2 of 6.');
    fireEvent.keyDown(handle, { key: 'ArrowRight' });
    expect(liveRegion()).toBe('Interviewing, stage 3 of 6.');
    expect(column('Interviewing').className).toContain('is-target');
    fireEvent.keyDown(handle, { key: 'Enter' });

    expect(liveRegion()).toBe('Staff Engineer at Acme moved from Saved to Interviewing.');
    await within(column('Interviewing')).findByText('Staff Engineer');
    await waitFor(async () =>
      expect((await applicationsRepo.get('a1'))?.status).toBe('interviewing'),
    );
    const stored = await applicationsRepo.get('a1');
    expect(stored?.history.map((h) => [h.status, h.source])).toEqual([
      ['saved', 'created'],
      ['interviewing', 'board'],
    ]);
    expect(stored?.history[1]?.at).toBe(NOW);
    // Focus follows the card to its new column, so the next move can start at once.
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(column('Interviewing')).getByRole('button', {
          name: 'Pick up Staff Engineer at Acme',
        }),
      ),
    );
    await screen.findByText('Moved Staff Engineer at Acme to Interviewing.');
  });

  it('cancels with Escape, stops at the last stage, and drops back in place without a change', async () => {
    await openBoard();
    const handle = screen.getByRole('button', { name: 'Pick up Backend Developer at Globex' });
    handle.focus();
    fireEvent.keyDown(handle, { key: 'Enter' });
    fireEvent.keyDown(handle, { key: 'End' });
    expect(liveRegion()).toBe('Withdrawn, stage 6 of 6.');
    fireEvent.keyDown(handle, { key: 'ArrowRight' });
    expect(liveRegion()).toBe('Withdrawn, stage 6 of 6.\u00a0');
    fireEvent.keyDown(handle, { key: 'Escape' });
    expect(liveRegion()).toBe('Move cancelled. Backend Developer at Globex stays in Applied.');

    fireEvent.keyDown(handle, { key: ' ' });
    fireEvent.keyDown(handle, { key: 'ArrowLeft' });
    fireEvent.keyDown(handle, { key: 'ArrowRight' });
    expect(liveRegion()).toBe('Applied, stage 2 of 6, where it started.');
    fireEvent.keyDown(handle, { key: ' ' });
    expect(liveRegion()).toMatch(/dropped back in Applied; nothing changed/);
    expect((await applicationsRepo.get('a2'))?.history).toHaveLength(2);
    expect(within(column('Applied')).getByText('Backend Developer')).toBeTruthy();
  });

  it('cancels a keyboard move when focus leaves the card', async () => {
    await openBoard();
    const handle = screen.getByRole('button', { name: 'Pick up Staff Engineer at Acme' });
    handle.focus();
    fireEvent.keyDown(handle, { key: 'Enter' });
    fireEvent.keyDown(handle, { key: 'ArrowRight' });
    fireEvent.blur(handle);
    expect(liveRegion()).toMatch(/^Move cancelled/);
    expect(handle.getAttribute('aria-pressed')).toBe('false');
    expect((await applicationsRepo.get('a1'))?.status).toBe('saved');
  });

  it('undoes a move from its toast, leaving no trace in the history', async () => {
    await openBoard();
    const handle = screen.getByRole('button', { name: 'Pick up Staff Engineer at Acme' });
    handle.focus();
    fireEvent.keyDown(handle, { key: 'Enter' });
    fireEvent.keyDown(handle, { key: 'ArrowRight' });
    fireEvent.keyDown(handle, { key: 'Enter' });
    const toast = (await screen.findByText('Moved Staff Engineer at Acme to Applied.')).closest(
      '.toast',
    ) as HTMLElement;
    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    await within(column('Saved')).findByText('Staff Engineer');
    await waitFor(async () => expect((await applicationsRepo.get('a1'))?.history).toHaveLength(1));
  });

  it('moves through the dialog with a backdated date and a note', async () => {
    await openBoard();
    fireEvent.click(screen.getByRole('button', { name: 'Move Staff Engineer at Acme to…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move Staff Engineer at Acme' });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Offer' }));
    fireEvent.change(within(dialog).getByLabelText('When'), {
      target: { value: '2026-03-05T10:30' },
    });
    fireEvent.change(within(dialog).getByLabelText('Note (optional)'), {
      target: { value: 'Verbal offer from Grace' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move to Offer' }));
    await within(column('Offer')).findByText('Staff Engineer');
    const change = (await applicationsRepo.get('a1'))?.history[1];
    expect(change).toMatchObject({
      status: 'offer',
      note: 'Verbal offer from Grace',
      source: 'board',
    });
    expect(change?.at).toBe(new Date('2026-03-05T10:30').toISOString());
  });

  it('refuses a move dated before the previous one, saying why in the dialog', async () => {
    await openBoard();
    fireEvent.click(screen.getByRole('button', { name: 'Move Backend Developer at Globex to…' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('When'), {
      target: { value: '2026-02-20T10:00' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: /^Move to/ }));
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(
      /before the previous stage change/,
    );
    await act(async () => {});
    expect((await applicationsRepo.get('a2'))?.history).toHaveLength(2);
  });

  it('starts an application from a link to a job, already applied on a given day', async () => {
    const { router } = renderApp('/applications?new=j2');
    const dialog = await screen.findByRole('dialog', { name: 'Track an application' });
    expect(((await within(dialog).findByLabelText('Job')) as HTMLSelectElement).value).toBe('j2');
    fireEvent.change(within(dialog).getByLabelText('Resume sent'), { target: { value: 'r1' } });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Already applied' }));
    fireEvent.change(within(dialog).getByLabelText('Applied on'), {
      target: { value: '2026-03-06T17:00' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Track application' }));
    await screen.findByRole('heading', { level: 1, name: 'Backend Developer' });
    const id = router.state.location.pathname.split('/').pop()!;
    expect(await applicationsRepo.get(id)).toMatchObject({
      jobId: 'j2',
      resumeId: 'r1',
      status: 'applied',
      createdAt: NOW,
      history: [
        { status: 'applied', at: new Date('2026-03-06T17:00').toISOString(), source: 'created' },
      ],
    });
  });
});
