// One application's interview preparation: grouped questions with STAR drafts, and a one-question-at-a-time practice.
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { describeJob } from '@career-copilot/shared/application/summary';
import { QUESTION_GROUP_LABELS, QUESTION_GROUPS } from '@career-copilot/shared/prep/model';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Field } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { PracticePanel } from './PracticePanel';
import {
  choosePrepResume,
  openPrep,
  prepareWithModel,
  prepareWithoutModel,
  usePrep,
} from './prep-store';
import '../letters/letters.css';

export function InterviewPrepView() {
  const { applicationId = '' } = useParams();
  const status = usePrep((s) => s.status);
  const job = usePrep((s) => s.job);
  const prep = usePrep((s) => s.prep);
  const resumes = usePrep((s) => s.resumes);
  const resumeId = usePrep((s) => s.resumeId);
  const generating = usePrep((s) => s.generating);
  const failure = usePrep((s) => s.failure);
  const error = usePrep((s) => s.error);

  useEffect(() => {
    void openPrep(applicationId);
  }, [applicationId]);

  if (status === 'idle' || status === 'loading') return <p className="muted">Loading…</p>;
  if (status === 'missing' || status === 'error')
    return (
      <EmptyState
        title="Application not found"
        action={<Link to="/applications">Back to applications</Link>}
      >
        {error ?? 'It may have been deleted.'}
      </EmptyState>
    );

  const label = describeJob(job?.job);
  const canWrite = Boolean(job && resumeId);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/applications">Applications</Link> /{' '}
        <Link to={`/applications/${applicationId}`}>{label}</Link>
      </p>
      <PageHeader title="Interview preparation" description={label} />
      <div className="letter-grid">
        <div className="letter-side">
          <section className="card" aria-labelledby="prep-source-heading">
            <h2 id="prep-source-heading">Questions</h2>
            <Field label="Resume" hint="Answer drafts are built on this resume’s bullet points.">
              <select value={resumeId ?? ''} onChange={(e) => choosePrepResume(e.target.value)}>
                {resumes.length === 0 ? <option value="">No resume in your library</option> : null}
                {resumes.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </select>
            </Field>
            <div className="letter-actions">
              <Button
                variant="primary"
                disabled={!canWrite || generating}
                onClick={() => void prepareWithModel()}
              >
                {generating ? 'Preparing…' : 'Prepare with my model'}
              </Button>
              <Button disabled={!canWrite || generating} onClick={() => void prepareWithoutModel()}>
                Prepare without a model
              </Button>
            </div>
            <p className="muted">
              Without a model, questions come from the job’s requirements and your resume’s dates.
              {prep ? ` Preparing again replaces the questions; your practice answers stay.` : ''}
            </p>
            {failure ? (
              <div className="letter-failure" role="alert">
                <p>
                  <strong>Your model could not prepare questions.</strong> {failure.message}
                </p>
                <p>
                  <strong>Prepare without a model</strong> still works.{' '}
                  <Link to="/settings">Model settings</Link>
                </p>
              </div>
            ) : null}
            {error ? (
              <p role="alert" className="error">
                {error}
              </p>
            ) : null}
          </section>
          {prep ? <PracticePanel /> : null}
        </div>
        <div className="letter-main">
          {!prep ? (
            <EmptyState title="No questions yet">
              Prepare them with your model or without one.
            </EmptyState>
          ) : (
            QUESTION_GROUPS.map((group) => {
              const questions = prep.questions.filter((q) => q.group === group);
              if (questions.length === 0) return null;
              return (
                <section key={group} className="card prep-group" aria-labelledby={`group-${group}`}>
                  <h2 id={`group-${group}`}>
                    {QUESTION_GROUP_LABELS[group]} ({questions.length})
                  </h2>
                  {questions.map((q) => (
                    <article key={q.id} className="prep-question" data-testid="prep-question">
                      <h3>{q.question}</h3>
                      {q.why ? <p className="muted">{q.why}</p> : null}
                      {q.star ? (
                        <details>
                          <summary>STAR answer draft</summary>
                          <dl className="star-draft">
                            <dt>Situation</dt>
                            <dd>{q.star.situation}</dd>
                            <dt>Task</dt>
                            <dd>{q.star.task}</dd>
                            <dt>Action</dt>
                            <dd>{q.star.action}</dd>
                            <dt>Result</dt>
                            <dd>{q.star.result}</dd>
                          </dl>
                          {q.basedOn ? (
                            <p className="muted">Based on your bullet: “{q.basedOn}”</p>
                          ) : null}
                        </details>
                      ) : null}
                    </article>
                  ))}
                </section>
              );
            })
          )}
        </div>
      </div>
    </>
  );
}
