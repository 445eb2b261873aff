// The Jobs area: postings the user saved, added by pasting their text.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Field } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { showToast } from '../../ui/toast-store';
import { formatRelative } from '../../lib/format';
import {
  addJob,
  deleteJob,
  loadJobs,
  MAX_POSTING_CHARS,
  useJobs,
  validateNewJob,
} from './jobs-store';

export function JobsView() {
  const { status, items, error } = useJobs((s) => s);
  const [adding, setAdding] = useState(false);
  const [form, setForm] = useState({ title: '', company: '', sourceText: '' });
  const [formError, setFormError] = useState<string>();

  useEffect(() => {
    void loadJobs();
  }, []);

  async function save() {
    const problem = validateNewJob(form);
    if (problem) return setFormError(problem);
    await addJob(form);
    setForm({ title: '', company: '', sourceText: '' });
    setFormError(undefined);
    setAdding(false);
  }

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
        description="Postings you are considering. Paste one to keep its text on this device."
        actions={
          <Button variant="primary" onClick={() => setAdding(true)} disabled={adding}>
            Add a job
          </Button>
        }
      />
      {error ? <div className="notice notice-danger">{error}</div> : null}
      {adding ? (
        <form
          className="card"
          aria-label="Add a job"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <div className="grid-2">
            <Field label="Job title" hint="Leave empty to use the posting’s first line.">
              <input
                type="text"
                value={form.title}
                maxLength={200}
                onChange={(e) => setForm({ ...form, title: e.target.value })}
              />
            </Field>
            <Field label="Company">
              <input
                type="text"
                value={form.company}
                maxLength={200}
                onChange={(e) => setForm({ ...form, company: e.target.value })}
              />
            </Field>
          </div>
          <Field
            label="Job posting"
            error={formError}
            hint={`Paste the whole posting (up to ${MAX_POSTING_CHARS.toLocaleString()} characters).`}
          >
            <textarea
              rows={12}
              value={form.sourceText}
              onChange={(e) => setForm({ ...form, sourceText: e.target.value })}
            />
          </Field>
          <div className="actions">
            <Button type="submit" variant="primary">
              Save job
            </Button>
            <Button onClick={() => setAdding(false)}>Cancel</Button>
          </div>
        </form>
      ) : null}
      {status === 'ready' && items.length === 0 && !adding ? (
        <EmptyState
          title="No jobs yet"
          action={
            <Button variant="primary" onClick={() => setAdding(true)}>
              Add a job
            </Button>
          }
        >
          Paste a posting you are interested in to keep it here.
        </EmptyState>
      ) : (
        <ul className="list" aria-label="Jobs" style={{ marginTop: adding ? '1rem' : 0 }}>
          {items.map((j) => (
            <li key={j.id} className="list-item">
              <div className="list-item-main">
                <Link className="list-item-title" to={`/jobs/${j.id}`}>
                  {j.job.title}
                </Link>
                <div className="muted">
                  {j.job.company ? `${j.job.company} · ` : ''}added {formatRelative(j.createdAt)}
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
          ))}
        </ul>
      )}
    </>
  );
}
