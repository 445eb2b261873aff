// The app frame: navigation between the areas, connectivity and update notices, toasts.
import { NavLink, Outlet } from 'react-router';
import { Toaster } from '../ui/Toaster';
import { FollowUpsNavBadge } from '../features/applications/components/FollowUpsNavBadge';
import { Button } from '../ui/Button';
import { AccountIcon, ApplicationIcon, JobIcon, ResumeIcon, SettingsIcon } from '../ui/icons';
import { useAccount } from '../features/account/account-store';
import { useAccountBootstrap } from '../features/account/components/AccountsGate';
import { APP_VERSION } from './version';
import { reloadToUpdate, usePwa } from './pwa';

export const AREAS = [
  { path: '/resumes', label: 'Resumes', Icon: ResumeIcon },
  { path: '/jobs', label: 'Jobs', Icon: JobIcon },
  { path: '/applications', label: 'Applications', Icon: ApplicationIcon },
  { path: '/settings', label: 'Settings', Icon: SettingsIcon },
  { path: '/account', label: 'Account', Icon: AccountIcon },
] as const;

export function Shell() {
  const online = usePwa((s) => s.online);
  const updateReady = usePwa((s) => s.updateReady);
  // Shown once the account store knows an admin is signed in; the server refuses everyone else.
  const isAdmin = useAccount(
    (s) => s.session.kind === 'signed-in' && s.session.user.role === 'admin',
  );
  // Who is signed in is asked once per start, so the Admin link is there from the first page.
  // Without a server (or offline) this fails quietly: the Account page says why when opened.
  useAccountBootstrap();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <aside className="sidebar">
        <NavLink to="/resumes" className="brand" aria-label="Career Copilot home">
          <img src="/icons/icon.svg" alt="" />
          <span>Career Copilot</span>
        </NavLink>
        <nav className="nav" aria-label="Main">
          {AREAS.map(({ path, label, Icon }) => (
            <NavLink key={path} to={path}>
              <Icon />
              <span>{label}</span>
              {path === '/applications' ? <FollowUpsNavBadge /> : null}
            </NavLink>
          ))}
          {isAdmin ? (
            <NavLink to="/admin">
              <SettingsIcon />
              <span>Admin</span>
            </NavLink>
          ) : null}
        </nav>
        <div className="sidebar-footer">v{APP_VERSION} · your data stays on this device</div>
      </aside>
      <main id="main" className="main" tabIndex={-1}>
        {!online ? (
          <div className="status-banner" role="status" data-testid="offline-banner">
            You are offline. Everything on this device keeps working; model calls to online
            providers wait until you reconnect.
          </div>
        ) : null}
        {updateReady ? (
          <div className="status-banner" role="status">
            A new version of Career Copilot is ready.
            <Button size="sm" onClick={reloadToUpdate}>
              Reload to update
            </Button>
          </div>
        ) : null}
        <Outlet />
      </main>
      <Toaster />
    </div>
  );
}
