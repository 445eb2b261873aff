// Notification mail: receipts and plan changes (called by the billing webhook), "allowance nearly
// used up" (called by server inference), and follow-up reminders the user registered. Every kind can
// be turned off per user, from the Account area or a signed one-click link in each mail.
//
// For issue 9 (billing, quotas): call `notifyReceipt`, `notifyPlanChanged` and `notifyQuotaNearlyUsed`
// with the user id; they return at once, skip users who unsubscribed from that kind, and send from
// the background. `notifyQuotaNearlyUsed` sends at most once per user and period.
import { randomBytes } from 'node:crypto';
import {
  MAX_REMINDERS,
  NOTIFICATION_KINDS,
  NotificationKind,
  type Reminder,
} from '@career-copilot/shared/api/notifications';
import { ErrorCode } from '@career-copilot/shared/api/errors';
import { ok, type Result } from '@career-copilot/shared/lib/result';
import type { BackgroundTasks } from '../infra/background-tasks';
import type { Clock } from '../infra/clock';
import type { Logger } from '../infra/logger';
import type { MailTemplates } from '../infra/mail-templates';
import type { Mailer } from '../infra/mailer';
import type { RedisHandle } from '../infra/redis';
import { hmac, safeEqual } from '../infra/secret-keys';
import { fail, type Failure } from './failure';
import { userKeys } from './redis-keys';
import type { UserStore } from './user-store';

/** Sorted set of `${userId} ${reminderId}` scored by when the reminder is due (ms). */
export const REMINDERS_DUE_KEY = 'reminders:due';
/** Reminders go out at 08:00 UTC on their day. */
const SEND_HOUR_UTC = 8;

export type Notifications = ReturnType<typeof createNotifications>;

