// Choosing the resume version sent: the library's resumes, copies tailored for this job first.
import type { JobRecord } from '@career-copilot/shared/job/model';
import type { ResumeLabel } from '../applications-store';
import { resumeChoices, tailoredNote } from '../resume-labels';

export function ResumeSelect({
  id,
  value,
  jobId,
  resumes,
  jobs,
  onChange,
  ...aria
}: {
  readonly id?: string;
  readonly value: string;
  readonly jobId: string | undefined;
  readonly resumes: Readonly<Record<string, ResumeLabel>>;
  readonly jobs: Readonly<Record<string, JobRecord>>;
  readonly onChange: (resumeId: string) => void;
  readonly 'aria-describedby'?: string;
  readonly 'aria-invalid'?: boolean;
}) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)} {...aria}>
      <option value="">Not recorded</option>
      {resumeChoices(resumes, jobId).map((r) => {
        const note = tailoredNote(r, resumes, jobs);
        return (
          <option key={r.id} value={r.id}>
            {r.name}
            {note ? ` — ${note}` : ''}
          </option>
        );
      })}
    </select>
  );
}
