// One application's cover letter: options, a streamed or model-free draft in an editor, claims, versions, exports.
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { describeJob } from '@career-copilot/shared/application/summary';
import { checkLetterClaims } from '@career-copilot/shared/letters/claims';
import { resolveTemplateSettings } from '@career-copilot/shared/render/templates/registry';
import { downloadBlob, safeFileName } from '../../lib/download';
import { exportLetter, LETTER_FORMATS, type LetterFormat } from '../../export/letter-files';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { showToast } from '../../ui/toast-store';
import { ClaimsPanel } from './ClaimsPanel';
import { LetterOptionsPanel } from './LetterOptionsPanel';
import {
  currentResume,
  generateLetter,
  openLetter,
  saveDraft,
  setDraft,
  stopGenerating,
  useLetter,
  writeLetterWithoutModel,
} from './letters-store';
import { VersionsPanel } from './VersionsPanel';
import './letters.css';

function todayLine(): string {
  return new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

export function CoverLetterView() {
  const { applicationId = '' } = useParams();
  const status = useLetter((s) => s.status);
  const job = useLetter((s) => s.job);
  const draft = useLetter((s) => s.draft);
  const versions = useLetter((s) => s.versions);
  const generating = useLetter((s) => s.generating);
  const failure = useLetter((s) => s.failure);
  const problem = useLetter((s) => s.problem);
  const note = useLetter((s) => s.note);
  const error = useLetter((s) => s.error);
  const notes = useLetter((s) => s.options.notes);
  const resume = useLetter((s) => currentResume(s));
  const [exporting, setExporting] = useState<LetterFormat | undefined>();

  useEffect(() => {
    void openLetter(applicationId);
    return () => stopGenerating();
  }, [applicationId]);

  const claims = useMemo(
    () =>
      resume && !generating
        ? checkLetterClaims(draft, {
            resume: resume.resume,
            ...(job ? { job: job.job, jobText: job.sourceText } : {}),
            ...(notes ? { notes } : {}),
          })
        : [],
    [draft, resume, job, notes, generating],
  );

  if (status === 'idle' || status === 'loading') return <p className="muted">Loading…</p>;
  if (status === 'missing' || status === 'error')
    return (
      <EmptyState
        title="Application not found"
        action={<Link to="/applications">Back to applications</Link>}
      >
        {error ?? 'It may have been deleted.'}
      </EmptyState>
    );

  const label = describeJob(job?.job);
  const latest = versions.at(-1);
  const unsaved = draft.trim() !== '' && draft !== latest?.text;
  const canWrite = Boolean(job && resume);
  const words = draft.split(/\s+/).filter(Boolean).length;

  async function download(format: LetterFormat) {
    if (!resume) return;
    setExporting(format);
    try {
      const blob = await exportLetter(
        {
          resume: resume.resume,
          text: draft,
          settings: resolveTemplateSettings(resume.resume.meta?.template),
          dateLine: todayLine(),
        },
        format,
      );
      const who = resume.resume.basics?.name ?? 'cover';
      downloadBlob(blob, safeFileName(`${who} cover letter ${job?.job.company ?? ''}`, format));
    } catch (e) {
      showToast({
        message: `The ${format.toUpperCase()} could not be made: ${e instanceof Error ? e.message : String(e)}`,
      });
    } finally {
      setExporting(undefined);
    }
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to="/applications">Applications</Link> /{' '}
        <Link to={`/applications/${applicationId}`}>{label}</Link>
      </p>
      <PageHeader title="Cover letter" description={label} />
      {!job ? (
        <p role="alert">
          The job this application was for has been deleted; link it to a job first.
        </p>
      ) : null}
      {!resume ? (
        <p role="alert">
          Add a resume to your library first: the letter is written from it.{' '}
          <Link to="/resumes/import">Import a resume</Link>
        </p>
      ) : null}
      <div className="letter-grid">
        <div className="letter-side">
          <LetterOptionsPanel />
          <div className="letter-actions">
            {generating ? (
              <Button variant="danger" onClick={stopGenerating}>
                Stop
              </Button>
            ) : (
              <Button variant="primary" disabled={!canWrite} onClick={() => void generateLetter()}>
                Write with my model
              </Button>
            )}
            <Button
              disabled={!canWrite || generating}
              onClick={() => void writeLetterWithoutModel()}
            >
              Write without a model
            </Button>
          </div>
          {note ? (
            <p className="muted" role="status">
              {note}
            </p>
          ) : null}
          {failure ? (
            <div className="letter-failure" role="alert">
              <p>
                <strong>The letter could not be written by your model.</strong> {failure.message}
              </p>
              <p>
                You can still <strong>write it without a model</strong>: it uses only your resume’s
                and the job’s facts. <Link to="/settings">Model settings</Link>
              </p>
            </div>
          ) : null}
        </div>
        <div className="letter-main">
          <section className="card" aria-labelledby="letter-editor-heading">
            <h2 id="letter-editor-heading">Letter</h2>
            {problem ? (
              <p role="alert" className="error">
                {problem}
              </p>
            ) : null}
            {error ? (
              <p role="alert" className="error">
                {error}
              </p>
            ) : null}
            <textarea
              className="letter-editor"
              aria-label="Letter text"
              aria-busy={generating}
              readOnly={generating}
              rows={20}
              value={draft}
              placeholder="Write with your model or without one, or type your own letter here."
              onChange={(e) => setDraft(e.target.value)}
            />
            <div className="letter-toolbar">
              <span className="muted" aria-live="polite">
                {generating
                  ? 'Writing…'
                  : `${words} words${unsaved ? ' · not saved' : latest ? ` · version ${latest.number}` : ''}`}
              </span>
              <Button
                variant="primary"
                disabled={!unsaved || generating}
                onClick={() => void saveDraft()}
              >
                Save version
              </Button>
              {LETTER_FORMATS.map((f) => (
                <Button
                  key={f.format}
                  size="sm"
                  disabled={!draft.trim() || generating || !resume || exporting !== undefined}
                  onClick={() => void download(f.format)}
                >
                  {exporting === f.format ? 'Preparing…' : `Download ${f.label}`}
                </Button>
              ))}
            </div>
          </section>
          <ClaimsPanel text={draft} claims={claims} />
          <VersionsPanel versions={versions} />
        </div>
      </div>
    </>
  );
}
