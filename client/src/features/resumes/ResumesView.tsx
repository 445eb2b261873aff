// The Resumes area: the library of resumes and tailored copies kept on this device.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ResumeRecord } from '@career-copilot/shared/resume/record';
import { ImportEntry, IMPORT_PATH } from '../import/ImportEntry';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { Field } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { showError, showToast } from '../../ui/toast-store';
import { formatDateTime, formatRelative } from '../../lib/format';
import './resumes.css';
import {
  createBlankResume,
  deleteResume,
  duplicateResume,
  followOtherTabs,
  loadResumes,
  renameResume,
  searchResumes,
  useResumes,
} from './resumes-store';

function ResumeItem({
  record,
  base,
  copies,
  onRename,
  onDelete,
  onDuplicate,
}: {
  readonly record: ResumeRecord;
  readonly base: ResumeRecord | undefined;
  readonly copies: number;
  readonly onRename: () => void;
  readonly onDelete: () => void;
  readonly onDuplicate: () => void;
}) {
  const person = [record.resume.basics?.name, record.resume.basics?.label]
    .filter(Boolean)
    .join(' · ');
  return (
    <li className="list-item resume-item" data-testid="resume-item">
      <div className="list-item-main">
        <Link className="list-item-title" to={`/resumes/${record.id}`}>
          {record.name}
        </Link>
        {person ? <div className="muted">{person}</div> : null}
        <div className="muted">
          {record.baseResumeId ? (
            <>
              {base ? (
                <>
                  Tailored copy of <Link to={`/resumes/${base.id}`}>{base.name}</Link>
                </>
              ) : (
                'Tailored copy of a deleted resume'
              )}
              {' · '}
            </>
          ) : null}
          {copies ? `${copies} tailored ${copies === 1 ? 'copy' : 'copies'} · ` : null}
          Edited{' '}
          <time dateTime={record.updatedAt} title={formatDateTime(record.updatedAt)}>
            {formatRelative(record.updatedAt)}
          </time>
        </div>
      </div>
      <div className="actions">
        <Button
          size="sm"
          onClick={onDuplicate}
          aria-label={`Make a tailored copy of ${record.name}`}
        >
          Duplicate
        </Button>
        <Button size="sm" onClick={onRename} aria-label={`Rename ${record.name}`}>
          Rename
        </Button>
        <Button size="sm" variant="danger" onClick={onDelete} aria-label={`Delete ${record.name}`}>
          Delete
        </Button>
      </div>
    </li>
  );
}

/**
 * The header's actions. Each area of the product adds its entry here (an Import action for PDF,
 * DOCX and JSON Resume files links to /resumes/import).
 */
function LibraryActions({ children }: { readonly children: ReactNode }) {
  return <>{children}</>;
}

export function ResumesView() {
  const navigate = useNavigate();
  const { status, items, problems, error } = useResumes((s) => s);
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const [newName, setNewName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);

  useEffect(() => {
    void loadResumes();
    return followOtherTabs();
  }, []);

  const byId = useMemo(() => new Map(items.map((r) => [r.id, r])), [items]);
  const copies = useMemo(() => {
    const counts = new Map<string, number>();
    for (const r of items)
      if (r.baseResumeId) counts.set(r.baseResumeId, (counts.get(r.baseResumeId) ?? 0) + 1);
    return counts;
  }, [items]);
  const shown = useMemo(() => searchResumes(items, query), [items, query]);

  async function create() {
    try {
      const record = await createBlankResume(newName);
      setCreating(false);
      setNewName('');
      void navigate(`/resumes/${record.id}`);
    } catch (e) {
      showError(e instanceof Error ? e.message : String(e));
    }
  }

  async function duplicate(record: ResumeRecord) {
    const copy = await duplicateResume(record.id);
    if (copy) {
      showToast({
        message: `Made “${copy.name}”.`,
        action: { label: 'Open', run: () => void navigate(`/resumes/${copy.id}`) },
      });
    }
  }

  async function remove(id: string, name: string) {
    const undo = await deleteResume(id);
    showToast({
      message: `Deleted “${name}”.`,
      action: { label: 'Undo', run: () => void undo() },
      timeoutMs: 10_000,
    });
  }

  const newButton = (
    <Button variant="primary" onClick={() => setCreating(true)}>
      New resume
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Resumes"
        description="Your resumes and tailored copies. They are stored in this browser only."
        actions={
          <LibraryActions>
            <Link className="btn" to={IMPORT_PATH}>
              Import
            </Link>
            {newButton}
          </LibraryActions>
        }
      />
      <ImportEntry />
      {error ? <div className="notice notice-danger">{error}</div> : null}
      {problems.length > 0 ? (
        <div className="notice notice-danger">
          {problems.length} stored resume{problems.length > 1 ? 's' : ''} could not be read and{' '}
          {problems.length > 1 ? 'are' : 'is'} left untouched: {problems[0]?.message}
        </div>
      ) : null}
      {status === 'ready' && items.length === 0 ? (
        <EmptyState
          title="No resumes yet"
          action={
            <>
              <Link className="btn btn-primary" to={IMPORT_PATH}>
                Import a resume
              </Link>
              <Button onClick={() => setCreating(true)}>Start from scratch</Button>
            </>
          }
        >
          Import the resume you have (PDF, Word or JSON Resume, or paste it), or start a new one.
          Everything stays on this device unless you choose otherwise.
        </EmptyState>
      ) : (
        <>
          <div className="library-search" role="search">
            <label className="visually-hidden" htmlFor="resume-search">
              Search resumes
            </label>
            <input
              id="resume-search"
              type="search"
              placeholder="Search by name, person, employer or skill"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
            {query ? (
              <span className="muted" role="status">
                {shown.length} of {items.length}
              </span>
            ) : null}
          </div>
          {query && shown.length === 0 ? (
            <p className="muted">No resume matches “{query}”.</p>
          ) : null}
          <ul className="list" aria-label="Resumes">
            {shown.map((r) => (
              <ResumeItem
                key={r.id}
                record={r}
                base={r.baseResumeId ? byId.get(r.baseResumeId) : undefined}
                copies={copies.get(r.id) ?? 0}
                onRename={() => setRenaming({ id: r.id, name: r.name })}
                onDelete={() => void remove(r.id, r.name)}
                onDuplicate={() => void duplicate(r)}
              />
            ))}
          </ul>
        </>
      )}
      <ConfirmDialog
        open={creating}
        title="New resume"
        confirmLabel="Create"
        onConfirm={() => void create()}
        onCancel={() => setCreating(false)}
      >
        <Field label="Name in your library" hint="For you only, e.g. “Backend roles”.">
          <input
            type="text"
            value={newName}
            onChange={(e) => setNewName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void create();
            }}
            maxLength={120}
          />
        </Field>
      </ConfirmDialog>
      <ConfirmDialog
        open={renaming !== null}
        title="Rename resume"
        confirmLabel="Rename"
        onConfirm={() => {
          if (renaming) void renameResume(renaming.id, renaming.name);
          setRenaming(null);
        }}
        onCancel={() => setRenaming(null)}
      >
        <Field label="Name">
          <input
            type="text"
            value={renaming?.name ?? ''}
            onChange={(e) => setRenaming((r) => (r ? { ...r, name: e.target.value } : r))}
            maxLength={120}
          />
        </Field>
      </ConfirmDialog>
    </>
  );
}
