// Interviews: when, how long, where; each exportable to a calendar on its own.
import { useState } from 'react';
import {
  removeInterview,
  saveInterview,
  type InterviewInput,
} from '@career-copilot/shared/application/edits';
import {
  ApplicationStatus,
  ChangeSource,
  type ApplicationRecord,
  type Interview,
} from '@career-copilot/shared/application/model';
import { ok } from '@career-copilot/shared/lib/result';
import { newId } from '../../../lib/ids';
import {
  formatDuration,
  formatShortDateTime,
  fromLocalInput,
  toLocalInput,
} from '../../../lib/local-time';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { showToast } from '../../../ui/toast-store';
import { exportInterview } from '../calendar-export';
import { moveWithUndo } from '../move-actions';
import { useReminders } from '../reminders-watch';
import { RowActions } from './RowActions';
import { useApplicationEdit } from './use-edit';

const isUrl = (text: string) => /^https?:\/\/\S+$/i.test(text);

export function InterviewsSection({ application }: { readonly application: ApplicationRecord }) {
  const { run } = useApplicationEdit(application.id);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const now = Date.parse(useReminders((s) => s.now));

  return (
    <section className="card" aria-labelledby="interviews-heading">
      <div className="card-title">
        <h2 id="interviews-heading">Interviews</h2>
        {editing !== 'new' ? (
          <Button size="sm" onClick={() => setEditing('new')}>
            Add an interview
          </Button>
        ) : null}
      </div>
      {application.interviews.length === 0 && editing !== 'new' ? (
        <p className="muted">None scheduled.</p>
      ) : null}
      <ul className="plain-list" aria-label="Interviews">
        {application.interviews.map((interview) =>
          editing === interview.id ? (
            <li key={interview.id}>
              <InterviewForm
                application={application}
                initial={interview}
                onDone={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={interview.id} className="row-item">
              <div>
                <strong>{interview.title}</strong>
                {Date.parse(interview.startsAt) < now ? <span className="badge">Past</span> : null}
                <div>
                  {formatShortDateTime(interview.startsAt)} ·{' '}
                  {formatDuration(interview.durationMinutes)}
                </div>
                {interview.location ? (
                  <div className="muted">
                    {isUrl(interview.location) ? (
                      <a href={interview.location} target="_blank" rel="noreferrer noopener">
                        {interview.location}
                      </a>
                    ) : (
                      interview.location
                    )}
                  </div>
                ) : null}
                {interview.notes ? <p className="pre-line">{interview.notes}</p> : null}
              </div>
              <RowActions
                name={interview.title}
                onEdit={() => setEditing(interview.id)}
                onRemove={() =>
                  void run((current, t) => ok(removeInterview(current, interview.id, t)))
                }
              >
                <Button
                  size="sm"
                  aria-label={`Add ${interview.title} to a calendar (.ics)`}
                  onClick={() => exportInterview(application, interview)}
                >
                  .ics
                </Button>
              </RowActions>
            </li>
          ),
        )}
      </ul>
      {editing === 'new' ? (
        <InterviewForm application={application} onDone={() => setEditing(null)} />
      ) : null}
    </section>
  );
}

function defaultStart(): string {
  const start = new Date(Date.now() + 24 * 3600_000);
  start.setHours(10, 0, 0, 0);
  return toLocalInput(start.toISOString());
}

function InterviewForm({
  application,
  initial,
  onDone,
}: {
  readonly application: ApplicationRecord;
  readonly initial?: Interview;
  readonly onDone: () => void;
}) {
  const { run, busy, fieldError } = useApplicationEdit(application.id);
  const [form, setForm] = useState(() => ({
    title: initial?.title ?? 'Interview',
    startsAt: initial ? toLocalInput(initial.startsAt) : defaultStart(),
    durationMinutes: String(initial?.durationMinutes ?? 60),
    location: initial?.location ?? '',
    notes: initial?.notes ?? '',
  }));
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value });

  async function submit() {
    const input: InterviewInput = {
      id: initial?.id ?? newId('i_'),
      title: form.title,
      startsAt: fromLocalInput(form.startsAt),
      durationMinutes: Number(form.durationMinutes),
      location: form.location,
      notes: form.notes,
    };
    const saved = await run((current, now) => saveInterview(current, input, now));
    if (!saved) return;
    onDone();
    const early =
      application.status === ApplicationStatus.Saved ||
      application.status === ApplicationStatus.Applied;
    if (!initial && early) {
      showToast({
        message: 'Interview added. Move the application to Interviewing?',
        action: {
          label: 'Move',
          run: () =>
            void moveWithUndo(
              application.id,
              ApplicationStatus.Interviewing,
              { source: ChangeSource.Detail },
              'the application',
            ),
        },
      });
    }
  }

  return (
    <form
      className="inline-form"
      aria-label={initial ? `Edit ${initial.title}` : 'Add an interview'}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="grid-2">
        <Field label="Title" error={fieldError('title')}>
          <input
            type="text"
            value={form.title}
            onChange={set('title')}
            maxLength={200}
            placeholder="Phone screen"
          />
        </Field>
        <Field label="Starts" error={fieldError('startsAt')} hint="In your time zone.">
          <input type="datetime-local" value={form.startsAt} onChange={set('startsAt')} />
        </Field>
        <Field label="Length (minutes)" error={fieldError('durationMinutes')}>
          <input
            type="number"
            min={5}
            max={1440}
            step={5}
            value={form.durationMinutes}
            onChange={set('durationMinutes')}
          />
        </Field>
        <Field label="Where" error={fieldError('location')} hint="An address or a video link.">
          <input type="text" value={form.location} onChange={set('location')} />
        </Field>
      </div>
      <Field label="Notes" error={fieldError('notes')}>
        <textarea rows={2} value={form.notes} onChange={set('notes')} />
      </Field>
      <div className="actions">
        <Button type="submit" variant="primary" disabled={busy}>
          {initial ? 'Save interview' : 'Add interview'}
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
