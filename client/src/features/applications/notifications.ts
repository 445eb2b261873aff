// Browser notifications, wrapped once: permission, and showing one while the app is open.
//
// There is no push server: a notification can only come from a page (or its service worker) that
// is running, so reminders notify while Career Copilot is open in a tab or window.

export type NotificationAccess = 'unsupported' | 'default' | 'granted' | 'denied';

export function notificationAccess(): NotificationAccess {
  if (typeof window === 'undefined' || !('Notification' in window)) return 'unsupported';
  return Notification.permission;
}

export async function requestNotificationAccess(): Promise<NotificationAccess> {
  if (notificationAccess() === 'unsupported') return 'unsupported';
  try {
    return await Notification.requestPermission();
  } catch {
    return notificationAccess();
  }
}

/**
 * Shows a notification. The page's own constructor is used where it exists (desktop browsers);
 * Android Chrome refuses it and wants the service worker's `showNotification` instead.
 */
export async function showNotification(
  title: string,
  options: { readonly body: string; readonly tag: string; readonly onClick?: () => void },
): Promise<boolean> {
  if (notificationAccess() !== 'granted') return false;
  try {
    const notification = new Notification(title, { body: options.body, tag: options.tag });
    notification.onclick = () => {
      window.focus();
      options.onClick?.();
      notification.close();
    };
    return true;
  } catch {
    const registration = await navigator.serviceWorker?.getRegistration();
    if (!registration) return false;
    await registration.showNotification(title, { body: options.body, tag: options.tag });
    return true;
  }
}