export function createNotifications(deps: {
  redis: RedisHandle;
  clock: Clock;
  logger: Logger;
  mailer: Mailer;
  templates: MailTemplates;
  tasks: BackgroundTasks;
  users: UserStore;
  publicOrigin: string;
  unsubscribeKey: Buffer;
}) {
  const r = deps.redis.client;

  const signature = (userId: string, kind: NotificationKind) =>
    hmac(deps.unsubscribeKey, `unsubscribe ${userId} ${kind}`).slice(0, 32);

  const unsubscribeUrl = (userId: string, kind: NotificationKind) =>
    `${deps.publicOrigin}/api/notifications/unsubscribe?${new URLSearchParams({
      u: userId,
      k: kind,
      s: signature(userId, kind),
    })}`;

  const isEnabled = async (userId: string, kind: NotificationKind) =>
    (await r.hget(userKeys(userId).unsubscribed, kind)) !== '1';

  /** Renders and sends `template` to the user, unless they turned `kind` off. */
  const send = async (
    userId: string,
    kind: NotificationKind,
    template: string,
    vars: Record<string, string>,
  ): Promise<boolean> => {
    const user = await deps.users.findById(userId);
    if (!user || user.disabled || user.status !== 'active') return false;
    if (!(await isEnabled(userId, kind))) return false;
    const link = unsubscribeUrl(userId, kind);
    const rendered = deps.templates.render(template, {
      origin: deps.publicOrigin,
      unsubscribeUrl: link,
      ...vars,
    });
    await deps.mailer.send({
      to: user.email,
      ...rendered,
      // RFC 8058: mail clients offer a one-click unsubscribe that POSTs to the link.
      headers: {
        'List-Unsubscribe': `<${link}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    });
    return true;
  };
  const inBackground = (
    name: string,
    userId: string,
    kind: NotificationKind,
    template: string,
    vars: Record<string, string>,
  ) => {
    deps.tasks.run(`notify:${name}`, async () => {
      await send(userId, kind, template, vars);
    });
  };

  /**
   * Sends every reminder that is due, at most `batch` per call. Each is claimed with ZREM first,
   * so several server processes sweeping at once never send one twice. Returns how many went out.
   */
  const sweepDueReminders = async (batch = 200): Promise<number> => {
    const now = deps.clock.now().getTime();
    const due = await r.zrangebyscore(REMINDERS_DUE_KEY, '-inf', now, 'LIMIT', 0, batch);
    let sent = 0;
    for (const member of due) {
      if ((await r.zrem(REMINDERS_DUE_KEY, member)) !== 1) continue;
      const [userId = '', id = ''] = member.split(' ');
      const key = userKeys(userId).reminders;
      const json = await r.hget(key, id);
      if (!json) continue;
      await r.hdel(key, id);
      const reminder = JSON.parse(json) as Reminder;
      try {
        const delivered = await send(userId, NotificationKind.FollowUps, 'follow-up-reminder', {
          jobTitle: reminder.jobTitle,
          due: reminder.due,
        });
        if (delivered) sent += 1;
      } catch (error) {
        deps.logger.warn('follow-up reminder not sent', {
          userId,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
    return sent;
  };

  return {
    unsubscribeUrl,
    sweepDueReminders,

    /** True when the link's signature is right for this user and kind. */
    verifyUnsubscribe: (userId: string, kind: string, sig: string): kind is NotificationKind =>
      (NOTIFICATION_KINDS as readonly string[]).includes(kind) &&
      safeEqual(sig, signature(userId, kind as NotificationKind)),

    preferences: async (userId: string): Promise<Record<NotificationKind, boolean>> => {
      const off = await r.hgetall(userKeys(userId).unsubscribed);
      return Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, off[k] !== '1'])) as Record<
        NotificationKind,
        boolean
      >;
    },

    setEnabled: async (userId: string, kind: NotificationKind, enabled: boolean) => {
      const key = userKeys(userId).unsubscribed;
      if (enabled) await r.hdel(key, kind);
      else await r.hset(key, kind, '1');
    },

    /** Billing webhook: a payment went through. `amount` is formatted ("€9.00"). */
    notifyReceipt: (
      userId: string,
      receipt: { plan: string; amount: string; paidAt: Date; invoiceUrl: string },
    ) =>
      inBackground('receipt', userId, NotificationKind.Receipts, 'receipt', {
        plan: receipt.plan,
        amount: receipt.amount,
        paidAt: receipt.paidAt.toISOString().slice(0, 10),
        invoiceUrl: receipt.invoiceUrl,
      }),

    /** Billing webhook: the plan changed (upgrade, downgrade, cancellation taking effect). */
    notifyPlanChanged: (
      userId: string,
      change: { previousPlan: string; plan: string; effective: Date },
    ) =>
      inBackground('plan-changed', userId, NotificationKind.PlanChanges, 'plan-changed', {
        previousPlan: change.previousPlan,
        plan: change.plan,
        effective: change.effective.toISOString().slice(0, 10),
      }),

    /**
     * Server inference: the user crossed `percent` of this period's allowance. Sent once per user
     * and `periodId` (e.g. the period's start day), however often it is called.
     */
    notifyQuotaNearlyUsed: (
      userId: string,
      quota: { percent: number; plan: string; resetsOn: Date; periodId: string },
    ) => {
      deps.tasks.run('notify:quota', async () => {
        // Kept in the user's notification hash, so it goes with the account.
        const field = `sent:quota:${quota.periodId.slice(0, 40)}`;
        if ((await r.hsetnx(userKeys(userId).unsubscribed, field, '1')) !== 1) return;
        await send(userId, NotificationKind.Quota, 'quota-nearly-used', {
          percent: String(Math.round(quota.percent)),
          plan: quota.plan,
          resetsOn: quota.resetsOn.toISOString().slice(0, 10),
        });
      });
    },

    listReminders: async (userId: string): Promise<Reminder[]> => {
      const all = await r.hgetall(userKeys(userId).reminders);
      return Object.values(all)
        .map((json) => JSON.parse(json) as Reminder)
        .sort((a, b) => a.due.localeCompare(b.due) || a.createdAt.localeCompare(b.createdAt));
    },

    addReminder: async (
      userId: string,
      input: { jobTitle: string; due: string },
    ): Promise<Result<Reminder, Failure>> => {
      const today = deps.clock.now().toISOString().slice(0, 10);
      if (input.due < today) {
        return fail(ErrorCode.ValidationFailed, 'Choose a day from today on for the reminder.');
      }
      const yearAhead = new Date(deps.clock.now().getTime() + 366 * 86_400_000);
      if (input.due > yearAhead.toISOString().slice(0, 10)) {
        return fail(ErrorCode.ValidationFailed, 'Choose a day within a year for the reminder.');
      }
      const key = userKeys(userId).reminders;
      if ((await r.hlen(key)) >= MAX_REMINDERS) {
        return fail(
          ErrorCode.Conflict,
          `You have ${MAX_REMINDERS} reminders waiting, the most we keep. Remove some first.`,
        );
      }
      const reminder: Reminder = {
        id: randomBytes(6).toString('hex'),
        jobTitle: input.jobTitle,
        due: input.due,
        createdAt: deps.clock.now().toISOString(),
      };
      const dueAt = Date.parse(`${input.due}T00:00:00Z`) + SEND_HOUR_UTC * 3_600_000;
      await r.hset(key, reminder.id, JSON.stringify(reminder));
      await r.zadd(REMINDERS_DUE_KEY, dueAt, `${userId} ${reminder.id}`);
      return ok(reminder);
    },

    /** The due-index entries of the user's reminders, to remove with the account. */
    dueEntries: async (userId: string): Promise<string[]> =>
      (await r.hkeys(userKeys(userId).reminders)).map((id) => `${userId} ${id}`),

    forgetDueEntries: async (entries: readonly string[]) => {
      if (entries.length > 0) await r.zrem(REMINDERS_DUE_KEY, ...entries);
    },

    removeReminder: async (userId: string, id: string): Promise<boolean> => {
      if (!/^[0-9a-f]{12}$/.test(id)) return false;
      const removed = await r.hdel(userKeys(userId).reminders, id);
      await r.zrem(REMINDERS_DUE_KEY, `${userId} ${id}`);
      return removed === 1;
    },

    /** Runs the sweeper every `everyMs` until stopped (main.ts). */
    startReminderSweeper: (everyMs = 60_000): (() => void) => {
      let running = false;
      const timer = setInterval(() => {
        if (running || !deps.redis.isReady()) return;
        running = true;
        void sweepDueReminders()
          .catch((error: unknown) =>
            deps.logger.warn('reminder sweep failed', {
              error: error instanceof Error ? error.message : String(error),
            }),
          )
          .finally(() => {
            running = false;
          });
      }, everyMs);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}
