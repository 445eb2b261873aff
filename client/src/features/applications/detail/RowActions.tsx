// The Edit and Remove buttons on a row of a detail section, named after what they act on.
import type { ReactNode } from 'react';
import { Button } from '../../../ui/Button';

export function RowActions({
  name,
  onEdit,
  onRemove,
  children,
}: {
  /** What the row is, for the buttons' accessible names ("Edit Grace Hopper"). */
  readonly name: string;
  readonly onEdit?: () => void;
  readonly onRemove: () => void;
  /** Actions that come first (".ics", "+1 week"). */
  readonly children?: ReactNode;
}) {
  return (
    <div className="actions">
      {children}
      {onEdit ? (
        <Button size="sm" aria-label={`Edit ${name}`} onClick={onEdit}>
          Edit
        </Button>
      ) : null}
      <Button size="sm" variant="danger" aria-label={`Remove ${name}`} onClick={onRemove}>
        Remove
      </Button>
    </div>
  );
}
