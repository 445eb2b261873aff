// The account emails: verification, sign-in code, password reset, "you already have an account" and
// security alerts. Each is rendered from a template and sent in the background, so a slow mail
// server never slows (or, by its timing, reveals) an answer.
import { describeUserAgent } from '@career-copilot/shared/auth/user-agent';
import type { BackgroundTasks } from '../infra/background-tasks';
import type { Clock } from '../infra/clock';
import type { Mailer } from '../infra/mailer';
import type { MailTemplates } from '../infra/mail-templates';
import { CODE_TTL_SECONDS } from './challenges';
import type { ClientContext } from './session-service';

export const SecurityAlert = {
  NewDevice: 'new_device',
  PasswordChanged: 'password_changed',
  PasswordReset: 'password_reset',
  TotpEnabled: 'totp_enabled',
  TotpDisabled: 'totp_disabled',
  BackupCodesGenerated: 'backup_codes_generated',
  AccountDeleted: 'account_deleted',
} as const;
export type SecurityAlert = (typeof SecurityAlert)[keyof typeof SecurityAlert];

const ALERTS: Readonly<
  Record<SecurityAlert, { headline: string; detail: string; advice: string }>
> = {
  new_device: {
    headline: 'New sign-in to your account',
    detail: 'Your account was just signed in to from a device we have not seen before.',
    advice:
      'If this was you, there is nothing to do. If not, change your password now and sign out the devices you do not recognise.',
  },
  password_changed: {
    headline: 'Your password was changed',
    detail: 'The password of your account was changed and your other devices were signed out.',
    advice: 'If you did not do this, reset your password now with "Forgot password".',
  },
  password_reset: {
    headline: 'Your password was reset',
    detail:
      'The password of your account was reset with an emailed code, and every device was signed out.',
    advice:
      'If you did not do this, reset your password again now and check that your email account is secure.',
  },
  totp_enabled: {
    headline: 'Authenticator app sign-in turned on',
    detail: 'Signing in now needs a code from your authenticator app (or a backup code).',
    advice: 'If you did not do this, reset your password now.',
  },
  totp_disabled: {
    headline: 'Authenticator app sign-in turned off',
    detail:
      'Signing in now needs a code sent to this email address instead of your authenticator app.',
    advice:
      'If you did not do this, reset your password now and turn the authenticator app on again.',
  },
  backup_codes_generated: {
    headline: 'New backup codes were created',
    detail: 'A new set of 10 backup codes was created; the previous ones no longer work.',
    advice: 'If you did not do this, reset your password now.',
  },
  account_deleted: {
    headline: 'Your account was deleted',
    detail:
      'Your Career Copilot account and everything the server kept for it were deleted. Data on your devices is untouched.',
    advice: 'If you did not do this, contact us by replying to this email.',
  },
};

export type AuthMail = ReturnType<typeof createAuthMail>;

export function createAuthMail(deps: {
  mailer: Mailer;
  templates: MailTemplates;
  tasks: BackgroundTasks;
  clock: Clock;
  publicOrigin: string;
}) {
  const minutes = String(Math.round(CODE_TTL_SECONDS / 60));
  const when = () =>
    deps.clock
      .now()
      .toISOString()
      .replace('T', ' ')
      .replace(/:\d\d\.\d+Z$/, ' UTC');
  const about = (context: ClientContext) => ({
    ip: context.ip,
    device: describeUserAgent(context.userAgent),
    when: when(),
  });
  const send = (to: string, template: string, vars: Record<string, string>) => {
    deps.tasks.run(`mail:${template}`, async () => {
      const rendered = deps.templates.render(template, { origin: deps.publicOrigin, ...vars });
      await deps.mailer.send({ to, ...rendered });
    });
  };

  return {
    verification: (to: string, code: string) => send(to, 'verify-email', { code, minutes }),
    loginCode: (to: string, code: string, context: ClientContext) =>
      send(to, 'login-code', { code, minutes, ...about(context) }),
    passwordReset: (to: string, code: string, context: ClientContext) => {
      // The code rides in the fragment: browsers never send it to a server or put it in a Referer.
      const link = `${deps.publicOrigin}/account/reset#${new URLSearchParams({ email: to, code })}`;
      send(to, 'password-reset', { code, link, minutes, ...about(context) });
    },
    accountExists: (to: string) => send(to, 'account-exists', {}),
    securityAlert: (to: string, alert: SecurityAlert, context: ClientContext) =>
      send(to, 'security-alert', { ...ALERTS[alert], ...about(context) }),
  };
}
