// Downloads of the resume in every format, built on this device.
import { useState } from 'react';
import type { ResolvedTemplateSettings } from '@career-copilot/shared/render/templates/registry';
import type { Resume } from '@career-copilot/shared/resume/model';
import { EXPORT_FORMATS, exportResume, type ExportFormat } from '../../../export/resume-files';
import { downloadBlob, safeFileName } from '../../../lib/download';
import { Button } from '../../../ui/Button';
import { showError, showToast } from '../../../ui/toast-store';

export function ExportPanel({
  resume,
  settings,
  fallbackName,
}: {
  readonly resume: Resume;
  readonly settings: ResolvedTemplateSettings;
  readonly fallbackName: string;
}) {
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  async function download(format: ExportFormat) {
    setBusy(format);
    try {
      const file = await exportResume(resume, settings, format);
      const person = resume.basics?.name?.trim();
      downloadBlob(
        file.blob,
        safeFileName(person ? `${person} Resume` : fallbackName, file.extension),
      );
      for (const warning of file.warnings) showToast({ message: warning, timeoutMs: 12_000 });
    } catch (error) {
      showError(
        `The ${format.toUpperCase()} file could not be made: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="card export-panel" aria-labelledby="export-title">
      <h2 id="export-title">Download</h2>
      <div className="export-buttons">
        {EXPORT_FORMATS.map(({ format, label, hint }) => (
          <Button
            key={format}
            size="sm"
            title={hint}
            disabled={busy !== null}
            aria-busy={busy === format}
            onClick={() => void download(format)}
          >
            {busy === format ? `Making ${label}…` : label}
          </Button>
        ))}
      </div>
      <p className="muted">Made on this device; nothing is uploaded.</p>
    </section>
  );
}
