// Boots the PWA: database wiring, service worker, and the router.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import './app/styles.css';
import { startPwa } from './app/pwa';
import { routes } from './app/routes';
import { configureDb } from './storage/db';
import { showToast } from './ui/toast-store';

configureDb({
  onBlocked: () =>
    showToast({
      message: 'Career Copilot is updating its database. Close its other tabs to continue.',
      timeoutMs: undefined,
    }),
  onVersionChange: () =>
    showToast({
      message: 'A newer Career Copilot opened in another tab.',
      action: { label: 'Reload', run: () => window.location.reload() },
      timeoutMs: undefined,
    }),
});

const router = createBrowserRouter(routes);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
void startPwa();
