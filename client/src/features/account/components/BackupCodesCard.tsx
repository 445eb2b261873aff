// Backup codes: 10 single-use codes for when the usual second step is out of reach. Shown once.
import { useState } from 'react';
import type { AuthUser } from '@career-copilot/shared/api/auth';
import { Button } from '../../../ui/Button';
import { downloadBlob } from '../../../lib/download';
import { showToast } from '../../../ui/toast-store';
import { hideBackupCodes, regenerateBackupCodes, useSecurity } from '../security-store';
import { PasswordConfirmForm } from './PasswordConfirmForm';

export function BackupCodesCard({ user }: { readonly user: AuthUser }) {
  const codes = useSecurity((s) => s.backupCodes);
  const [asking, setAsking] = useState(false);

  async function onConfirm(password: string) {
    const outcome = await regenerateBackupCodes(password);
    if (outcome.ok) setAsking(false);
    return outcome;
  }

  function onDownload() {
    const text = [
      `Career Copilot backup codes for ${user.email}`,
      'Each code works once. Keep them somewhere safe, away from this device.',
      '',
      ...(codes ?? []),
      '',
    ].join('\n');
    downloadBlob(new Blob([text], { type: 'text/plain' }), 'career-copilot-backup-codes.txt');
  }

  return (
    <section className="card" aria-labelledby="backup-heading">
      <div className="card-title">
        <h2 id="backup-heading">Backup codes</h2>
        <span className="badge" data-testid="backup-codes-left">
          {user.mfa.backupCodesLeft} left
        </span>
      </div>
      {codes ? (
        <>
          <p>
            Save these now: they are shown only once. Each works once, in place of a code from your
            email or app.
          </p>
          <ol className="backup-codes" data-testid="backup-codes">
            {codes.map((code) => (
              <li key={code}>
                <code>{code}</code>
              </li>
            ))}
          </ol>
          <div className="actions">
            <Button onClick={onDownload}>Download as a text file</Button>
            <Button
              onClick={() =>
                void navigator.clipboard
                  ?.writeText(codes.join('\n'))
                  .then(() => showToast({ message: 'Copied.' }))
              }
            >
              Copy
            </Button>
            <Button variant="primary" onClick={hideBackupCodes}>
              I saved them
            </Button>
          </div>
        </>
      ) : asking ? (
        <PasswordConfirmForm
          submitLabel="Create new backup codes"
          onConfirm={onConfirm}
          onCancel={() => setAsking(false)}
        />
      ) : (
        <>
          <p>
            For when your email or authenticator app is out of reach. Creating a new set replaces
            the old one.
          </p>
          <Button onClick={() => setAsking(true)}>Create new backup codes…</Button>
        </>
      )}
    </section>
  );
}
