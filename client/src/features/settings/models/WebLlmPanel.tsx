// In-browser models: what this GPU can run with sizes, room left for downloads, progress and cancel, delete.
import { useEffect } from 'react';
import { aiFailure } from '@career-copilot/shared/ai/failures';
import { formatBytes } from '../../../storage/storage-info';
import { Button } from '../../../ui/Button';
import {
  cancelWebLlmDownload,
  deleteWebLlmModel,
  downloadWebLlmModel,
  refreshWebLlm,
  useWebLlm,
} from './webllm-store';

export function WebLlmPanel() {
  const state = useWebLlm((s) => s.state);
  const catalog = useWebLlm((s) => s.catalog);
  const message = useWebLlm((s) => s.message);
  const download = useWebLlm((s) => s.download);
  const storage = useWebLlm((s) => s.storage);

  useEffect(() => {
    void refreshWebLlm();
  }, []);

  if (state === 'loading' && !catalog)
    return <p className="muted">Checking this device’s graphics card…</p>;
  if (state === 'error') return <p className="notice notice-danger">{message}</p>;
  if (!catalog) return null;
  if (!catalog.gpu.supported) {
    return (
      <p className="notice notice-danger" data-testid="webllm-unsupported">
        {aiFailure('no_webgpu', { detail: catalog.gpu.reason }).message}
      </p>
    );
  }
  const free = storage?.supported
    ? Math.max(0, storage.quotaBytes - storage.usageBytes)
    : undefined;
  const downloaded = new Set(catalog.downloaded);
  return (
    <div className="webllm">
      <p className="muted">
        Graphics:{' '}
        {[catalog.gpu.vendor, catalog.gpu.architecture].filter(Boolean).join(' ') ||
          'WebGPU adapter'}{' '}
        · {catalog.gpu.shaderF16 ? 'fast 16-bit shaders' : 'no 16-bit shaders (f32 models only)'} ·{' '}
        {catalog.models.length} models fit.
        {free !== undefined ? ` About ${formatBytes(free)} of storage is free for this site.` : ''}
      </p>
      {message ? <p className="notice notice-danger">{message}</p> : null}
      {download ? (
        <div className="download" role="status">
          <p>
            Downloading <strong>{download.model}</strong>: {download.text}
          </p>
          <div
            className="meter"
            role="progressbar"
            aria-label={`Downloading ${download.model}`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round((download.fraction ?? 0) * 100)}
          >
            <span style={{ width: `${Math.max(1, (download.fraction ?? 0) * 100)}%` }} />
          </div>
          <Button size="sm" onClick={cancelWebLlmDownload}>
            Cancel download
          </Button>
        </div>
      ) : null}
      <ul className="list webllm-models">
        {catalog.models.map((model) => {
          const fits = free === undefined || free >= model.downloadBytes * 1.1;
          return (
            <li key={model.id} className="list-item">
              <div className="list-item-main">
                <div className="list-item-title">{model.label}</div>
                <div className="muted">
                  ≈ {formatBytes(model.downloadBytes)} download · needs{' '}
                  {formatBytes(model.vramBytes)} of graphics memory · reads{' '}
                  {model.contextWindow.toLocaleString('en-US')} tokens
                  {model.lowResource ? ' · runs on small devices' : ''}
                  {!fits && !downloaded.has(model.id) ? ' · not enough free storage' : ''}
                </div>
              </div>
              {downloaded.has(model.id) ? (
                <Button size="sm" variant="danger" onClick={() => void deleteWebLlmModel(model.id)}>
                  Delete
                </Button>
              ) : (
                <Button
                  size="sm"
                  disabled={download !== undefined || !fits}
                  onClick={() => void downloadWebLlmModel(model.id)}
                >
                  Download
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
