// Adding a posting: paste its text (or a JSON Resume job), or import a saved web page, a text file or a JSON Resume job file.
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { showToast } from '../../../ui/toast-store';
import { addJobFromFile, addJobFromText, MAX_POSTING_CHARS, type AddOutcome } from '../jobs-store';
import '../jobs.css';

export function AddJobForm({ onClose }: { readonly onClose: () => void }) {
  const navigate = useNavigate();
  const fileInput = useRef<HTMLInputElement>(null);
  const [form, setForm] = useState({ title: '', company: '', sourceText: '' });
  const [error, setError] = useState<string>();
  const [fileError, setFileError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);

  async function finish(outcome: AddOutcome, onError: (message: string) => void) {
    setBusy(false);
    if (!outcome.ok) return onError(outcome.message);
    const { record, notes } = outcome;
    showToast({
      message: `Saved “${record.job.title ?? 'Untitled job'}”.${notes.length > 0 ? ` ${notes[0]}` : ''}`,
    });
    onClose();
    void navigate(`/jobs/${record.id}`);
  }

  async function saveText() {
    setBusy(true);
    setError(undefined);
    await finish(await addJobFromText(form.sourceText, form), setError);
  }

  async function importFile(file: File) {
    setBusy(true);
    setFileError(undefined);
    await finish(await addJobFromFile(file, form), setFileError);
  }

  const length = form.sourceText.length;
  return (
    <form
      className={`card add-job${dragging ? ' is-dropping' : ''}`}
      aria-label="Add a job"
      onSubmit={(e) => {
        e.preventDefault();
        void saveText();
      }}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        const file = e.dataTransfer.files[0];
        if (!file) return;
        e.preventDefault();
        setDragging(false);
        if (!busy) void importFile(file);
      }}
    >
      <Field
        label="Job posting"
        error={error}
        hint={`Paste the whole posting: its text is kept exactly as you paste it (up to ${MAX_POSTING_CHARS.toLocaleString()} characters).${length > MAX_POSTING_CHARS ? ` This is ${length.toLocaleString()}.` : ''}`}
      >
        <textarea
          rows={12}
          value={form.sourceText}
          onChange={(e) => setForm({ ...form, sourceText: e.target.value })}
        />
      </Field>
      <div className="grid-2">
        <Field label="Job title" hint="Optional: leave empty to take it from the posting.">
          <input
            type="text"
            value={form.title}
            maxLength={200}
            onChange={(e) => setForm({ ...form, title: e.target.value })}
          />
        </Field>
        <Field label="Company" hint="Optional, as above.">
          <input
            type="text"
            value={form.company}
            maxLength={200}
            onChange={(e) => setForm({ ...form, company: e.target.value })}
          />
        </Field>
      </div>
      <div className="actions">
        <Button type="submit" variant="primary" disabled={busy}>
          Save job
        </Button>
        <Button onClick={() => fileInput.current?.click()} disabled={busy}>
          Import a file (saved web page, text or JSON Resume job)…
        </Button>
        <Button variant="ghost" onClick={onClose}>
          Cancel
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".html,.htm,.txt,.md,.json,text/html,text/plain,text/markdown,application/json"
          className="visually-hidden"
          aria-label="Job file to import"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      <p className="muted add-job-note">
        A page saved from a job board (in your browser: Save page as…, up to 5 MB) is read for its
        posting and address; you can also drop the file on this form.
      </p>
      {fileError ? (
        <div className="notice notice-danger" role="alert" style={{ marginTop: '0.75rem' }}>
          {fileError}
        </div>
      ) : null}
    </form>
  );
}
