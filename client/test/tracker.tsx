// Helpers for the tracker's component tests: seeded storage and the real app routes at a path.
import { configure, render } from '@testing-library/react';
import { createMemoryRouter, NavLink, Outlet, RouterProvider } from 'react-router';
import {
  createApplication,
  type ApplicationRecord,
} from '@career-copilot/shared/application/model';
import { ApplicationsView } from '../src/features/applications/ApplicationsView';
import { FollowUpsNavBadge } from '../src/features/applications/components/FollowUpsNavBadge';
import { DashboardView } from '../src/features/applications/dashboard/DashboardView';
import { ApplicationDetailView } from '../src/features/applications/detail/ApplicationDetailView';
import { Toaster } from '../src/ui/Toaster';
import { applicationsStore } from '../src/features/applications/applications-store';
import { remindersStore } from '../src/features/applications/reminders-watch';
import { resetDbForTests } from '../src/storage/db';
import { applicationsRepo, jobsRepo, resumesRepo } from '../src/storage/repositories';
import { toastStore } from '../src/ui/toast-store';
import { jobRecord, resumeRecord, uniqueDbName } from './fixtures';

export const NOW = '2026-03-10T12:00:00.000Z';

// These tests render whole pages over IndexedDB; on a loaded two-core machine a page can take more
// than the default second to settle, which is slowness, not failure.
configure({ asyncUtilTimeout: 5000 });

/** A fresh database with three jobs, a base resume and a copy tailored for Acme. */
export async function seedTracker(): Promise<void> {
  await resetDbForTests(uniqueDbName());
  applicationsStore.setState({ status: 'idle', items: [], jobs: {}, resumes: {}, problems: [] });
  remindersStore.setState({ now: NOW, enabled: false, access: 'default' });
  toastStore.setState({ toasts: [] });
  await jobsRepo.put(jobRecord({ id: 'j1', job: { title: 'Staff Engineer', company: 'Acme' } }));
  await jobsRepo.put(
    jobRecord({ id: 'j2', job: { title: 'Backend Developer', company: 'Globex' } }),
  );
  await jobsRepo.put(jobRecord({ id: 'j3', job: { title: 'Analyst', company: 'Initech' } }));
  await resumesRepo.put(resumeRecord({ id: 'r1', name: 'Backend resume' }));
  await resumesRepo.put(
    resumeRecord({ id: 'r2', name: 'Backend — Acme', baseResumeId: 'r1', jobId: 'j1' }),
  );
}

export async function addApplication(
  id: string,
  jobId: string,
  change: (a: ApplicationRecord) => void = () => {},
): Promise<ApplicationRecord> {
  const record = createApplication({ id, jobId, now: '2026-03-01T09:00:00.000Z' });
  change(record);
  await applicationsRepo.put(record);
  return record;
}

/**
 * The tracker's routes under a frame like the app's shell (navigation with the follow-ups badge,
 * toasts). The real shell also registers the service worker, which jsdom cannot load.
 */
const trackerRoutes = [
  {
    path: '/',
    element: (
      <>
        <nav aria-label="Main">
          <NavLink to="/applications">
            Applications
            <FollowUpsNavBadge />
          </NavLink>
        </nav>
        <Outlet />
        <Toaster />
      </>
    ),
    children: [
      { path: 'applications', element: <ApplicationsView /> },
      { path: 'applications/dashboard', element: <DashboardView /> },
      { path: 'applications/:applicationId', element: <ApplicationDetailView /> },
      { path: 'jobs/:jobId', element: <h1>Job page</h1> },
    ],
  },
];

/** Renders the tracker at a path, as the browser would. */
export function renderApp(path: string) {
  const router = createMemoryRouter(trackerRoutes, { initialEntries: [path] });
  return { router, ...render(<RouterProvider router={router} />) };
}
