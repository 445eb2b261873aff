import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addApplication, NOW, renderApp, seedTracker } from '../../../test/tracker';
import { applicationsRepo, settingsRepo } from '../../storage/repositories';
import { loadApplications } from './applications-store';
import { notifyDueReminders, remindersStore } from './reminders-watch';

type Shown = { title: string; body?: string; tag?: string };

/** A stand-in for the browser's Notification with a permission the test decides. */
function stubNotifications(answer: NotificationPermission) {
  const shown: Shown[] = [];
  class FakeNotification {
    static permission: NotificationPermission = 'default';
    static requestPermission = vi.fn(async () => {
      FakeNotification.permission = answer;
      return answer;
    });
    onclick: (() => void) | null = null;
    constructor(title: string, options: NotificationOptions = {}) {
      shown.push({ title, body: options.body, tag: options.tag });
    }
    close() {}
  }
  Object.defineProperty(window, 'Notification', { value: FakeNotification, configurable: true });
  return { shown, FakeNotification };
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(NOW) });
  await seedTracker();
  await addApplication('a1', 'j1', (a) => {
    a.reminders.push({
      id: 'r1',
      dueAt: '2026-03-09T09:00:00.000Z',
      note: 'Chase Grace',
      done: false,
    });
  });
});
afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(window, 'Notification');
});

describe('follow-up notifications', () => {
  it('lists due follow-ups on the board and counts them in the navigation', async () => {
    stubNotifications('granted');
    renderApp('/applications');
    const panel = await screen.findByRole('region', { name: /Follow-ups/ });
    await within(panel).findByText('Chase Grace');
    expect(within(panel).getByText('Overdue')).toBeTruthy();
    expect((await screen.findByTestId('follow-ups-due')).textContent).toBe('1');
    fireEvent.click(
      within(panel).getByRole('button', { name: /Snooze “Chase Grace” .* by a week/ }),
    );
    await waitFor(() => expect(screen.queryByTestId('follow-ups-due')).toBeNull());
    // Snoozed from now (the 10th), not from its old due date.
    expect((await applicationsRepo.get('a1'))?.reminders[0]?.dueAt).toBe(
      '2026-03-17T12:00:00.000Z',
    );
  });

  it('turns on when the browser allows, then notifies each follow-up once as it comes due', async () => {
    const { shown } = stubNotifications('granted');
    renderApp('/applications');
    const panel = await screen.findByRole('region', { name: /Follow-ups/ });
    expect(within(panel).getByTestId('notification-status').textContent).toMatch(
      /no push server: notifications appear only while the app is open/,
    );
    fireEvent.click(within(panel).getByRole('button', { name: 'Notify me on this device' }));
    await within(panel).findByRole('button', { name: 'Turn off notifications' });
    expect(await settingsRepo.get('tracker.notifications', (v) => v)).toBe(true);
    // The one already on screen is not pushed again; the confirmation is.
    await waitFor(() => expect(shown.map((n) => n.title)).toEqual(['Notifications are on']));
    expect((await applicationsRepo.get('a1'))?.reminders[0]?.notifiedAt).toBe(NOW);

    await applicationsRepo.put({
      ...(await applicationsRepo.get('a1'))!,
      reminders: [
        ...(await applicationsRepo.get('a1'))!.reminders,
        { id: 'r2', dueAt: '2026-03-10T11:00:00.000Z', note: 'Send portfolio', done: false },
      ],
    });
    await loadApplications();
    const open = vi.fn();
    expect(await notifyDueReminders(open)).toBe(1);
    expect(shown.at(-1)).toEqual({
      title: 'Send portfolio',
      body: 'Follow-up for Staff Engineer at Acme',
      tag: 'career-copilot-r2',
    });
    expect((await applicationsRepo.get('a1'))?.reminders[1]?.notifiedAt).toBe(NOW);
    expect(await notifyDueReminders(open)).toBe(0);
  });

  it('keeps working in the app, and says why, when the browser blocks notifications', async () => {
    const { shown } = stubNotifications('denied');
    renderApp('/applications');
    const panel = await screen.findByRole('region', { name: /Follow-ups/ });
    fireEvent.click(within(panel).getByRole('button', { name: 'Notify me on this device' }));
    await within(panel).findByText(/blocked for this site in your browser’s settings/);
    expect(remindersStore.getState().enabled).toBe(false);
    expect(await notifyDueReminders(() => {})).toBe(0);
    expect(shown).toEqual([]);
    expect(within(panel).getByText('Chase Grace')).toBeTruthy();
  });

  it('says plainly when the browser has no notifications at all', async () => {
    renderApp('/applications');
    const panel = await screen.findByRole('region', { name: /Follow-ups/ });
    expect(within(panel).getByTestId('notification-status').textContent).toMatch(
      /This browser cannot show notifications/,
    );
  });
});
