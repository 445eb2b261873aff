// Every mail template with sample values, for the admin preview: what each kind of mail looks like.
export type MailPreviewEntry = {
  readonly description: string;
  readonly sample: Readonly<Record<string, string>>;
};

const ABOUT = { ip: '203.0.113.7', device: 'Firefox on Linux', when: '2026-01-31 09:15 UTC' };
const UNSUBSCRIBE = {
  unsubscribeUrl: 'https://example.com/api/notifications/unsubscribe?t=sample',
};

export const MAIL_PREVIEWS: Readonly<Record<string, MailPreviewEntry>> = {
  'verify-email': {
    description: 'Verification code after registering',
    sample: { code: '123456', minutes: '15' },
  },
  'login-code': {
    description: 'Second-step sign-in code',
    sample: { code: '123456', minutes: '15', ...ABOUT },
  },
  'password-reset': {
    description: 'Password reset link and code',
    sample: {
      code: '123456',
      minutes: '15',
      link: 'https://example.com/account/reset#…',
      ...ABOUT,
    },
  },
  'account-exists': {
    description: 'Someone tried to register an address that has an account',
    sample: {},
  },
  'security-alert': {
    description: 'Security alert (new device, password changed, …)',
    sample: {
      headline: 'New sign-in to your account',
      detail: 'Your account was signed in to from a device we have not seen before.',
      advice: 'If this was not you, change your password now.',
      ...ABOUT,
    },
  },
  receipt: {
    description: 'Payment receipt (billing webhook)',
    sample: {
      plan: 'Premium',
      amount: '€9.00',
      paidAt: '2026-01-31',
      invoiceUrl: 'https://example.com/invoice/sample',
      ...UNSUBSCRIBE,
    },
  },
  'plan-changed': {
    description: 'Plan changed (upgrade, downgrade, cancellation)',
    sample: { previousPlan: 'Pro', plan: 'Premium', effective: '2026-01-31', ...UNSUBSCRIBE },
  },
  'quota-nearly-used': {
    description: 'Server AI allowance nearly used up',
    sample: { percent: '90', plan: 'Premium', resetsOn: '2026-02-01', ...UNSUBSCRIBE },
  },
  'follow-up-reminder': {
    description: 'Follow-up reminder for an application the user opted in',
    sample: { jobTitle: 'Senior Frontend Engineer at Example', due: '2026-01-31', ...UNSUBSCRIBE },
  },
};
