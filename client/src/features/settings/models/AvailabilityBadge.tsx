// A provider's last connection test as a short badge.
import type { AvailabilityStatus } from '@career-copilot/shared/ai/contract';
import type { ProviderCheck } from './models-store';

const LABELS: Record<AvailabilityStatus, string> = {
  ready: 'Ready',
  needs_key: 'Needs a key',
  needs_download: 'Needs a model',
  needs_account: 'Needs an account or plan',
  unsupported: 'Not available here',
  unreachable: 'Not reachable',
  cors_blocked: 'Blocked by the browser',
};

export function AvailabilityBadge({ check }: { readonly check: ProviderCheck | undefined }) {
  if (!check) return null;
  if (check.state === 'checking') return <span className="badge">Testing…</span>;
  const status = check.availability.status;
  const tone =
    status === 'ready'
      ? 'badge-success'
      : status === 'unreachable' || status === 'cors_blocked'
        ? 'badge-danger'
        : 'badge-warning';
  return <span className={`badge ${tone}`}>{LABELS[status]}</span>;
}
