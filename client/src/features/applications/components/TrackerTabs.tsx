// Switching between the tracker's views: board, table and dashboard.
import { Link } from 'react-router';

export type TrackerView = 'board' | 'table' | 'dashboard';

const TABS: ReadonlyArray<{ view: TrackerView; label: string; to: string }> = [
  { view: 'board', label: 'Board', to: '/applications' },
  { view: 'table', label: 'Table', to: '/applications?view=table' },
  { view: 'dashboard', label: 'Dashboard', to: '/applications/dashboard' },
];

export function TrackerTabs({ current }: { readonly current: TrackerView }) {
  return (
    <nav className="tabs" aria-label="Tracker views">
      {TABS.map((tab) => (
        <Link
          key={tab.view}
          to={tab.to}
          className="tab"
          aria-current={tab.view === current ? 'page' : undefined}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
