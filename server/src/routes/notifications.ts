// /api/notifications/*: which mail a user gets (per kind), one-click unsubscribe from a signed link
// (no sign-in needed), and /api/reminders: follow-up reminders the client registers.
import { Hono, type Context } from 'hono';
import { html } from 'hono/html';
import { ErrorCode } from '@career-copilot/shared/api/errors';
import {
  CreateReminderRequestSchema,
  NOTIFICATION_LABELS,
  NotificationRoutes,
  UpdatePreferencesRequestSchema,
} from '@career-copilot/shared/api/notifications';
import type { AppDeps } from '../app';
import type { AppEnv } from '../app-env';
import { ApiError } from '../http/errors';
import { orThrow } from '../http/failure';
import { readJson } from '../http/validate';
import { accountsAvailable } from '../middleware/accounts-available';
import { requireUser } from '../middleware/session';
import { sessionDeps } from './auth';

function signedInId(c: Context<AppEnv>): string {
  const auth = c.get('auth');
  if (!auth) throw new ApiError(ErrorCode.Unauthenticated, 'Please sign in to do this.');
  return auth.user.id;
}

const page = (title: string, body: ReturnType<typeof html>) =>
  html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
      </head>
      <body>
        <main>
          <h1>${title}</h1>
          ${body}
        </main>
      </body>
    </html>`;

export function notificationRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const n = deps.notifications;
  const available = accountsAvailable({ redis: deps.redis, enabled: deps.features.accounts });
  const guard = requireUser(sessionDeps(deps));
  app.use('/api/notifications/*', available);
  app.use('/api/reminders', available, guard);
  app.use('/api/reminders/*', available, guard);

  app.get(NotificationRoutes.preferences, guard, async (c) =>
    c.json({ kinds: await n.preferences(signedInId(c)) }),
  );

  app.put(NotificationRoutes.preferences, guard, async (c) => {
    const { kind, enabled } = await readJson(c, UpdatePreferencesRequestSchema);
    const userId = signedInId(c);
    await n.setEnabled(userId, kind, enabled);
    return c.json({ kinds: await n.preferences(userId) });
  });

  const readLink = (c: Context<AppEnv>) => {
    const userId = c.req.query('u') ?? '';
    const kind = c.req.query('k') ?? '';
    const sig = c.req.query('s') ?? '';
    if (!n.verifyUnsubscribe(userId, kind, sig)) return undefined;
    return { userId, kind };
  };
  const badLink = (c: Context<AppEnv>) =>
    c.html(
      page(
        'This link does not work',
        html`<p>
          The unsubscribe link is incomplete or was changed. Use the link in the newest email, or
          turn emails off under Account in the app.
        </p>`,
      ),
      400,
    );

  // A GET only asks: mail scanners open links, and must not unsubscribe anyone by doing so.
  app.get(NotificationRoutes.unsubscribe, (c) => {
    const link = readLink(c);
    if (!link) return badLink(c);
    const label = NOTIFICATION_LABELS[link.kind];
    return c.html(
      page(
        'Unsubscribe',
        html`<p>Stop emails of this kind: <strong>${label}</strong>?</p>
          <form method="post">
            <button type="submit">Unsubscribe</button>
          </form>`,
      ),
    );
  });

  // The form above, and RFC 8058 one-click POSTs from mail clients (CSRF-exempt: the link is signed).
  app.post(NotificationRoutes.unsubscribe, async (c) => {
    const link = readLink(c);
    if (!link) return badLink(c);
    await n.setEnabled(link.userId, link.kind, false);
    return c.html(
      page(
        'Unsubscribed',
        html`<p>
          You will no longer get emails of this kind:
          <strong>${NOTIFICATION_LABELS[link.kind]}</strong>. You can turn them back on under
          Account in the app.
        </p>`,
      ),
    );
  });

  app.get(NotificationRoutes.reminders, async (c) =>
    c.json({ reminders: await n.listReminders(signedInId(c)) }),
  );

  app.post(NotificationRoutes.reminders, async (c) => {
    const input = await readJson(c, CreateReminderRequestSchema);
    const reminder = orThrow(await n.addReminder(signedInId(c), input));
    return c.json({ reminder }, 201);
  });

  app.delete('/api/reminders/:id', async (c) => {
    const removed = await n.removeReminder(signedInId(c), c.req.param('id'));
    if (!removed) throw new ApiError(ErrorCode.NotFound, 'That reminder was already removed.');
    return c.json({ removed: 1 });
  });

  return app;
}
