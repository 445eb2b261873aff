// The route table: one route per area, all under the shell.
import { Navigate, type RouteObject } from 'react-router';
import { AccountView } from '../features/account/AccountView';
import { ApplicationsView } from '../features/applications/ApplicationsView';
import { ImportView } from '../features/import/ImportView';
import { JobsView } from '../features/jobs/JobsView';
import { JobView } from '../features/jobs/JobView';
import { ResumesView } from '../features/resumes/ResumesView';
import { SettingsView } from '../features/settings/SettingsView';
import { NotFoundView } from './NotFoundView';
import { RouteError } from './RouteError';
import { Shell } from './Shell';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Shell />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Navigate to="/resumes" replace /> },
          { path: 'resumes', element: <ResumesView /> },
          { path: 'resumes/import', element: <ImportView /> },
          { path: 'jobs', element: <JobsView /> },
          { path: 'jobs/:jobId', element: <JobView /> },
          { path: 'applications', element: <ApplicationsView /> },
          { path: 'settings', element: <SettingsView /> },
          { path: 'account', element: <AccountView /> },
          { path: '*', element: <NotFoundView /> },
        ],
      },
    ],
  },
];
