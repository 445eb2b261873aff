// One provider in Settings → Models: what it is, its key or address, and a one-click connection test.
import { Link } from 'react-router';
import { useState, type FormEvent } from 'react';
import { DEFAULT_OLLAMA_HOST, PROVIDERS } from '@career-copilot/shared/ai/catalog';
import type { ProviderId } from '@career-copilot/shared/ai/contract';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { Field } from '../../../ui/Field';
import { showToast } from '../../../ui/toast-store';
import { AvailabilityBadge } from './AvailabilityBadge';
import { removeKey, saveKey, setEndpoint, testConnection, useModels } from './models-store';
import { WebLlmPanel } from './WebLlmPanel';

function EndpointForm({ provider }: { readonly provider: 'ollama' | 'custom' }) {
  const current = useModels((s) =>
    provider === 'ollama' ? s.settings.ollamaHost : (s.settings.customBaseUrl ?? ''),
  );
  const [value, setValue] = useState(current);
  const [error, setError] = useState<string>();
  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await setEndpoint(provider, value);
    setError(saved.ok ? undefined : saved.error);
    if (saved.ok) setValue(saved.value);
  }
  const label = provider === 'ollama' ? 'Ollama address' : 'Endpoint address';
  const hint =
    provider === 'ollama'
      ? `Usually ${DEFAULT_OLLAMA_HOST}. Another address must also be allowed by this server's CSP_CONNECT_EXTRA.`
      : 'Up to the version, like https://llm.example.com/v1. This server must list its origin in CSP_CONNECT_EXTRA.';
  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)}>
      <Field label={label} hint={hint} {...(error ? { error } : {})}>
        <input
          type="url"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          placeholder={provider === 'ollama' ? DEFAULT_OLLAMA_HOST : 'https://…/v1'}
          spellCheck={false}
        />
      </Field>
      <Button type="submit" disabled={value.trim() === current}>
        Save address
      </Button>
    </form>
  );
}

function KeyForm({ provider }: { readonly provider: ProviderId }) {
  const descriptor = PROVIDERS[provider];
  const saved = useModels((s) => s.keys.find((k) => k.provider === provider));
  const customUrl = useModels((s) => s.settings.customBaseUrl);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await saveKey(provider, value);
    if (!result.ok) return setError(result.error);
    setError(undefined);
    setValue('');
    showToast({ message: `${descriptor.label} key saved on this device.` });
  }
  const stale = saved && provider === 'custom' && customUrl && !customUrl.startsWith(saved.origin);
  if (saved) {
    return (
      <div className="key-saved">
        <p>
          Key <code data-testid={`${provider}-key-hint`}>{saved.hint}</code> is stored encrypted on
          this device and is only ever sent to <strong>{saved.origin}</strong>.
        </p>
        {stale ? (
          <p className="notice notice-danger">
            This key was saved for {saved.origin}; enter it again for the new address.
          </p>
        ) : null}
        <Button variant="danger" size="sm" onClick={() => setConfirming(true)}>
          Remove key
        </Button>
        <ConfirmDialog
          open={confirming}
          title={`Remove the ${descriptor.label} key?`}
          confirmLabel="Remove key"
          danger
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void removeKey(provider);
          }}
        >
          <p>
            It is deleted from this browser. Features using {descriptor.label} stop until you add a
            key again.
          </p>
        </ConfirmDialog>
      </div>
    );
  }
  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)}>
      <Field
        label={`${descriptor.label} API key${descriptor.keyRequired ? '' : ' (optional)'}`}
        hint={
          descriptor.keyUrl
            ? `Create one at ${descriptor.keyUrl}. It stays on this device, encrypted.`
            : 'Stays on this device, encrypted.'
        }
        {...(error ? { error } : {})}
      >
        <input
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={value}
          placeholder={descriptor.keyPlaceholder}
          onChange={(e) => setValue(e.target.value)}
        />
      </Field>
      <Button type="submit" variant="primary" disabled={value.trim() === ''}>
        Save key
      </Button>
    </form>
  );
}

export function ProviderCard({ provider }: { readonly provider: ProviderId }) {
  const descriptor = PROVIDERS[provider];
  const check = useModels((s) => s.checks[provider]);
  const [open, setOpen] = useState(false);
  return (
    <details
      className="provider"
      onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}
      data-testid={`provider-${provider}`}
    >
      <summary>
        <span className="provider-name">{descriptor.label}</span>
        <AvailabilityBadge check={check} />
        <span className="muted">
          {descriptor.leavesDevice ? 'sends your text to this provider' : 'stays on your device'}
        </span>
      </summary>
      <div className="provider-body">
        <p className="muted">{descriptor.blurb}</p>
        {provider === 'ollama' || provider === 'custom' ? (
          <EndpointForm provider={provider} />
        ) : null}
        {descriptor.keyScheme ? <KeyForm provider={provider} /> : null}
        {provider === 'webllm' && open ? <WebLlmPanel /> : null}
        <div className="actions">
          <Button
            onClick={() => void testConnection(provider)}
            disabled={check?.state === 'checking'}
          >
            {check?.state === 'checking' ? 'Testing…' : 'Test connection'}
          </Button>
        </div>
        {check?.state === 'done' ? (
          <p
            role="status"
            className={`notice ${check.availability.status === 'ready' ? 'notice-success' : 'notice-danger'}`}
            data-testid={`${provider}-status`}
          >
            {check.availability.message}
          </p>
        ) : null}
        {provider === 'server' ? (
          <p className="muted">
            <Link to="/account">Plans and usage in Account</Link>
          </p>
        ) : null}
      </div>
    </details>
  );
}
