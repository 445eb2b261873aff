// The resume editor: every section on the left, design and a live preview on the right, saved as you type.
import { useEffect, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { resolveTemplateSettings } from '@career-copilot/shared/render/templates/registry';
import { PageHeader } from '../../../ui/PageHeader';
import { ResumePreview } from '../preview/ResumePreview';
import { useResumeLayout } from '../preview/use-resume-layout';
import '../resumes.css';
import { BasicsEditor } from './BasicsEditor';
import { DesignPanel } from './DesignPanel';
import {
  closeResume,
  editorStore,
  flushSave,
  openResume,
  redo,
  renameWorking,
  undo,
  useEditor,
} from './editor-store';
import { EditorBanners, SaveStatus, UndoRedo } from './EditorStatus';
import { ExportPanel } from './ExportPanel';
import { TextField } from './fields/Fields';
import { Announcer } from './Reorder';
import { SectionsEditor } from './SectionsEditor';

/** Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, across the whole editor. */
function useUndoShortcuts() {
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        undo();
      } else if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.metaKey)) {
        e.preventDefault();
        redo();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** Saves at once when the page is hidden or closed, and asks before leaving with a save pending. */
function useSaveOnLeave() {
  useEffect(() => {
    const flush = () => void flushSave();
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      const { save } = editorStore.getState();
      if (save === 'pending' || save === 'saving') {
        flush();
        e.preventDefault();
      }
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);
}

export function ResumeEditorView() {
  const { resumeId = '' } = useParams();
  const status = useEditor((s) => s.status);
  const message = useEditor((s) => s.message);
  const name = useEditor((s) => s.working.name);
  const resume = useEditor((s) => s.working.resume);
  const settings = useMemo(
    () => resolveTemplateSettings(resume.meta?.template),
    [resume.meta?.template],
  );
  const preview = useResumeLayout(resume, settings);
  useUndoShortcuts();
  useSaveOnLeave();

  useEffect(() => {
    void openResume(resumeId);
    return () => void closeResume();
  }, [resumeId]);

  if (status === 'missing') {
    return (
      <>
        <PageHeader title="Resume not found" />
        <div className="notice notice-danger" role="alert">
          There is no resume with this address on this device. It may have been deleted.{' '}
          <Link to="/resumes">Back to your resumes</Link>
        </div>
      </>
    );
  }
  if (status === 'error') {
    return (
      <>
        <PageHeader title="Resume" />
        <div className="notice notice-danger" role="alert">
          {message}
        </div>
      </>
    );
  }
  if (status !== 'ready') return <p role="status">Opening the resume…</p>;

  return (
    <div className="resume-editor">
      <PageHeader
        title={name || 'Untitled resume'}
        description={
          <Link to="/resumes" className="muted">
            ← All resumes
          </Link>
        }
        actions={
          <>
            <SaveStatus />
            <UndoRedo />
          </>
        }
      />
      <EditorBanners />
      <Announcer />
      <div className="editor-layout">
        <div className="editor-form">
          <section className="card editor-card">
            <TextField
              label="Name in your library"
              hint="Only you see this, e.g. “Backend roles”."
              value={name}
              onChange={renameWorking}
            />
          </section>
          <BasicsEditor />
          <SectionsEditor />
        </div>
        <aside className="editor-side" aria-label="Design, preview and download">
          <DesignPanel settings={settings} />
          <ExportPanel resume={resume} settings={settings} fallbackName={name} />
          <section aria-label="Preview" className="preview-panel">
            <ResumePreview preview={preview} />
          </section>
        </aside>
      </div>
    </div>
  );
}
