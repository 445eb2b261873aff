// One job: how well a resume matches it, what was read from the posting, and the posting as saved.
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { JobRecord } from '@career-copilot/shared/job/model';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/EmptyState';
import { jobsRepo } from '../../storage/repositories';
import { describeStorageError } from '../resumes/resumes-store';
import { ApplyAgentPanel } from './components/ApplyAgentPanel';
import { MatchPanel } from './components/MatchPanel';
import { TailorPanel } from './components/TailorPanel';
import { useMatch } from './match-store';
import { StructuredJob } from './components/StructuredJob';
import { formatLocation } from './job-draft';
import { SharePostingCard } from '../market/SharePostingCard';
import './jobs.css';

export function JobView() {
  const { jobId = '' } = useParams();
  const [loaded, setLoaded] = useState<{ id: string; job: JobRecord | null }>();
  const [error, setError] = useState<string>();
  const base = useMatch((s) => s.resumes.find((r) => r.id === s.selectedId));
  useEffect(() => {
    jobsRepo
      .get(jobId)
      .then((j) => setLoaded({ id: jobId, job: j ?? null }))
      .catch((e: unknown) => setError(describeStorageError(e)));
  }, [jobId]);
  const job = loaded?.id === jobId ? loaded.job : undefined;
  const setJob = (next: JobRecord) => setLoaded({ id: next.id, job: next });

  if (error) return <div className="notice notice-danger">{error}</div>;
  if (job === undefined) return <p className="muted">Loading…</p>;
  if (job === null) {
    return (
      <EmptyState title="Job not found" action={<Link to="/jobs">Back to jobs</Link>}>
        It may have been deleted.
      </EmptyState>
    );
  }
  const subtitle = [job.job.company, formatLocation(job.job.location)].filter(Boolean).join(' · ');
  return (
    <>
      <PageHeader
        title={job.job.title ?? 'Untitled job'}
        description={subtitle || undefined}
        actions={<Link to="/jobs">All jobs</Link>}
      />
      <MatchPanel job={job} />
      <TailorPanel job={job} base={base} />
      <ApplyAgentPanel job={job} />
      <StructuredJob job={job} onChange={setJob} />
      <SharePostingCard job={job} />
      <section className="card" aria-labelledby="original-heading">
        <details>
          <summary>
            <h2 id="original-heading" className="inline-heading">
              Original posting
            </h2>{' '}
            <span className="muted">
              exactly as saved{job.sourceUrl ? ` from ${job.sourceUrl}` : ''}
            </span>
          </summary>
          <div className="pre" data-testid="original-posting">
            {job.sourceText}
          </div>
        </details>
      </section>
    </>
  );
}
