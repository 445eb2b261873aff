import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addApplication, NOW, renderApp, seedTracker } from '../../../../test/tracker';
import { applicationsRepo } from '../../../storage/repositories';

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(NOW) });
  await seedTracker();
  await addApplication('a1', 'j1', (a) => {
    a.status = 'applied';
    a.history.push({ status: 'applied', at: '2026-03-02T09:00:00.000Z', source: 'board' });
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const stored = async () => (await applicationsRepo.get('a1'))!;

async function openDetail() {
  renderApp('/applications/a1');
  await screen.findByRole('heading', { level: 1, name: 'Staff Engineer' });
}

function section(name: string) {
  return screen.getByRole('region', { name });
}

describe('application page', () => {
  it('links the job and records which resume version was sent, naming tailored copies', async () => {
    await openDetail();
    const links = section('Job and resume');
    expect(within(links).getByRole('link', { name: 'Staff Engineer' }).getAttribute('href')).toBe(
      '/jobs/j1',
    );
    const select = within(links).getByLabelText('Version') as HTMLSelectElement;
    // The copy tailored for this job is offered first.
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Not recorded',
      'Backend — Acme — Tailored for Staff Engineer at Acme, from “Backend resume”',
      'Backend resume',
    ]);
    fireEvent.change(select, { target: { value: 'r2' } });
    await within(links).findByText('Tailored for Staff Engineer at Acme, from “Backend resume”');
    await waitFor(async () => expect((await stored()).resumeId).toBe('r2'));
    fireEvent.change(select, { target: { value: '' } });
    await waitFor(async () => expect((await stored()).resumeId).toBeUndefined());
  });

  it('adds, corrects and removes a contact, refusing a bad email', async () => {
    await openDetail();
    const contacts = section('Contacts');
    fireEvent.click(within(contacts).getByRole('button', { name: 'Add a contact' }));
    const form = within(contacts).getByRole('form', { name: 'Add a contact' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Grace Hopper' } });
    fireEvent.change(within(form).getByLabelText('Email'), { target: { value: 'grace at acme' } });
    fireEvent.submit(form);
    expect((await within(form).findByRole('alert')).textContent).toBe(
      'That email address looks wrong.',
    );
    fireEvent.change(within(form).getByLabelText('Email'), {
      target: { value: 'grace@acme.test' },
    });
    fireEvent.change(within(form).getByLabelText('Role'), { target: { value: 'Recruiter' } });
    fireEvent.submit(form);
    await within(contacts).findByRole('link', { name: 'grace@acme.test' });

    fireEvent.click(within(contacts).getByRole('button', { name: 'Edit Grace Hopper' }));
    const edit = within(contacts).getByRole('form', { name: 'Edit Grace Hopper' });
    fireEvent.change(within(edit).getByLabelText('Role'), { target: { value: 'Hiring manager' } });
    fireEvent.submit(edit);
    await within(contacts).findByText('· Hiring manager');
    expect((await stored()).contacts).toMatchObject([
      { name: 'Grace Hopper', role: 'Hiring manager', email: 'grace@acme.test' },
    ]);

    fireEvent.click(within(contacts).getByRole('button', { name: 'Remove Grace Hopper' }));
    await waitFor(async () => expect((await stored()).contacts).toEqual([]));
  });

  it('schedules an interview, offers to move to Interviewing, and exports it as .ics', async () => {
    await openDetail();
    const interviews = section('Interviews');
    fireEvent.click(within(interviews).getByRole('button', { name: 'Add an interview' }));
    const form = within(interviews).getByRole('form', { name: 'Add an interview' });
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Onsite; panel' } });
    fireEvent.change(within(form).getByLabelText('Starts'), {
      target: { value: '2026-03-20T14:30' },
    });
    fireEvent.change(within(form).getByLabelText('Length (minutes)'), { target: { value: '0' } });
    fireEvent.submit(form);
    expect((await within(form).findByRole('alert')).textContent).toMatch(/from 5 to 1,440/);
    fireEvent.change(within(form).getByLabelText('Length (minutes)'), { target: { value: '90' } });
    fireEvent.submit(form);
    await within(interviews).findByText('Onsite; panel');
    expect((await stored()).interviews).toMatchObject([
      {
        title: 'Onsite; panel',
        startsAt: new Date('2026-03-20T14:30').toISOString(),
        durationMinutes: 90,
      },
    ]);

    const toast = (await screen.findByText(/Move the application to Interviewing\?/)).closest(
      '.toast',
    ) as HTMLElement;
    fireEvent.click(within(toast).getByRole('button', { name: 'Move' }));
    await waitFor(() =>
      expect(screen.getByTestId('current-stage').textContent).toBe('Interviewing'),
    );

    let saved: Blob | undefined;
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => {
        saved = blob;
        return 'blob:ics';
      }),
      revokeObjectURL: vi.fn(),
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    fireEvent.click(
      within(interviews).getByRole('button', { name: 'Add Onsite; panel to a calendar (.ics)' }),
    );
    expect(click).toHaveBeenCalledOnce();
    expect(saved?.type).toBe('text/calendar;charset=utf-8');
    const text = await saved!.text();
    expect(text).toContain('SUMMARY:Onsite\\; panel: Staff Engineer at Acme\r\n');
    expect(text).toContain(
      `DTSTART:${new Date('2026-03-20T14:30').toISOString().replace(/[-:]/g, '').replace('.000', '')}\r\n`,
    );
    expect(text).toContain('URL:http://localhost:3000/applications/a1\r\n');
  });

  it('adds a follow-up that shows as due in the navigation, and marks it done', async () => {
    await openDetail();
    const reminders = section('Follow-ups');
    fireEvent.change(within(reminders).getByRole('textbox', { name: 'Reminder' }), {
      target: { value: 'Chase Grace' },
    });
    fireEvent.change(within(reminders).getByLabelText('Due'), {
      target: { value: '2026-03-09T09:00' },
    });
    fireEvent.click(within(reminders).getByRole('button', { name: 'Add follow-up' }));
    const list = within(reminders).getByRole('list', { name: 'Follow-up reminders' });
    await within(list).findByText('Chase Grace');
    expect(within(list).getByText('Due')).toBeTruthy();
    expect((await screen.findByTestId('follow-ups-due')).textContent).toBe('1');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Applications, 1 follow-up due' })).toBeTruthy();

    fireEvent.click(within(reminders).getByRole('checkbox', { name: /Chase Grace/ }));
    await waitFor(() => expect(screen.queryByTestId('follow-ups-due')).toBeNull());
    expect((await stored()).reminders).toMatchObject([
      { note: 'Chase Grace', done: true, completedAt: NOW },
    ]);
  });

  it('saves notes when typing pauses and when leaving the field', async () => {
    await openDetail();
    const notes = screen.getByLabelText('Notes on this application');
    fireEvent.change(notes, { target: { value: 'Team of 8; Go and Postgres.' } });
    fireEvent.blur(notes);
    await waitFor(async () => expect((await stored()).notes).toBe('Team of 8; Go and Postgres.'));
    expect(within(section('Notes')).getByRole('status').textContent).toBe('Saved');
  });

  it('shows the dated history, corrects an entry, and undoes the last move', async () => {
    await openDetail();
    const history = section('History');
    const entries = within(history).getAllByRole('listitem');
    expect(entries.map((e) => e.textContent)).toEqual([
      expect.stringMatching(/^Saved.*Added by you/),
      expect.stringMatching(/^Applied.*Moved by you on the board/),
    ]);
    fireEvent.click(within(history).getByRole('button', { name: 'Edit the Applied entry' }));
    const form = within(history).getByRole('form', { name: 'Edit the Applied entry' });
    fireEvent.change(within(form).getByLabelText('Applied since'), {
      target: { value: '2026-02-01T09:00' },
    });
    fireEvent.submit(form);
    expect((await within(form).findByRole('alert')).textContent).toMatch(/before the previous/);
    fireEvent.change(within(form).getByLabelText('Applied since'), {
      target: { value: '2026-03-03T16:00' },
    });
    fireEvent.change(within(form).getByLabelText('Note'), { target: { value: 'Via referral' } });
    fireEvent.submit(form);
    await waitFor(() => expect(within(history).queryByRole('form')).toBeNull());
    expect(within(history).getByText('Via referral').tagName).toBe('P');
    expect((await stored()).history[1]).toMatchObject({
      at: new Date('2026-03-03T16:00').toISOString(),
      note: 'Via referral',
    });

    fireEvent.click(within(history).getByRole('button', { name: 'Undo this move' }));
    await waitFor(() => expect(screen.getByTestId('current-stage').textContent).toBe('Saved'));
    expect((await stored()).history).toHaveLength(1);
  });

  it('says so when the application does not exist', async () => {
    renderApp('/applications/nope');
    await screen.findByRole('heading', { name: 'Application not found' });
  });
});
