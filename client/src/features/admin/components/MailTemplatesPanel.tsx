// Admin: every mail template rendered with sample values, as text and as the HTML recipients see.
import { useEffect, useState } from 'react';
import type { MailPreview } from '@career-copilot/shared/api/admin';
import { failureMessage } from '../../account/account-messages';
import { adminApi } from '../admin-api';

export function MailTemplatesPanel() {
  const [templates, setTemplates] = useState<Array<{ name: string; description: string }>>([]);
  const [selected, setSelected] = useState<string>('');
  const [preview, setPreview] = useState<MailPreview | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    void adminApi.mailTemplates().then((result) => {
      if (!result.ok) return setError(failureMessage(result.error));
      setTemplates(result.value.templates);
      setSelected(result.value.templates[0]?.name ?? '');
    });
  }, []);

  useEffect(() => {
    if (!selected) return;
    void adminApi.mailPreview(selected).then((result) => {
      if (!result.ok) return setError(failureMessage(result.error));
      setError(undefined);
      setPreview(result.value);
    });
  }, [selected]);

  return (
    <section className="card" aria-labelledby="admin-mail-heading">
      <h2 id="admin-mail-heading">Mail templates</h2>
      <p className="muted">
        Templates are files in <code>server/templates/mail</code>; this shows each with sample
        values.
      </p>
      <label>
        Template{' '}
        <select value={selected} onChange={(e) => setSelected(e.target.value)}>
          {templates.map((t) => (
            <option key={t.name} value={t.name}>
              {t.description} ({t.name})
            </option>
          ))}
        </select>
      </label>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {preview ? (
        <div className="mail-preview">
          <p>
            <strong>Subject:</strong> <span data-testid="mail-subject">{preview.subject}</span>
          </p>
          {/* Sandboxed: the template's HTML runs no script and reaches nothing of this page. */}
          <iframe title="HTML version" sandbox="" srcDoc={preview.html} />
          <details>
            <summary>Plain-text version</summary>
            <pre>{preview.text}</pre>
          </details>
        </div>
      ) : null}
    </section>
  );
}
