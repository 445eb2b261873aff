// The table: every application on one line, sortable by any column, with the board's moves.
import { Link } from 'react-router';
import { ChangeSource } from '@career-copilot/shared/application/model';
import {
  SortKey,
  type ApplicationSummary,
  type SortDirection,
} from '@career-copilot/shared/application/summary';
import { formatRelative } from '../../../lib/format';
import { formatDay } from '../../../lib/local-time';
import { GripIcon } from '../../../ui/icons';
import { summaryLabel } from '../move-actions';
import { STAGES, STATUS_LABELS } from '../stages';
import { NextUpBadge } from './NextUpBadge';
import { useTrackerMoves } from './use-tracker-moves';

const COLUMNS: ReadonlyArray<{ key: SortKey; label: string }> = [
  { key: SortKey.Job, label: 'Job' },
  { key: SortKey.Company, label: 'Company' },
  { key: SortKey.Stage, label: 'Stage' },
  { key: SortKey.Applied, label: 'Applied' },
  { key: SortKey.Activity, label: 'Last activity' },
  { key: SortKey.Next, label: 'Next' },
];

const INSTRUCTIONS =
  'To move this application, press Space or Enter to pick it up, use the up and down arrow keys to choose a stage, then press Space or Enter to drop it. Escape cancels. With a mouse or finger, drag this handle onto a stage above the table.';

export function ApplicationsTable({
  rows,
  counts,
  sort,
  direction,
  onSort,
}: {
  readonly rows: readonly ApplicationSummary[];
  readonly counts: Readonly<Record<string, number>>;
  readonly sort: SortKey;
  readonly direction: SortDirection;
  readonly onSort: (key: SortKey) => void;
}) {
  const { drag, openMoveDialog, overlays } = useTrackerMoves(ChangeSource.Table, INSTRUCTIONS);
  const { lifted } = drag;
  const sortLabel = COLUMNS.find((c) => c.key === sort)?.label ?? sort;

  return (
    <>
      <ul className="stage-strip" aria-label="Stages: drop a row’s handle on one to move it there">
        {STAGES.map((stage) => {
          const isTarget = lifted?.target === stage && lifted.source.status !== stage;
          return (
            <li
              key={stage}
              className={`stage-chip stage-${stage}${isTarget ? ' is-target' : ''}${lifted ? ' is-dragging' : ''}`}
              data-drop-stage={stage}
            >
              {STATUS_LABELS[stage]} <span className="count">{counts[stage] ?? 0}</span>
            </li>
          );
        })}
      </ul>
      <div className="table-scroll">
        <table className="table tracker-table">
          <caption className="visually-hidden">
            Applications, sorted by {sortLabel}, {direction === 'asc' ? 'ascending' : 'descending'}
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Move</span>
              </th>
              {COLUMNS.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={
                    sort === column.key
                      ? direction === 'asc'
                        ? 'ascending'
                        : 'descending'
                      : undefined
                  }
                >
                  <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
                    {column.label}
                    <span aria-hidden="true" className="sort-arrow">
                      {sort === column.key ? (direction === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const label = summaryLabel(row);
              const source = { id: row.id, status: row.status, label };
              const isLifted = lifted?.source.id === row.id;
              const preview =
                isLifted && lifted.target && lifted.target !== row.status ? lifted.target : null;
              return (
                <tr key={row.id} className={isLifted ? 'is-lifted' : undefined}>
                  <td className="cell-handle">
                    <button
                      type="button"
                      className="drag-handle"
                      aria-label={`Pick up ${label}`}
                      {...drag.handleProps(source)}
                      {...drag.pointerProps(source)}
                    >
                      <GripIcon />
                    </button>
                  </td>
                  <td>
                    <Link to={`/applications/${row.id}`}>{row.jobTitle}</Link>
                  </td>
                  <td>{row.company || <span className="muted">—</span>}</td>
                  <td>
                    <span className={`stage-badge stage-${row.status}`}>
                      {STATUS_LABELS[row.status]}
                    </span>
                    {preview ? (
                      <span className="stage-preview"> → {STATUS_LABELS[preview]}</span>
                    ) : null}
                  </td>
                  <td>
                    {row.appliedAt ? formatDay(row.appliedAt) : <span className="muted">—</span>}
                  </td>
                  <td>{formatRelative(row.lastActivityAt)}</td>
                  <td>
                    {row.next ? <NextUpBadge next={row.next} /> : <span className="muted">—</span>}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-ghost btn-sm"
                      aria-label={`Move ${label} to…`}
                      onClick={() => openMoveDialog({ id: row.id, status: row.status, label })}
                    >
                      Move to…
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {overlays}
    </>
  );
}
