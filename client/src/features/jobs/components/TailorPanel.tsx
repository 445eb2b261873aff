// Tailoring in the job view: run the model on the chosen resume, review each suggestion, save a tailored copy.
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { JobRecord } from '@career-copilot/shared/job/model';
import { analyseMatch } from '@career-copilot/shared/match/analyse-match';
import type { ResumeRecord } from '@career-copilot/shared/resume/record';
import { TaskKind } from '@career-copilot/shared/ai/tasks';
import { useTaskModel } from '../../../llm/use-task-model';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { showError, showToast } from '../../../ui/toast-store';
import { todayIso } from '../match-store';
import {
  acceptAllSuggestions,
  acceptedIds,
  createTailoredCopy,
  rejectAllSuggestions,
  resetTailoring,
  restoreTailoring,
  startTailoring,
  stopTailoring,
  tailoredResume,
  useTailor,
} from '../tailor-store';
import { SuggestionItem } from './SuggestionItem';

export function TailorPanel({
  job,
  base,
}: {
  readonly job: JobRecord;
  readonly base: ResumeRecord | undefined;
}) {
  const state = useTailor((s) => s);
  const model = useTaskModel(TaskKind.Tailor);
  const [notes, setNotes] = useState('');
  const [created, setCreated] = useState<ResumeRecord>();
  const belongs = base !== undefined && state.baseResumeId === base.id && state.jobId === job.id;

  // Suggestions are for one resume and one job; choosing another starts over.
  useEffect(() => {
    if (state.status !== 'idle' && !belongs) resetTailoring();
  }, [belongs, state.status]);

  // A review left on this job and resume (before a reload, or a visit elsewhere) comes back.
  useEffect(() => {
    if (base) void restoreTailoring(job, base);
  }, [job, base]);

  const scores = useMemo(() => {
    if (!base || !belongs || !state.tailoring) return undefined;
    const today = { today: todayIso() };
    return {
      before: analyseMatch(base.resume, job, today).score,
      after: analyseMatch(tailoredResume(base.resume, state), job, today).score,
    };
  }, [base, belongs, job, state]);

  const accepted = acceptedIds(state.decisions).size;
  const suggestions = belongs ? (state.tailoring?.suggestions ?? []) : [];

  async function create() {
    if (!base) return;
    const outcome = await createTailoredCopy(job, base);
    if (!outcome.ok) return void showError(outcome.message);
    setCreated(outcome.record);
    showToast({ message: `Saved “${outcome.record.name}” in your library.` });
  }

  return (
    <section className="card" aria-labelledby="tailor-heading">
      <div className="card-title">
        <h2 id="tailor-heading">Tailor your resume</h2>
      </div>
      {!base ? (
        <p className="muted">Choose a resume above to tailor it to this job.</p>
      ) : model === null ? (
        <p>
          Tailoring uses a model you choose. Pick one in{' '}
          <Link to="/settings">Settings → Models</Link> (Ollama, your own key, or in the browser),
          then come back.
        </p>
      ) : (
        <>
          <p className="muted">
            The model suggests changes to “{base.name}” for this job. You accept or reject each;
            accepted changes go into a new tailored copy and “{base.name}” stays as it is.
            Suggestions that add facts your resume does not show are flagged.
          </p>
          <Field
            label="Notes for the model (optional)"
            hint="Facts you want used that are not in the resume yet, e.g. “I used GraphQL at Google”. They count as true when suggestions are checked."
          >
            <textarea
              rows={2}
              maxLength={2000}
              value={notes}
              onChange={(e) => setNotes(e.target.value)}
            />
          </Field>
          <div className="actions">
            {state.status === 'running' ? (
              <Button onClick={stopTailoring}>Stop</Button>
            ) : (
              <Button
                variant="primary"
                onClick={() => {
                  setCreated(undefined);
                  void startTailoring(job, base, notes);
                }}
              >
                {suggestions.length ? 'Tailor again' : 'Tailor'}
              </Button>
            )}
          </div>
          <div role="status" data-testid="tailor-status" className="muted">
            {state.status === 'running'
              ? (state.note ??
                (state.received > 0
                  ? `Receiving suggestions… ${state.received.toLocaleString('en-US')} characters so far.`
                  : 'Asking the model…'))
              : belongs && state.stopped
                ? 'Stopped.'
                : ''}
          </div>
          {belongs && state.error ? (
            <div className="notice notice-danger" role="alert" data-testid="tailor-error">
              {state.error}
            </div>
          ) : null}
        </>
      )}
      {base && belongs && state.tailoring ? (
        <>
          {scores ? (
            <p className="tailor-scores" data-testid="tailor-scores">
              Match score <strong data-testid="tailor-score-before">{scores.before}</strong> →{' '}
              <strong data-testid="tailor-score-after">{scores.after}</strong> with the {accepted}{' '}
              accepted change{accepted === 1 ? '' : 's'}.
            </p>
          ) : null}
          {suggestions.length === 0 ? (
            <p>The model had no changes to suggest for this job.</p>
          ) : (
            <>
              <div className="actions">
                <Button size="sm" onClick={acceptAllSuggestions}>
                  Accept all
                </Button>
                <Button size="sm" onClick={rejectAllSuggestions}>
                  Reject all
                </Button>
                <span className="muted">
                  “Accept all” leaves flagged suggestions for you to decide.
                </span>
              </div>
              <ol className="suggestion-list" aria-label="Suggestions">
                {suggestions.map((s) => (
                  <SuggestionItem key={s.id} suggestion={s} decision={state.decisions[s.id]} />
                ))}
              </ol>
            </>
          )}
          {state.tailoring.dropped.length ? (
            <details className="muted">
              <summary>
                {state.tailoring.dropped.length} suggestion
                {state.tailoring.dropped.length === 1 ? ' was' : 's were'} left out
              </summary>
              <ul>
                {state.tailoring.dropped.map((d, i) => (
                  <li key={i}>
                    {d.what}: {d.reason}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          <div className="actions">
            <Button
              variant="primary"
              disabled={accepted === 0 || state.status === 'saving'}
              onClick={() => void create()}
            >
              Create tailored copy
            </Button>
            {created ? (
              <span data-testid="tailored-copy">
                Saved as <Link to={`/resumes/${created.id}`}>{created.name}</Link>.
              </span>
            ) : null}
          </div>
        </>
      ) : null}
    </section>
  );
}
