// Follow-ups while the app is open: a clock for "due", the notification preference, and the notifier.
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { markRemindersNotified } from '@career-copilot/shared/application/edits';
import { remindersToNotify } from '@career-copilot/shared/application/reminders';
import { describeJob } from '@career-copilot/shared/application/summary';
import { ok } from '@career-copilot/shared/lib/result';
import { nowIso } from '../../lib/ids';
import { settingsRepo } from '../../storage/repositories';
import {
  applicationsStore,
  editApplication,
  ensureApplicationsLoaded,
  loadApplications,
} from './applications-store';
import {
  notificationAccess,
  requestNotificationAccess,
  showNotification,
  type NotificationAccess,
} from './notifications';

const PREFERENCE_KEY = 'tracker.notifications';
const TICK_MS = 30_000;
/** More due at once than this become one notification that counts them. */
const MAX_SEPARATE = 3;

type RemindersState = {
  /** The time "due" is judged against; ticks while the app is open. */
  readonly now: string;
  readonly access: NotificationAccess;
  /** The user asked for notifications on this device. */
  readonly enabled: boolean;
};

export const remindersStore = createStore<RemindersState>()(() => ({
  now: nowIso(),
  access: notificationAccess(),
  enabled: false,
}));
export const useReminders = <T>(select: (s: RemindersState) => T) =>
  useStore(remindersStore, select);

export async function loadNotificationPreference(): Promise<void> {
  const enabled = await settingsRepo.get(PREFERENCE_KEY, (v) => v === true);
  remindersStore.setState({ enabled: enabled === true, access: notificationAccess() });
}

/** Asks the browser, then turns notifications on if it agreed; returns what the browser said. */
export async function enableNotifications(): Promise<NotificationAccess> {
  const access = await requestNotificationAccess();
  remindersStore.setState({ access });
  if (access !== 'granted') return access;
  await settingsRepo.set(PREFERENCE_KEY, true);
  remindersStore.setState({ enabled: true });
  // What is already due is already on screen: mark it, so only what comes due later pops up.
  await markNotified(remindersToNotify(applicationsStore.getState().items, nowIso()));
  await showNotification('Notifications are on', {
    body: 'Career Copilot will tell you here when a follow-up comes due while the app is open.',
    tag: 'career-copilot-notifications-on',
  });
  return access;
}

export async function disableNotifications(): Promise<void> {
  await settingsRepo.set(PREFERENCE_KEY, false);
  remindersStore.setState({ enabled: false });
}

async function markNotified(
  items: ReadonlyArray<{ applicationId: string; reminder: { id: string } }>,
): Promise<void> {
  const byApplication = new Map<string, Set<string>>();
  for (const item of items) {
    const ids = byApplication.get(item.applicationId) ?? new Set<string>();
    ids.add(item.reminder.id);
    byApplication.set(item.applicationId, ids);
  }
  for (const [id, ids] of byApplication) {
    await editApplication(id, (current, now) => ok(markRemindersNotified(current, ids, now)));
  }
}

/** Shows a notification for each follow-up that came due and has not been shown yet. */
export async function notifyDueReminders(open: (applicationId: string) => void): Promise<number> {
  const { enabled } = remindersStore.getState();
  if (!enabled || notificationAccess() !== 'granted') return 0;
  const { items, jobs } = applicationsStore.getState();
  const due = remindersToNotify(items, nowIso());
  if (due.length === 0) return 0;
  if (due.length > MAX_SEPARATE) {
    await showNotification(`${due.length} follow-ups are due`, {
      body: 'Open Career Copilot’s Applications to see them.',
      tag: 'career-copilot-follow-ups',
      onClick: () => open(''),
    });
  } else {
    for (const { applicationId, reminder } of due) {
      const application = items.find((a) => a.id === applicationId);
      const job = application ? jobs[application.jobId]?.job : undefined;
      await showNotification(reminder.note, {
        body: `Follow-up for ${describeJob(job)}`,
        tag: `career-copilot-${reminder.id}`,
        onClick: () => open(applicationId),
      });
    }
  }
  await markNotified(due);
  return due.length;
}

/**
 * Keeps the reminder clock running while the app is open and notifies as follow-ups come due.
 * Mounted once, in the navigation's badge.
 */
export function useReminderWatch(): void {
  const navigate = useNavigate();
  useEffect(() => {
    let stopped = false;
    const open = (id: string) => void navigate(id ? `/applications/${id}` : '/applications');
    const tick = () => {
      if (stopped) return;
      remindersStore.setState({ now: nowIso(), access: notificationAccess() });
      void notifyDueReminders(open);
    };
    void Promise.all([ensureApplicationsLoaded(), loadNotificationPreference()]).then(tick);
    const timer = setInterval(tick, TICK_MS);
    // Coming back to the tab: another tab or a backup import may have changed things.
    const onVisible = () => {
      if (document.visibilityState === 'visible') void loadApplications().then(tick);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [navigate]);
}
