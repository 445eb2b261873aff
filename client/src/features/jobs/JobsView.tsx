// The Jobs area: postings the user saved, each structured at once and ready to match against a resume.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { showToast } from '../../ui/toast-store';
import { formatRelative } from '../../lib/format';
import { AddJobForm } from './components/AddJobForm';
import { formatLocation } from './job-draft';
import { deleteJob, loadJobs, useJobs } from './jobs-store';

export function JobsView() {
  const { status, items, problems, error } = useJobs((s) => s);
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    void loadJobs();
  }, []);

  async function remove(id: string, title: string) {
    const undo = await deleteJob(id);
    showToast({
      message: `Deleted “${title}”.`,
      action: { label: 'Undo', run: () => void undo() },
    });
  }

  return (
    <>
      <PageHeader
        title="Jobs"
        description="Postings you are considering. Paste one to see at once how well your resume fits it; the text stays on this device."
        actions={
          <>
            <Link className="btn" to="/jobs/market">
              Job market
            </Link>
            <Button variant="primary" onClick={() => setAdding(true)} disabled={adding}>
              Add a job
            </Button>
          </>
        }
      />
      {error ? <div className="notice notice-danger">{error}</div> : null}
      {problems.length > 0 ? (
        <div className="notice notice-danger">
          {problems.length} stored job{problems.length > 1 ? 's' : ''} could not be read and{' '}
          {problems.length > 1 ? 'are' : 'is'} left untouched: {problems[0]?.message}
        </div>
      ) : null}
      {adding ? <AddJobForm onClose={() => setAdding(false)} /> : null}
      {status === 'ready' && items.length === 0 && !adding ? (
        <EmptyState
          title="No jobs yet"
          action={
            <Button variant="primary" onClick={() => setAdding(true)}>
              Add a job
            </Button>
          }
        >
          Paste a posting you are interested in: you get its skills, requirements and a match score
          against your resume right away.
        </EmptyState>
      ) : (
        <ul className="list" aria-label="Jobs" style={{ marginTop: adding ? '1rem' : 0 }}>
          {items.map((j) => {
            const where = [j.job.company, formatLocation(j.job.location)]
              .filter(Boolean)
              .join(' · ');
            const skills = j.details.requiredSkills.length;
            return (
              <li key={j.id} className="list-item">
                <div className="list-item-main">
                  <Link className="list-item-title" to={`/jobs/${j.id}`}>
                    {j.job.title ?? 'Untitled job'}
                  </Link>
                  <div className="muted">
                    {where ? `${where} · ` : ''}
                    {skills} required skill{skills === 1 ? '' : 's'} · added{' '}
                    {formatRelative(j.createdAt)}
                  </div>
                </div>
                <Button
                  size="sm"
                  variant="danger"
                  onClick={() => void remove(j.id, j.job.title ?? 'job')}
                >
                  Delete
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
