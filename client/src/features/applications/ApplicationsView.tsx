// The Applications area: every application on a board or in a table, follow-ups, and calendar export.
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  SORT_KEYS,
  SortKey,
  sortSummaries,
  summariseApplication,
  type SortDirection,
} from '@career-copilot/shared/application/summary';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { loadApplications, useApplications } from './applications-store';
import { useReminders } from './reminders-watch';
import { ApplicationsTable } from './components/ApplicationsTable';
import { Board } from './components/Board';
import { CalendarExportDialog } from './components/CalendarExportDialog';
import { FollowUpsPanel } from './components/FollowUpsPanel';
import { NewApplicationDialog } from './components/NewApplicationDialog';
import { TrackerTabs } from './components/TrackerTabs';
import './tracker.css';

/** Dates read best newest first; names and stages read best A to Z. */
const DEFAULT_DIRECTION: Record<SortKey, SortDirection> = {
  job: 'asc',
  company: 'asc',
  stage: 'asc',
  applied: 'desc',
  activity: 'desc',
  next: 'asc',
};

export function ApplicationsView() {
  const status = useApplications((s) => s.status);
  const items = useApplications((s) => s.items);
  const jobs = useApplications((s) => s.jobs);
  const problems = useApplications((s) => s.problems);
  const error = useApplications((s) => s.error);
  const now = useReminders((s) => s.now);
  const [params, setParams] = useSearchParams();
  const [exporting, setExporting] = useState(false);
  const newFor = params.get('new');
  const [creating, setCreating] = useState(newFor !== null);

  useEffect(() => {
    void loadApplications();
  }, []);

  const view = params.get('view') === 'table' ? 'table' : 'board';
  const sortParam = params.get('sort') as SortKey | null;
  const sort = sortParam && SORT_KEYS.includes(sortParam) ? sortParam : SortKey.Activity;
  const direction: SortDirection =
    params.get('dir') === 'asc' || params.get('dir') === 'desc'
      ? (params.get('dir') as SortDirection)
      : DEFAULT_DIRECTION[sort];

  const rows = items.map((a) => summariseApplication(a, jobs[a.jobId]?.job, now));
  const counts: Record<string, number> = {};
  for (const row of rows) counts[row.status] = (counts[row.status] ?? 0) + 1;

  function changeSort(key: SortKey) {
    const next: SortDirection =
      key === sort ? (direction === 'asc' ? 'desc' : 'asc') : DEFAULT_DIRECTION[key];
    setParams({ view: 'table', sort: key, dir: next }, { replace: true });
  }

  return (
    <>
      <PageHeader
        title="Applications"
        description="Where each application stands. Every change of stage is kept with its date."
        actions={
          <>
            <Button onClick={() => setExporting(true)}>Export calendar</Button>
            <Button variant="primary" onClick={() => setCreating(true)}>
              Track an application
            </Button>
          </>
        }
      />
      <TrackerTabs current={view} />
      {error ? <div className="notice notice-danger">{error}</div> : null}
      {problems.length > 0 ? (
        <div className="notice notice-danger" role="alert">
          {problems.length === 1 ? 'One application' : `${problems.length} applications`} could not
          be read and {problems.length === 1 ? 'is' : 'are'} left untouched in storage:{' '}
          {problems.map((p) => p.message).join(' ')}
        </div>
      ) : null}
      {status === 'ready' && items.length === 0 ? (
        <EmptyState
          title="No applications yet"
          action={
            <Button variant="primary" onClick={() => setCreating(true)}>
              Track an application
            </Button>
          }
        >
          Start one from a job you saved, then move it along as things happen.
        </EmptyState>
      ) : (status === 'idle' || status === 'loading') && items.length === 0 ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          <FollowUpsPanel />
          {view === 'table' ? (
            <ApplicationsTable
              rows={sortSummaries(rows, sort, direction)}
              counts={counts}
              sort={sort}
              direction={direction}
              onSort={changeSort}
            />
          ) : (
            <Board rows={rows} />
          )}
        </>
      )}
      <NewApplicationDialog
        open={creating}
        initialJobId={newFor ?? undefined}
        onClose={() => {
          setCreating(false);
          if (newFor !== null) {
            params.delete('new');
            setParams(params, { replace: true });
          }
        }}
      />
      <CalendarExportDialog open={exporting} onClose={() => setExporting(false)} />
    </>
  );
}
