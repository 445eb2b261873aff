// The tracker dashboard: how many applications sit in each stage, how often employers answer, how long things take.
import { useEffect } from 'react';
import {
  computeTrackerMetrics,
  METRIC_DEFINITIONS,
} from '@career-copilot/shared/application/metrics';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { userTimeZone } from '../../../lib/local-time';
import { loadApplications, useApplications } from '../applications-store';
import { TrackerTabs } from '../components/TrackerTabs';
import { useReminders } from '../reminders-watch';
import { STATUS_LABELS } from '../stages';
import { BarChart, ColumnChart } from './charts';
import '../tracker.css';

const WEEKS = 12;

function percent(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}

export function formatDays(days: number | null): string {
  if (days === null) return '—';
  if (days < 1) return 'under a day';
  const rounded = days < 10 ? Math.round(days * 10) / 10 : Math.round(days);
  return `${rounded} day${rounded === 1 ? '' : 's'}`;
}

function weekLabel(day: string): string {
  return new Date(`${day}T12:00:00`).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
  });
}

export function DashboardView() {
  const status = useApplications((s) => s.status);
  const items = useApplications((s) => s.items);
  const now = useReminders((s) => s.now);
  useEffect(() => {
    void loadApplications();
  }, []);

  const m = computeTrackerMetrics(items, { now, weeks: WEEKS, timeZone: userTimeZone() });
  const stageBars = Object.entries(m.byStage).map(([stage, count]) => ({
    label: STATUS_LABELS[stage as keyof typeof STATUS_LABELS],
    value: count,
    display: String(count),
    className: `stage-${stage}`,
  }));
  const timeBars = m.timeInStage.map((t) => ({
    label: STATUS_LABELS[t.status],
    value: t.medianDays,
    display: formatDays(t.medianDays),
    className: `stage-${t.status}`,
  }));
  const weeks = m.weekly.map((w) => weekLabel(w.week));
  const totalApplied = m.weekly.reduce((n, w) => n + w.applied, 0);
  const totalResponses = m.weekly.reduce((n, w) => n + w.responses, 0);
  const totalInterviews = m.weekly.reduce((n, w) => n + w.interviews, 0);

  return (
    <>
      <PageHeader
        title="Applications"
        description="How your search is going, from the dated history of every application."
      />
      <TrackerTabs current="dashboard" />
      {items.length === 0 && (status === 'idle' || status === 'loading') ? (
        // Never show zeros for data that has not been read yet.
        <p className="muted" role="status">
          Reading your applications…
        </p>
      ) : status === 'ready' && items.length === 0 ? (
        <EmptyState title="Nothing to measure yet">
          Track a few applications and move them along; the numbers appear here.
        </EmptyState>
      ) : (
        <>
          <section className="stat-grid" aria-label="Key numbers">
            <Stat label="Applications" value={String(m.total)} />
            <Stat label="Applied" value={String(m.applied)} detail={METRIC_DEFINITIONS.applied} />
            <Stat
              label="Response rate"
              value={percent(m.responseRate)}
              detail={`${m.responded} of ${m.applied} applied got an answer. ${METRIC_DEFINITIONS.responseRate}`}
            />
            <Stat
              label="Interview rate"
              value={percent(m.interviewRate)}
              detail={`${m.interviewed} of ${m.applied}. ${METRIC_DEFINITIONS.interviewRate}`}
            />
            <Stat
              label="Time to response"
              value={formatDays(m.medianDaysToResponse)}
              detail={METRIC_DEFINITIONS.timeToResponse}
            />
          </section>
          <div className="chart-grid">
            <section className="card">
              <BarChart
                title="Applications per stage"
                summary={stageBars.map((b) => `${b.label}: ${b.display}`).join('; ')}
                bars={stageBars}
                valueHeading="Applications"
              />
            </section>
            <section className="card">
              <BarChart
                title="Median time in stage"
                summary={timeBars.map((b) => `${b.label}: ${b.display}`).join('; ')}
                bars={timeBars}
                valueHeading="Median"
                scaleAtLeast={7}
              />
              <p className="muted">
                {METRIC_DEFINITIONS.timeInStage}{' '}
                {m.timeInStage
                  .filter((t) => t.ongoing > 0)
                  .map((t) => `${t.ongoing} still in ${STATUS_LABELS[t.status]}`)
                  .join(', ')}
              </p>
            </section>
          </div>
          <section className="card">
            <ColumnChart
              title={`Activity over the last ${WEEKS} weeks`}
              summary={`${totalApplied} applications sent, ${totalResponses} answers and ${totalInterviews} interviews in the last ${WEEKS} weeks.`}
              categories={weeks}
              categoryHeading="Week of"
              series={[
                {
                  name: 'Applied',
                  className: 'series-applied',
                  values: m.weekly.map((w) => w.applied),
                },
                {
                  name: 'Answers',
                  className: 'series-responses',
                  values: m.weekly.map((w) => w.responses),
                },
                {
                  name: 'Interviews',
                  className: 'series-interviews',
                  values: m.weekly.map((w) => w.interviews),
                },
              ]}
            />
            <p className="muted">
              Weeks start on Monday in your time zone. Answers are first interviews, offers or
              rejections; interviews count the week they are held.
            </p>
          </section>
        </>
      )}
    </>
  );
}

function Stat({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="stat">
      <div className="stat-label">{label}</div>
      <div className="stat-value" data-testid={`stat-${label.toLowerCase().replace(/\s+/g, '-')}`}>
        {value}
      </div>
      {detail ? <p className="stat-detail">{detail}</p> : null}
    </div>
  );
}
