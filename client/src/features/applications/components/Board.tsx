// The board: one column per stage; cards move by drag (mouse, pen, touch) or from the keyboard.
import { Link } from 'react-router';
import { ChangeSource } from '@career-copilot/shared/application/model';
import type { ApplicationSummary } from '@career-copilot/shared/application/summary';
import { formatRelative } from '../../../lib/format';
import { GripIcon } from '../../../ui/icons';
import { summaryLabel } from '../move-actions';
import { STAGES, STATUS_LABELS } from '../stages';
import type { DragSource, useStageDrag } from '../use-stage-drag';
import type { MoveTarget } from './MoveDialog';
import { NextUpBadge } from './NextUpBadge';
import { useTrackerMoves } from './use-tracker-moves';

const INSTRUCTIONS =
  'To move this application, press Space or Enter to pick it up, use the left and right arrow keys to choose a stage, then press Space or Enter to drop it. Escape cancels.';

export function Board({ rows }: { readonly rows: readonly ApplicationSummary[] }) {
  const { drag, openMoveDialog, overlays } = useTrackerMoves(ChangeSource.Board, INSTRUCTIONS);
  const { lifted } = drag;
  const byStage = new Map(STAGES.map((s) => [s, [] as ApplicationSummary[]]));
  for (const row of rows) byStage.get(row.status)?.push(row);

  return (
    <>
      <div className="board" data-drag-scroll>
        {STAGES.map((stage) => {
          const cards = (byStage.get(stage) ?? []).sort(
            (a, b) => Date.parse(b.stageSince) - Date.parse(a.stageSince),
          );
          const isTarget =
            lifted?.target === stage && lifted.source.status !== stage ? ' is-target' : '';
          return (
            <section
              key={stage}
              className={`board-column${isTarget}${lifted ? ' is-dragging' : ''}`}
              data-drop-stage={stage}
              aria-labelledby={`column-${stage}`}
            >
              <h2 id={`column-${stage}`} className="board-column-title">
                {STATUS_LABELS[stage]}
                <span className="count" aria-label={`${cards.length} applications`}>
                  {cards.length}
                </span>
              </h2>
              {cards.length === 0 ? (
                <p className="board-empty">{lifted ? 'Drop here' : 'None'}</p>
              ) : (
                <ul className="board-cards">
                  {cards.map((row) => (
                    <BoardCard key={row.id} row={row} drag={drag} onMove={openMoveDialog} />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      {overlays}
    </>
  );
}

function BoardCard({
  row,
  drag,
  onMove,
}: {
  readonly row: ApplicationSummary;
  readonly drag: ReturnType<typeof useStageDrag>;
  readonly onMove: (target: MoveTarget) => void;
}) {
  const label = summaryLabel(row);
  const source: DragSource = { id: row.id, status: row.status, label };
  const lifted = drag.lifted?.source.id === row.id;
  return (
    <li
      className={`board-card${lifted ? ' is-lifted' : ''}`}
      data-application-id={row.id}
      {...drag.pointerProps(source)}
    >
      <div className="board-card-head">
        <button
          type="button"
          className="drag-handle"
          aria-label={`Pick up ${label}`}
          {...drag.handleProps(source)}
        >
          <GripIcon />
        </button>
        <Link className="board-card-title" to={`/applications/${row.id}`} draggable={false}>
          {row.jobTitle}
        </Link>
      </div>
      {row.company ? <div className="board-card-company">{row.company}</div> : null}
      <div className="board-card-meta">
        <span className="muted">since {formatRelative(row.stageSince)}</span>
        <NextUpBadge next={row.next} />
      </div>
      <button
        type="button"
        className="btn btn-ghost btn-sm board-card-move"
        aria-label={`Move ${label} to…`}
        onClick={() => onMove({ id: row.id, status: row.status, label })}
      >
        Move to…
      </button>
    </li>
  );
}
