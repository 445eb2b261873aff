// One job: its details and the posting exactly as it was saved.
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { JobRecord } from '@career-copilot/shared/job/model';
import { jobsRepo } from '../../storage/repositories';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/EmptyState';

export function JobView() {
  const { jobId = '' } = useParams();
  const [job, setJob] = useState<JobRecord | null | undefined>(undefined);
  useEffect(() => {
    void jobsRepo.get(jobId).then((j) => setJob(j ?? null));
  }, [jobId]);
  if (job === undefined) return <p className="muted">Loading…</p>;
  if (job === null) {
    return (
      <EmptyState title="Job not found" action={<Link to="/jobs">Back to jobs</Link>}>
        It may have been deleted.
      </EmptyState>
    );
  }
  return (
    <>
      <PageHeader
        title={job.job.title ?? 'Job'}
        description={job.job.company}
        actions={<Link to="/jobs">All jobs</Link>}
      />
      <section className="card" aria-label="Original posting">
        <h2>Original posting</h2>
        <div className="pre">{job.sourceText}</div>
      </section>
    </>
  );
}
