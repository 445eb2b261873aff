// One application: its job, the resume sent, dates, people, notes and the dated history of its stages.
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ChangeSource } from '@career-copilot/shared/application/model';
import { describeJob } from '@career-copilot/shared/application/summary';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { showToast } from '../../../ui/toast-store';
import {
  deleteApplication,
  ensureApplicationsLoaded,
  useApplications,
} from '../applications-store';
import { MoveDialog } from '../components/MoveDialog';
import { STATUS_LABELS } from '../stages';
import { ContactsSection } from './ContactsSection';
import { DocumentsSection } from './DocumentsSection';
import { HistorySection } from './HistorySection';
import { InterviewsSection } from './InterviewsSection';
import { LinksSection } from './LinksSection';
import { NotesSection } from './NotesSection';
import { EmailReminderCard } from './EmailReminderCard';
import { RemindersSection } from './RemindersSection';
import '../tracker.css';

export function ApplicationDetailView() {
  const { applicationId = '' } = useParams();
  const navigate = useNavigate();
  const status = useApplications((s) => s.status);
  const application = useApplications((s) => s.items.find((a) => a.id === applicationId));
  const job = useApplications((s) => (application ? s.jobs[application.jobId] : undefined));
  const [moving, setMoving] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);

  useEffect(() => {
    void ensureApplicationsLoaded();
  }, []);

  if (!application) {
    if (status === 'idle' || status === 'loading') return <p className="muted">Loading…</p>;
    return (
      <EmptyState
        title="Application not found"
        action={<Link to="/applications">Back to applications</Link>}
      >
        It may have been deleted.
      </EmptyState>
    );
  }

  const label = describeJob(job?.job);

  async function remove() {
    setConfirmDelete(false);
    const undo = await deleteApplication(applicationId);
    void navigate('/applications');
    showToast({
      message: `Deleted the application for ${label}.`,
      action: { label: 'Undo', run: () => void undo() },
    });
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to="/applications">Applications</Link>
      </p>
      <PageHeader
        title={job?.job.title ?? 'Application'}
        description={
          <>
            {job?.job.company ? `${job.job.company} · ` : ''}
            <span className={`stage-badge stage-${application.status}`} data-testid="current-stage">
              {STATUS_LABELS[application.status]}
            </span>
          </>
        }
        actions={
          <>
            <Button variant="primary" onClick={() => setMoving(true)}>
              Move to…
            </Button>
            <Button variant="danger" onClick={() => setConfirmDelete(true)}>
              Delete
            </Button>
          </>
        }
      />
      <div className="detail-grid">
        <div className="detail-main">
          <LinksSection application={application} />
          <DocumentsSection application={application} />
          <InterviewsSection application={application} />
          <RemindersSection application={application} />
          <EmailReminderCard
            jobTitle={
              [job?.job.title, job?.job.company].filter(Boolean).join(' at ') || 'Application'
            }
          />
          <ContactsSection application={application} />
          <NotesSection application={application} />
        </div>
        <aside className="detail-side">
          <HistorySection application={application} />
        </aside>
      </div>
      <MoveDialog
        target={moving ? { id: application.id, status: application.status, label } : null}
        source={ChangeSource.Detail}
        onClose={() => setMoving(false)}
      />
      <ConfirmDialog
        open={confirmDelete}
        title="Delete this application?"
        confirmLabel="Delete"
        danger
        onConfirm={() => void remove()}
        onCancel={() => setConfirmDelete(false)}
      >
        <p>
          Its history, contacts, interviews, follow-ups, notes, cover letter versions and interview
          prep go with it. The job and the resume stay in your library.
        </p>
      </ConfirmDialog>
    </>
  );
}
