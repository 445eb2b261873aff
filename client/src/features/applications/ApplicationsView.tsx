// The Applications area: each application's stage, changed in place with its history kept.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import {
  APPLICATION_STATUSES,
  type ApplicationStatus,
} from '@career-copilot/shared/application/model';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { showToast } from '../../ui/toast-store';
import { formatRelative } from '../../lib/format';
import {
  deleteApplication,
  loadApplications,
  moveApplication,
  startApplication,
  useApplications,
} from './applications-store';

export const STATUS_LABELS: Readonly<Record<ApplicationStatus, string>> = {
  saved: 'Saved',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

export function ApplicationsView() {
  const { status, items, jobs, error } = useApplications((s) => s);
  const [jobId, setJobId] = useState('');
  useEffect(() => {
    void loadApplications();
  }, []);
  const jobList = Object.values(jobs);

  async function remove(id: string) {
    const undo = await deleteApplication(id);
    showToast({
      message: 'Application deleted.',
      action: { label: 'Undo', run: () => void undo() },
    });
  }

  return (
    <>
      <PageHeader
        title="Applications"
        description="Where each application stands. Every change of stage is kept with its date."
        actions={
          jobList.length > 0 ? (
            <form
              className="actions"
              onSubmit={(e) => {
                e.preventDefault();
                if (jobId) void startApplication(jobId).then(() => setJobId(''));
              }}
            >
              <label className="visually-hidden" htmlFor="new-application-job">
                Job to apply for
              </label>
              <select
                id="new-application-job"
                value={jobId}
                onChange={(e) => setJobId(e.target.value)}
              >
                <option value="">Choose a job…</option>
                {jobList.map((j) => (
                  <option key={j.id} value={j.id}>
                    {j.job.title}
                    {j.job.company ? ` — ${j.job.company}` : ''}
                  </option>
                ))}
              </select>
              <Button type="submit" variant="primary" disabled={!jobId}>
                Track application
              </Button>
            </form>
          ) : null
        }
      />
      {error ? <div className="notice notice-danger">{error}</div> : null}
      {status === 'ready' && items.length === 0 ? (
        <EmptyState
          title="No applications yet"
          action={jobList.length === 0 ? <Link to="/jobs">Add a job first</Link> : null}
        >
          {jobList.length === 0
            ? 'Applications start from a job you saved.'
            : 'Choose a job above to start tracking your application to it.'}
        </EmptyState>
      ) : (
        <ul className="list" aria-label="Applications">
          {items.map((a) => {
            const job = jobs[a.jobId];
            return (
              <li key={a.id} className="list-item">
                <div className="list-item-main">
                  <div className="list-item-title">
                    {job ? <Link to={`/jobs/${job.id}`}>{job.job.title}</Link> : 'Deleted job'}
                  </div>
                  <div className="muted">
                    {job?.job.company ? `${job.job.company} · ` : ''}
                    {STATUS_LABELS[a.status]} since{' '}
                    {formatRelative(a.history.at(-1)?.at ?? a.updatedAt)}
                  </div>
                </div>
                <div className="actions">
                  <label className="visually-hidden" htmlFor={`status-${a.id}`}>
                    Stage
                  </label>
                  <select
                    id={`status-${a.id}`}
                    value={a.status}
                    onChange={(e) =>
                      void moveApplication(a.id, e.target.value as ApplicationStatus)
                    }
                  >
                    {APPLICATION_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {STATUS_LABELS[s]}
                      </option>
                    ))}
                  </select>
                  <Button size="sm" variant="danger" onClick={() => void remove(a.id)}>
                    Delete
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
