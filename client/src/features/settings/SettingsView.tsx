// The Settings area: where data lives, how much room it takes, and backups.
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { PageHeader } from '../../ui/PageHeader';
import { showError, showToast } from '../../ui/toast-store';
import { ImportMode } from '../../storage/backup';
import { formatBytes } from '../../storage/storage-info';
import {
  askToPersist,
  downloadBackup,
  refreshStorage,
  restoreBackup,
  useSettings,
} from './settings-store';
import { ModelSettings } from './models/ModelSettings';

export function SettingsView() {
  const storage = useSettings((s) => s.storage);
  const persistRefused = useSettings((s) => s.persistRefused);
  const busy = useSettings((s) => s.backupBusy);
  const fileInput = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>(ImportMode.Merge);

  useEffect(() => {
    void refreshStorage();
  }, []);

  async function runImport() {
    const file = pending;
    setPending(null);
    if (!file) return;
    const outcome = await restoreBackup(file, mode);
    if (!outcome.ok) return void showError(outcome.message);
    const total = Object.values(outcome.summary.imported).reduce((a, b) => a + b, 0);
    showToast({
      message: `Imported ${total} record${total === 1 ? '' : 's'}${outcome.summary.keptLocal ? `; kept ${outcome.summary.keptLocal} newer local record(s)` : ''}.`,
    });
    await refreshStorage();
  }

  const used = storage?.supported ? storage.usageBytes : 0;
  const quota = storage?.supported ? storage.quotaBytes : 0;
  const percent = quota > 0 ? Math.min(100, (used / quota) * 100) : 0;

  return (
    <>
      <PageHeader
        title="Settings"
        description="Everything you keep in Career Copilot lives in this browser."
      />
      <ModelSettings />
      <section className="card" aria-labelledby="storage-heading">
        <div className="card-title">
          <h2 id="storage-heading">Storage on this device</h2>
          {storage?.supported ? (
            storage.persisted ? (
              <span className="badge badge-success">Kept permanently</span>
            ) : (
              <span className="badge badge-warning">May be cleared by the browser</span>
            )
          ) : null}
        </div>
        {storage === null ? (
          <p className="muted">Measuring…</p>
        ) : !storage.supported ? (
          <p>This browser does not report storage use. Export a backup regularly to be safe.</p>
        ) : (
          <>
            <p data-testid="storage-usage">
              Using <strong>{formatBytes(used)}</strong> of the {formatBytes(quota)} this browser
              allows.
            </p>
            <div
              className="meter"
              role="meter"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(percent)}
              aria-label="Storage used"
            >
              <span style={{ width: `${Math.max(percent, 0.5)}%` }} />
            </div>
            {!storage.persisted ? (
              <div style={{ marginTop: '1rem' }}>
                <p>
                  Browsers may delete a site’s data when the disk runs low. Ask this browser to keep
                  Career Copilot’s data until you delete it yourself.
                </p>
                <Button variant="primary" onClick={() => void askToPersist()}>
                  Keep my data on this device
                </Button>
                {persistRefused ? (
                  <p className="muted" role="status" style={{ marginTop: '0.5rem' }}>
                    The browser declined for now (browsers often grant this once a site is installed
                    or bookmarked). Export a backup to be safe.
                  </p>
                ) : null}
              </div>
            ) : null}
          </>
        )}
      </section>

      <section className="card" aria-labelledby="backup-heading">
        <h2 id="backup-heading">Backup</h2>
        <p>
          One file with all your resumes, jobs, applications and settings. API keys are never
          included: they cannot leave this browser.
        </p>
        <div className="actions">
          <Button
            variant="primary"
            disabled={busy}
            onClick={() => void downloadBackup().catch((e: Error) => showError(e.message))}
          >
            Export backup
          </Button>
          <Button disabled={busy} onClick={() => fileInput.current?.click()}>
            Import backup…
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            aria-label="Backup file to import"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) setPending(file);
            }}
          />
        </div>
      </section>

      <ConfirmDialog
        open={pending !== null}
        title="Import backup"
        confirmLabel="Import"
        danger={mode === ImportMode.Replace}
        onConfirm={() => void runImport()}
        onCancel={() => setPending(null)}
      >
        <p>
          From <strong>{pending?.name}</strong>. The file is checked completely before anything
          changes.
        </p>
        <fieldset style={{ border: 0, padding: 0 }}>
          <legend className="visually-hidden">How to import</legend>
          <label style={{ display: 'block', marginBottom: '0.5rem' }}>
            <input
              type="radio"
              name="import-mode"
              checked={mode === ImportMode.Merge}
              onChange={() => setMode(ImportMode.Merge)}
            />{' '}
            Merge: add what is missing; where both have a record, keep the one edited last.
          </label>
          <label style={{ display: 'block' }}>
            <input
              type="radio"
              name="import-mode"
              checked={mode === ImportMode.Replace}
              onChange={() => setMode(ImportMode.Replace)}
            />{' '}
            Replace: delete everything here first.
          </label>
        </fieldset>
      </ConfirmDialog>
    </>
  );
}
