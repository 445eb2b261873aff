// The one thing coming up for an application: an interview, or a follow-up (flagged when overdue).
import type { NextUp } from '@career-copilot/shared/application/timeline';
import { formatShortDateTime } from '../../../lib/local-time';

export function NextUpBadge({ next }: { readonly next: NextUp | undefined }) {
  if (!next) return null;
  if (next.kind === 'interview') {
    return (
      <span className="badge badge-accent" title={next.label}>
        Interview {formatShortDateTime(next.at)}
      </span>
    );
  }
  return (
    <span className={`badge ${next.overdue ? 'badge-danger' : 'badge-warning'}`} title={next.label}>
      {next.overdue ? 'Follow-up due' : `Follow up ${formatShortDateTime(next.at)}`}
    </span>
  );
}
