// Import a resume: drop or pick a file, paste text, or start from scratch; then review it.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { showError, showToast } from '../../ui/toast-store';
import type { ParseProgress } from '../../workers/parse-protocol';
import { DropZone } from './DropZone';
import { createEmptyResume, importFile, importText, resetImport, useImport } from './import-store';
import { ReviewImport } from './ReviewImport';

function progressText(progress: ParseProgress | undefined): string {
  if (!progress || progress.stage === 'reading') return 'Opening the file…';
  if (progress.stage === 'analysing') return 'Finding the sections…';
  if (progress.page && progress.pages) return `Reading page ${progress.page} of ${progress.pages}…`;
  return 'Reading the text…';
}

function Progress() {
  const { label, progress } = useImport((s) => s);
  const value = progress?.page && progress.pages ? progress.page / progress.pages : undefined;
  return (
    <section className="card import-progress" aria-busy="true" aria-label="Reading your resume">
      <h2>Reading {label}</h2>
      <p role="status">{progressText(progress)}</p>
      <progress max={1} value={value} aria-label="Progress" />
      <div className="actions">
        <Button onClick={resetImport}>Cancel</Button>
      </div>
    </section>
  );
}

function PasswordForm() {
  const { file, error } = useImport((s) => s);
  const [password, setPassword] = useState('');
  if (!file) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void importFile(file, password);
  };
  return (
    <form className="card" onSubmit={submit} aria-label="PDF password">
      <h2>{file.name} is protected</h2>
      <Field
        label="PDF password"
        error={error?.code === 'password_wrong' ? error.message : undefined}
        hint={error?.code === 'encrypted' ? error.message : undefined}
      >
        <input
          type="password"
          autoComplete="off"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoFocus
        />
      </Field>
      <div className="actions">
        <Button type="submit" variant="primary" disabled={password === ''}>
          Open
        </Button>
        <Button onClick={resetImport}>Choose another file</Button>
      </div>
    </form>
  );
}

function ParseFailure() {
  const { error, label } = useImport((s) => s);
  if (!error) return null;
  return (
    <div className="notice notice-danger import-error" role="alert">
      <strong>{label} could not be imported.</strong> {error.message}
    </div>
  );
}

function Start() {
  const navigate = useNavigate();
  const phase = useImport((s) => s.phase);
  const [text, setText] = useState('');
  const scratch = async () => {
    try {
      await createEmptyResume();
      showToast({ message: 'Started a blank resume.' });
      void navigate('/resumes');
    } catch (e) {
      showError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <>
      {phase === 'error' ? <ParseFailure /> : null}
      <DropZone onFile={(file) => void importFile(file)} />
      <section className="card" aria-label="Paste your resume">
        <h2>Or paste it</h2>
        <Field label="Resume text" hint="Copy everything from your resume and paste it here.">
          <textarea rows={8} value={text} onChange={(e) => setText(e.target.value)} />
        </Field>
        <div className="actions">
          <Button
            variant="primary"
            disabled={text.trim() === ''}
            onClick={() => void importText(text)}
          >
            Read pasted text
          </Button>
        </div>
      </section>
      <section className="card" aria-label="Start from scratch">
        <h2>Or start from scratch</h2>
        <p className="muted">An empty resume you fill in yourself.</p>
        <div className="actions">
          <Button onClick={() => void scratch()}>Start from scratch</Button>
        </div>
      </section>
    </>
  );
}

export function ImportView() {
  const phase = useImport((s) => s.phase);
  return (
    <>
      <PageHeader
        title="Import a resume"
        description="Your file is read in this browser. Nothing is uploaded."
        actions={<Link to="/resumes">Back to resumes</Link>}
      />
      {phase === 'parsing' ? <Progress /> : null}
      {phase === 'password' ? <PasswordForm /> : null}
      {phase === 'review' || phase === 'saving' ? <ReviewImport /> : null}
      {phase === 'idle' || phase === 'error' ? <Start /> : null}
    </>
  );
}
