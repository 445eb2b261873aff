// Starting an application from a saved job: which resume went with it, and whether it is sent yet.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApplicationStatus } from '@career-copilot/shared/application/model';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Field } from '../../../ui/Field';
import { nowIso } from '../../../lib/ids';
import { fromLocalInput, toLocalInput } from '../../../lib/local-time';
import { startApplication, useApplications } from '../applications-store';
import { JobOptions } from './JobOptions';
import { ResumeSelect } from './ResumeSelect';

export function NewApplicationDialog({
  open,
  initialJobId,
  onClose,
}: {
  readonly open: boolean;
  readonly initialJobId?: string;
  readonly onClose: () => void;
}) {
  // The form picks its first job when it appears, so it waits for the saved jobs to be read.
  const ready = useApplications((s) => s.status === 'ready');
  return (
    <Dialog open={open} title="Track an application" onClose={onClose}>
      {open && ready ? (
        <NewApplicationForm initialJobId={initialJobId} onClose={onClose} />
      ) : (
        <p className="muted">Loading your jobs…</p>
      )}
    </Dialog>
  );
}

function NewApplicationForm({
  initialJobId,
  onClose,
}: {
  readonly initialJobId?: string;
  readonly onClose: () => void;
}) {
  const navigate = useNavigate();
  const jobs = useApplications((s) => s.jobs);
  const resumes = useApplications((s) => s.resumes);
  const jobList = Object.values(jobs).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const [jobId, setJobId] = useState(
    initialJobId && jobs[initialJobId] ? initialJobId : (jobList[0]?.id ?? ''),
  );
  const [resumeId, setResumeId] = useState('');
  const [applied, setApplied] = useState(false);
  const [appliedOn, setAppliedOn] = useState(() => toLocalInput(nowIso()));
  const [problem, setProblem] = useState<string>();

  if (jobList.length === 0) {
    return (
      <>
        <p>Applications start from a job you saved. Add the posting first.</p>
        <div className="dialog-actions">
          <Button onClick={onClose}>Close</Button>
          <Link className="btn btn-primary" to="/jobs">
            Go to Jobs
          </Link>
        </div>
      </>
    );
  }

  async function submit() {
    const statusAt = applied ? fromLocalInput(appliedOn) : '';
    if (applied && !statusAt) return setProblem('Enter when you applied.');
    const result = await startApplication({
      jobId,
      ...(resumeId ? { resumeId } : {}),
      ...(applied ? { status: ApplicationStatus.Applied, statusAt } : {}),
    });
    if (!result.ok) return setProblem(result.error.message);
    onClose();
    void navigate(`/applications/${result.value.id}`);
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Field label="Job">
        <select value={jobId} onChange={(e) => setJobId(e.target.value)} required>
          <JobOptions jobs={jobList} />
        </select>
      </Field>
      <Field label="Resume sent" hint="The version you send or sent; you can change it later.">
        <ResumeSelect
          value={resumeId}
          jobId={jobId}
          resumes={resumes}
          jobs={jobs}
          onChange={setResumeId}
        />
      </Field>
      <fieldset className="stage-choices">
        <legend>Stage</legend>
        <label className="stage-choice">
          <input
            type="radio"
            name="new-stage"
            checked={!applied}
            onChange={() => setApplied(false)}
          />
          Saved (not sent yet)
        </label>
        <label className="stage-choice">
          <input
            type="radio"
            name="new-stage"
            checked={applied}
            onChange={() => setApplied(true)}
          />
          Already applied
        </label>
      </fieldset>
      {applied ? (
        <Field label="Applied on" error={problem}>
          <input
            type="datetime-local"
            value={appliedOn}
            onChange={(e) => setAppliedOn(e.target.value)}
          />
        </Field>
      ) : problem ? (
        <p className="notice notice-danger" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="dialog-actions">
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={!jobId}>
          Track application
        </Button>
      </div>
    </form>
  );
}
