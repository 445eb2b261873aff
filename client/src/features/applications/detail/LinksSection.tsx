// What the application is for and what was sent: the job from Jobs and the resume version.
import { Link } from 'react-router';
import { setJob, setResume } from '@career-copilot/shared/application/edits';
import type { ApplicationRecord } from '@career-copilot/shared/application/model';
import { ok } from '@career-copilot/shared/lib/result';
import { formatRelative } from '../../../lib/format';
import { Field } from '../../../ui/Field';
import { useApplications } from '../applications-store';
import { JobOptions } from '../components/JobOptions';
import { ResumeSelect } from '../components/ResumeSelect';
import { tailoredNote } from '../resume-labels';
import { useApplicationEdit } from './use-edit';

export function LinksSection({ application }: { readonly application: ApplicationRecord }) {
  const jobs = useApplications((s) => s.jobs);
  const resumes = useApplications((s) => s.resumes);
  const { run } = useApplicationEdit(application.id);
  const job = jobs[application.jobId];
  const resume = application.resumeId ? resumes[application.resumeId] : undefined;
  const note = resume ? tailoredNote(resume, resumes, jobs) : undefined;
  const location = [job?.job.location?.city, job?.job.location?.region, job?.job.remote]
    .filter(Boolean)
    .join(' · ');

  return (
    <section className="card" aria-labelledby="links-heading">
      <h2 id="links-heading">Job and resume</h2>
      <div className="grid-2">
        <div>
          <h3>Job</h3>
          {job ? (
            <>
              <p>
                <Link to={`/jobs/${job.id}`}>{job.job.title ?? 'Untitled job'}</Link>
                {job.job.company ? ` at ${job.job.company}` : ''}
              </p>
              {location ? <p className="muted">{location}</p> : null}
              <p className="muted">Posting saved {formatRelative(job.createdAt)}</p>
            </>
          ) : (
            <Field
              label="Job"
              hint="The job this application was for has been deleted. Link it to another saved job."
            >
              <select
                value=""
                onChange={(e) => {
                  const jobId = e.target.value;
                  if (jobId) void run((current, now) => ok(setJob(current, jobId, now)));
                }}
              >
                <option value="">Choose a job…</option>
                <JobOptions jobs={Object.values(jobs)} />
              </select>
            </Field>
          )}
        </div>
        <div>
          <h3>Resume sent</h3>
          <Field
            label="Version"
            hint={
              application.resumeId && !resume
                ? 'The resume linked here has been deleted from the library.'
                : (note ?? (resume ? 'A resume from your library, not tailored.' : undefined))
            }
          >
            <ResumeSelect
              value={resume ? resume.id : ''}
              jobId={application.jobId}
              resumes={resumes}
              jobs={jobs}
              onChange={(resumeId) =>
                void run((current, now) => ok(setResume(current, resumeId || undefined, now)))
              }
            />
          </Field>
        </div>
      </div>
    </section>
  );
}
