// Exporting every interview as one calendar file, with follow-ups and alerts as the user prefers.
import { useState } from 'react';
import { RemindersAs } from '@career-copilot/shared/application/calendar';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Field } from '../../../ui/Field';
import { useApplications } from '../applications-store';
import { exportWholeCalendar } from '../calendar-export';

const ALARMS = [
  { value: '', label: 'No alert' },
  { value: '15', label: '15 minutes before' },
  { value: '30', label: '30 minutes before' },
  { value: '60', label: '1 hour before' },
  { value: '1440', label: '1 day before' },
];

export function CalendarExportDialog({
  open,
  onClose,
}: {
  readonly open: boolean;
  readonly onClose: () => void;
}) {
  const [remindersAs, setRemindersAs] = useState<RemindersAs>(RemindersAs.None);
  const [alarm, setAlarm] = useState('30');
  const items = useApplications((s) => s.items);
  const interviews = items.reduce((n, a) => n + a.interviews.length, 0);
  const followUps = items.reduce((n, a) => n + a.reminders.length, 0);
  const nothing = interviews === 0 && (remindersAs === RemindersAs.None || followUps === 0);

  return (
    <Dialog open={open} title="Export calendar (.ics)" onClose={onClose}>
      <p>
        {interviews} interview{interviews === 1 ? '' : 's'} across your applications. Import the
        file into Google Calendar, Apple Calendar or Outlook; exporting again later updates the same
        events instead of duplicating them.
      </p>
      <Field label="Alert before each interview">
        <select value={alarm} onChange={(e) => setAlarm(e.target.value)}>
          {ALARMS.map((a) => (
            <option key={a.value} value={a.value}>
              {a.label}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="Follow-up reminders"
        hint="To-dos suit Apple Reminders, Outlook and Thunderbird; Google Calendar ignores to-dos, so choose events for it."
      >
        <select value={remindersAs} onChange={(e) => setRemindersAs(e.target.value as RemindersAs)}>
          <option value={RemindersAs.None}>Leave out</option>
          <option value={RemindersAs.Todos}>As to-dos</option>
          <option value={RemindersAs.Events}>As 15-minute events</option>
        </select>
      </Field>
      {nothing ? <p className="muted">There is nothing to export yet.</p> : null}
      <div className="dialog-actions">
        <Button onClick={onClose}>Cancel</Button>
        <Button
          variant="primary"
          disabled={nothing}
          onClick={() => {
            exportWholeCalendar({
              remindersAs,
              ...(alarm ? { alarmMinutesBefore: Number(alarm) } : {}),
            });
            onClose();
          }}
        >
          Download .ics
        </Button>
      </div>
    </Dialog>
  );
}
