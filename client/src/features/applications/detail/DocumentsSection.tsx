// Links to the application's cover letter and interview preparation, each kept with the application.
import { Link } from 'react-router';
import type { ApplicationRecord } from '@career-copilot/shared/application/model';

export function DocumentsSection({ application }: { readonly application: ApplicationRecord }) {
  return (
    <section className="card" aria-labelledby="documents-heading">
      <h2 id="documents-heading">Cover letter and interview prep</h2>
      <div className="grid-2">
        <div>
          <h3>Cover letter</h3>
          <p className="muted">
            {application.coverLetterId
              ? 'Saved with this application, with every version.'
              : 'Not written yet: with your model, or without one from your resume’s facts.'}
          </p>
          <Link to={`/applications/${application.id}/letter`}>
            {application.coverLetterId ? 'Open the cover letter' : 'Write a cover letter'}
          </Link>
        </div>
        <div>
          <h3>Interview prep</h3>
          <p className="muted">
            {application.prepId
              ? 'Questions, answer drafts and your practice answers.'
              : 'Likely questions with STAR answer drafts, and a practice mode.'}
          </p>
          <Link to={`/applications/${application.id}/prep`}>
            {application.prepId ? 'Open interview prep' : 'Prepare for the interview'}
          </Link>
        </div>
      </div>
    </section>
  );
}
