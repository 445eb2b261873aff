// The Resumes area: the library of resumes kept on this device.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ImportEntry, IMPORT_PATH } from '../import/ImportEntry';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { Field } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { showError, showToast } from '../../ui/toast-store';
import { formatRelative } from '../../lib/format';
import {
  createBlankResume,
  deleteResume,
  loadResumes,
  renameResume,
  useResumes,
} from './resumes-store';

export function ResumesView() {
  const { status, items, problems, error } = useResumes((s) => s);
  const [creating, setCreating] = useState(false);
  const [newName, setNewName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);

  useEffect(() => {
    void loadResumes();
  }, []);

  async function create() {
    try {
      await createBlankResume(newName);
      setCreating(false);
      setNewName('');
    } catch (e) {
      showError(e instanceof Error ? e.message : String(e));
    }
  }

  async function remove(id: string, name: string) {
    const undo = await deleteResume(id);
    showToast({ message: `Deleted “${name}”.`, action: { label: 'Undo', run: () => void undo() } });
  }

  return (
    <>
      <PageHeader
        title="Resumes"
        description="Your resumes and tailored copies. They are stored in this browser only."
        actions={
          <>
            <Link className="btn" to={IMPORT_PATH}>
              Import
            </Link>
            <Button variant="primary" onClick={() => setCreating(true)}>
              New resume
            </Button>
          </>
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
        <ul className="list" aria-label="Resumes">
          {items.map((r) => (
            <li key={r.id} className="list-item">
              <div className="list-item-main">
                <div className="list-item-title">{r.name}</div>
                <div className="muted">
                  {r.resume.basics?.name ? `${r.resume.basics.name} · ` : ''}edited{' '}
                  {formatRelative(r.updatedAt)}
                </div>
              </div>
              <div className="actions">
                <Button size="sm" onClick={() => setRenaming({ id: r.id, name: r.name })}>
                  Rename
                </Button>
                <Button size="sm" variant="danger" onClick={() => void remove(r.id, r.name)}>
                  Delete
                </Button>
              </div>
            </li>
          ))}
        </ul>
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
