// What was read from the posting, field by field, and the form to correct any of it.
import { useEffect, useRef, useState } from 'react';
import { TaskKind } from '@career-copilot/shared/ai/tasks';
import type { JobFieldChange } from '@career-copilot/shared/match/refine-job';
import { useTaskModel } from '../../../llm/use-task-model';
import { RemoteMode, Seniority, type JobRecord } from '@career-copilot/shared/job/model';
import { DEGREE_LABELS, DegreeLevel } from '@career-copilot/shared/match/degrees';
import { SENIORITY_LABELS } from '@career-copilot/shared/match/titles';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { Field } from '../../../ui/Field';
import { showError, showToast } from '../../../ui/toast-store';
import { draftFromJob, formatLocation, type JobDraft } from '../job-draft';
import { refineJobWithModel, restructureJob, saveJobEdits } from '../jobs-store';

const REMOTE_LABELS: Readonly<Record<string, string>> = {
  [RemoteMode.Full]: 'Remote',
  [RemoteMode.Hybrid]: 'Hybrid',
  [RemoteMode.None]: 'On site',
};

function List({
  items,
  empty,
}: {
  readonly items: readonly string[] | undefined;
  readonly empty: string;
}) {
  if (!items || items.length === 0) return <span className="muted">{empty}</span>;
  return (
    <ul>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

function Chips({ items, empty }: { readonly items: readonly string[]; readonly empty: string }) {
  if (items.length === 0) return <span className="muted">{empty}</span>;
  return (
    <ul className="chips">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

const STRUCTURED_BY = {
  rules: 'Read automatically',
  model: 'Refined by your model',
  user: 'Corrected by you',
} as const;

/** Runs "Refine with model" with Stop, and keeps what changed to show the user. */
function useRefine(job: JobRecord, onChange: (next: JobRecord) => void) {
  const controller = useRef<AbortController | undefined>(undefined);
  const [running, setRunning] = useState(false);
  const [changes, setChanges] = useState<readonly JobFieldChange[]>();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string>();
  useEffect(() => () => controller.current?.abort(), []);
  async function run() {
    const own = new AbortController();
    controller.current = own;
    setRunning(true);
    setError(undefined);
    setMessage('');
    setChanges(undefined);
    const outcome = await refineJobWithModel(job.id, own.signal);
    if (controller.current !== own) return;
    setRunning(false);
    if (!outcome.ok) {
      if (outcome.stopped) setMessage('Stopped.');
      else setError(outcome.message);
      return;
    }
    setChanges(outcome.changes);
    setMessage(
      outcome.changes.length
        ? ''
        : 'Your model found nothing to add: the rules had read everything it did.',
    );
    onChange(outcome.record);
  }
  return { running, changes, message, error, run, stop: () => controller.current?.abort() };
}

export function StructuredJob({
  job,
  onChange,
}: {
  readonly job: JobRecord;
  readonly onChange: (next: JobRecord) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);
  const refine = useRefine(job, onChange);
  const model = useTaskModel(TaskKind.StructureJob);
  const { details } = job;
  const fields: Array<[string, string]> = [
    ['Title', job.job.title ?? ''],
    ['Company', job.job.company ?? ''],
    ['Location', formatLocation(job.job.location)],
    ['Remote', job.job.remote ? (REMOTE_LABELS[job.job.remote] ?? job.job.remote) : ''],
    ['Employment type', job.job.type ?? ''],
    ['Salary', job.job.salary ?? ''],
    ['Seniority', details.seniority ? SENIORITY_LABELS[details.seniority] : ''],
    ['Years of experience', details.minYears === undefined ? '' : `${details.minYears}+`],
    [
      'Degree',
      details.degree
        ? `${DEGREE_LABELS[details.degree as DegreeLevel] ?? details.degree}${details.degreeFields?.length ? ` in ${details.degreeFields.join(', ')}` : ''}`
        : '',
    ],
  ];

  async function reset() {
    setConfirmReset(false);
    const outcome = await restructureJob(job.id);
    if (!outcome.ok) return void showError(outcome.message);
    onChange(outcome.record);
    showToast({ message: 'Read the posting again; your corrections were replaced.' });
  }

  if (editing) {
    return (
      <JobEditor
        job={job}
        onCancel={() => setEditing(false)}
        onSaved={(next) => {
          setEditing(false);
          onChange(next);
        }}
      />
    );
  }

  return (
    <section className="card" aria-labelledby="structured-heading">
      <div className="card-title">
        <h2 id="structured-heading">The job, as read from the posting</h2>
        <span className={`badge ${details.structuredBy === 'user' ? 'badge-success' : ''}`}>
          {STRUCTURED_BY[details.structuredBy]}
        </span>
      </div>
      <dl className="job-fields">
        {fields.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value || <span className="muted">not found</span>}</dd>
          </div>
        ))}
      </dl>
      <h3>Required skills</h3>
      <Chips items={details.requiredSkills} empty="None recognised." />
      <h3>Preferred skills</h3>
      <Chips items={details.preferredSkills} empty="None." />
      <h3>Required qualifications</h3>
      <List items={details.requiredQualifications} empty="None found." />
      <h3>Preferred qualifications</h3>
      <List items={details.preferredQualifications} empty="None found." />
      <h3>Responsibilities</h3>
      <List items={job.job.responsibilities} empty="None found." />
      <div className="actions" style={{ marginTop: '1rem' }}>
        <Button variant="primary" onClick={() => setEditing(true)}>
          Correct these details
        </Button>
        <Button
          onClick={() => (details.structuredBy === 'user' ? setConfirmReset(true) : void reset())}
        >
          Read the posting again
        </Button>
        {model && refine.running ? <Button onClick={refine.stop}>Stop</Button> : null}
        {model && !refine.running ? (
          <Button onClick={() => void refine.run()}>Refine with model</Button>
        ) : null}
      </div>
      <div role="status" className="muted" data-testid="refine-status">
        {refine.running ? 'Your model is reading the posting…' : refine.message}
      </div>
      {refine.error ? (
        <div className="notice notice-danger" role="alert">
          {refine.error}
        </div>
      ) : null}
      {refine.changes?.length ? (
        <div className="notice" data-testid="refine-changes">
          <strong>What the model changed</strong>
          <ul>
            {refine.changes.map((c) => (
              <li key={c.field}>
                {c.field}: {c.before} → {c.after}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ConfirmDialog
        open={confirmReset}
        title="Read the posting again?"
        confirmLabel="Replace my corrections"
        danger
        onConfirm={() => void reset()}
        onCancel={() => setConfirmReset(false)}
      >
        <p>
          Your corrections to these details will be replaced by what the rules read from the
          posting.
        </p>
      </ConfirmDialog>
    </section>
  );
}

function JobEditor({
  job,
  onCancel,
  onSaved,
}: {
  readonly job: JobRecord;
  readonly onCancel: () => void;
  readonly onSaved: (next: JobRecord) => void;
}) {
  const [draft, setDraft] = useState<JobDraft>(() => draftFromJob(job));
  const [problem, setProblem] = useState<{ field?: keyof JobDraft; message: string }>();
  const set = (field: keyof JobDraft) => (e: { target: { value: string } }) =>
    setDraft({ ...draft, [field]: e.target.value });
  const errorFor = (field: keyof JobDraft) =>
    problem?.field === field ? problem.message : undefined;

  async function save() {
    const outcome = await saveJobEdits(job.id, draft);
    if (!outcome.ok) return setProblem(outcome);
    showToast({ message: 'Saved your corrections.' });
    onSaved(outcome.record);
  }

  const textarea = (field: keyof JobDraft, label: string, hint: string) => (
    <Field label={label} hint={hint} error={errorFor(field)}>
      <textarea rows={5} value={draft[field]} onChange={set(field)} />
    </Field>
  );

  return (
    <form
      className="card"
      aria-label="Correct the job details"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2>Correct the job details</h2>
      <p className="muted">
        The original posting is kept as it is; these corrections are what the match uses.
      </p>
      <div className="grid-2">
        <Field label="Title" error={errorFor('title')}>
          <input type="text" value={draft.title} maxLength={300} onChange={set('title')} />
        </Field>
        <Field label="Company">
          <input type="text" value={draft.company} maxLength={200} onChange={set('company')} />
        </Field>
        <Field label="Location" hint="City, region, country">
          <input type="text" value={draft.location} maxLength={200} onChange={set('location')} />
        </Field>
        <Field label="Remote">
          <select value={draft.remote} onChange={set('remote')}>
            <option value="">Not stated</option>
            {Object.values(RemoteMode).map((m) => (
              <option key={m} value={m}>
                {REMOTE_LABELS[m]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Employment type" hint="Full-time, Part-time, Contract…">
          <input type="text" value={draft.type} maxLength={100} onChange={set('type')} />
        </Field>
        <Field label="Salary" hint="As the posting states it">
          <input type="text" value={draft.salary} maxLength={100} onChange={set('salary')} />
        </Field>
        <Field label="Seniority">
          <select value={draft.seniority} onChange={set('seniority')}>
            <option value="">Not stated</option>
            {Object.values(Seniority).map((s) => (
              <option key={s} value={s}>
                {SENIORITY_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label="Minimum years of experience"
          hint="Empty when the posting names none."
          error={errorFor('minYears')}
        >
          <input
            type="text"
            inputMode="decimal"
            value={draft.minYears}
            onChange={set('minYears')}
          />
        </Field>
        <Field label="Degree asked for">
          <select value={draft.degree} onChange={set('degree')}>
            <option value="">None</option>
            {Object.values(DegreeLevel).map((d) => (
              <option key={d} value={d}>
                {DEGREE_LABELS[d]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label="Degree fields" hint="Comma-separated, e.g. Computer Science, Engineering">
        <input
          type="text"
          value={draft.degreeFields}
          maxLength={300}
          onChange={set('degreeFields')}
        />
      </Field>
      {textarea(
        'requiredSkills',
        'Required skills',
        'One per line. Write alternatives on one line: “Vitest or Jest”.',
      )}
      {textarea('preferredSkills', 'Preferred skills', 'One per line, as above.')}
      {textarea('requiredQualifications', 'Required qualifications', 'One per line.')}
      {textarea('preferredQualifications', 'Preferred qualifications', 'One per line.')}
      {textarea('responsibilities', 'Responsibilities', 'One per line.')}
      {problem && !problem.field ? (
        <div className="notice notice-danger" role="alert">
          {problem.message}
        </div>
      ) : null}
      <div className="actions">
        <Button type="submit" variant="primary">
          Save corrections
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
