// Turning follow-up notifications on or off, with a plain word on what they can and cannot do.
import { Button } from '../../../ui/Button';
import { showError } from '../../../ui/toast-store';
import { disableNotifications, enableNotifications, useReminders } from '../reminders-watch';

const NO_PUSH =
  'Career Copilot has no push server: notifications appear only while the app is open in a tab or window. Due follow-ups always show here and as a number on Applications.';

export function NotificationControl() {
  const access = useReminders((s) => s.access);
  const enabled = useReminders((s) => s.enabled);

  if (access === 'unsupported') {
    return (
      <p className="muted" data-testid="notification-status">
        This browser cannot show notifications. Due follow-ups show here and as a number on
        Applications.
      </p>
    );
  }
  if (access === 'denied') {
    return (
      <p className="muted" data-testid="notification-status">
        Notifications are blocked for this site in your browser’s settings. Due follow-ups still
        show here and as a number on Applications.
      </p>
    );
  }
  const on = enabled && access === 'granted';
  return (
    <div className="notification-control">
      <p className="muted" data-testid="notification-status">
        {on ? 'Notifications are on for this device. ' : ''}
        {NO_PUSH}
      </p>
      {on ? (
        <Button size="sm" onClick={() => void disableNotifications()}>
          Turn off notifications
        </Button>
      ) : (
        <Button
          size="sm"
          onClick={() =>
            void enableNotifications().then((result) => {
              if (result === 'denied')
                showError('The browser blocked notifications for this site.');
            })
          }
        >
          Notify me on this device
        </Button>
      )}
    </div>
  );
}
