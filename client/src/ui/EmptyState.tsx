// What an area shows before it has anything in it: what it is for and the first step.
import type { ReactNode } from 'react';

export function EmptyState({
  title,
  children,
  action,
}: {
  readonly title: string;
  readonly children?: ReactNode;
  readonly action?: ReactNode;
}) {
  return (
    <div className="empty">
      <h2>{title}</h2>
      {children ? <p>{children}</p> : null}
      {action ? (
        <div className="actions" style={{ justifyContent: 'center' }}>
          {action}
        </div>
      ) : null}
    </div>
  );
}
