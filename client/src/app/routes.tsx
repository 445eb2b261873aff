// The route table: one route per area, all under the shell.
import { Navigate, type RouteObject } from 'react-router';
import { AccountView } from '../features/account/AccountView';
import { ApiTokensView } from '../features/account/ApiTokensView';
import { ForgotPasswordView } from '../features/account/ForgotPasswordView';
import { RegisterView } from '../features/account/RegisterView';
import { ResetPasswordView } from '../features/account/ResetPasswordView';
import { SecurityView } from '../features/account/SecurityView';
import { SignInView } from '../features/account/SignInView';
import { VerifyEmailView } from '../features/account/VerifyEmailView';
import { AdminView } from '../features/admin/AdminView';
import { UsageView } from '../features/admin/UsageView';
import { ApplicationsView } from '../features/applications/ApplicationsView';
import { DashboardView } from '../features/applications/dashboard/DashboardView';
import { ApplicationDetailView } from '../features/applications/detail/ApplicationDetailView';
import { ImportView } from '../features/import/ImportView';
import { CoverLetterView } from '../features/letters/CoverLetterView';
import { InterviewPrepView } from '../features/prep/InterviewPrepView';
import { JobsView } from '../features/jobs/JobsView';
import { JobView } from '../features/jobs/JobView';
import { JobMarketView } from '../features/market/JobMarketView';
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
          {
            // The editor, preview and exports load on first use; the service worker precaches them.
            path: 'resumes/:resumeId',
            lazy: () =>
              import('../features/resumes/editor/ResumeEditorView').then((m) => ({
                Component: m.ResumeEditorView,
              })),
          },
          { path: 'jobs', element: <JobsView /> },
          { path: 'jobs/market', element: <JobMarketView /> },
          { path: 'jobs/:jobId', element: <JobView /> },
          { path: 'applications', element: <ApplicationsView /> },
          { path: 'applications/dashboard', element: <DashboardView /> },
          { path: 'applications/:applicationId', element: <ApplicationDetailView /> },
          { path: 'applications/:applicationId/letter', element: <CoverLetterView /> },
          { path: 'applications/:applicationId/prep', element: <InterviewPrepView /> },
          { path: 'settings', element: <SettingsView /> },
          { path: 'account', element: <AccountView /> },
          { path: 'account/register', element: <RegisterView /> },
          { path: 'account/verify', element: <VerifyEmailView /> },
          { path: 'account/sign-in', element: <SignInView /> },
          { path: 'account/forgot', element: <ForgotPasswordView /> },
          { path: 'account/reset', element: <ResetPasswordView /> },
          { path: 'account/security', element: <SecurityView /> },
          { path: 'account/usage', element: <UsageView /> },
          { path: 'account/api-tokens', element: <ApiTokensView /> },
          { path: 'admin', element: <AdminView /> },
          { path: '*', element: <NotFoundView /> },
        ],
      },
    ],
  },
];
