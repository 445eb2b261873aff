// The saved jobs as <option>s: "Staff Engineer — Acme".
import type { JobRecord } from '@career-copilot/shared/job/model';

export function JobOptions({ jobs }: { readonly jobs: readonly JobRecord[] }) {
  return jobs.map((j) => (
    <option key={j.id} value={j.id}>
      {j.job.title ?? 'Untitled job'}
      {j.job.company ? ` — ${j.job.company}` : ''}
    </option>
  ));
}
