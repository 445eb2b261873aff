// Contract of /api/auth/*: registration, email verification, login with MFA, sessions, TOTP, reset.
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../auth/password-policy';

export const AuthRoutes = {
  /** A CSRF token for this browser's cookies; works even while accounts are unavailable. */
  csrf: '/api/csrf',
  session: '/api/auth/session',
  register: '/api/auth/register',
  verifyEmail: '/api/auth/verify-email',
  resendVerification: '/api/auth/verify-email/resend',
  login: '/api/auth/login',
  loginMfa: '/api/auth/login/mfa',
  loginMfaResend: '/api/auth/login/mfa/resend',
  logout: '/api/auth/logout',
  passwordForgot: '/api/auth/password/forgot',
  passwordReset: '/api/auth/password/reset',
  passwordChange: '/api/auth/password/change',
  sessions: '/api/auth/sessions',
  /** DELETE `${sessions}/:id` revokes one session. */
  sessionById: (id: string) => `/api/auth/sessions/${encodeURIComponent(id)}`,
  sessionsRevokeOthers: '/api/auth/sessions/revoke-others',
  totpSetup: '/api/auth/totp/setup',
  totpEnable: '/api/auth/totp/enable',
  totpDisable: '/api/auth/totp/disable',
  backupCodes: '/api/auth/backup-codes',
  securityEvents: '/api/auth/security-events',
} as const;

/** Cookie names (the browser sees them with the `__Host-` prefix). */
export const AUTH_COOKIES = {
  session: '__Host-cc_session',
  /** Readable by the page: the client echoes it in the X-CSRF-Token header. */
  csrf: '__Host-cc_csrf',
  device: '__Host-cc_device',
} as const;
export const CSRF_HEADER = 'X-CSRF-Token';

export const Role = {
  Free: 'free',
  Pro: 'pro',
  Premium: 'premium',
  Tester: 'tester',
  Admin: 'admin',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES = Object.values(Role) as [Role, ...Role[]];

export const MfaMethod = { Email: 'email', Totp: 'totp', Backup: 'backup' } as const;
export type MfaMethod = (typeof MfaMethod)[keyof typeof MfaMethod];

/** Emails: trimmed, at most 254 characters, one line (no header injection), a plausible address. */
export const EmailSchema = z
  .string()
  .trim()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email('must be an email address like name@example.com'));
/** The length rules live in password-policy; here only a hard cap against oversized input. */
export const PasswordInputSchema = z
  .string()
  .min(1, 'is required')
  .max(PASSWORD_MAX_LENGTH * 4, `must be at most ${PASSWORD_MAX_LENGTH} characters`);
export const OneTimeCodeSchema = z
  .string()
  .transform((v) => v.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, 'must be the 6-digit code'));
export const BackupCodeSchema = z
  .string()
  .transform((v) => v.replace(/[\s-]/g, '').toLowerCase())
  .pipe(z.string().regex(/^[0-9a-z]{10}$/, 'must be a 10-character backup code'));
const ChallengeIdSchema = z.string().regex(/^[a-z0-9_]{1,40}\.[A-Za-z0-9_-]{43}$/, 'is not valid');

export const RegisterRequestSchema = z.object({
  email: EmailSchema,
  password: PasswordInputSchema,
});
export type RegisterRequest = z.infer<typeof RegisterRequestSchema>;
/** The same answer whether or not the address already has an account. */
export const AcceptedResponseSchema = z.object({ status: z.literal('accepted') });
export type AcceptedResponse = z.infer<typeof AcceptedResponseSchema>;

export const VerifyEmailRequestSchema = z.object({ email: EmailSchema, code: OneTimeCodeSchema });
export const ResendRequestSchema = z.object({ email: EmailSchema });

export const LoginRequestSchema = z.object({ email: EmailSchema, password: PasswordInputSchema });
export type LoginRequest = z.infer<typeof LoginRequestSchema>;
export const LoginResponseSchema = z.discriminatedUnion('step', [
  z.object({
    step: z.literal('mfa'),
    challengeId: z.string(),
    methods: z.array(z.enum(MfaMethod)).min(1),
    /** Where the email code went, masked (`j•••@example.com`), when email is a method. */
    sentTo: z.string().optional(),
    expiresAt: z.iso.datetime(),
  }),
  /** The password was right but the address is not verified yet: a new code was sent. */
  z.object({ step: z.literal('verify_email') }),
]);
export type LoginResponse = z.infer<typeof LoginResponseSchema>;

export const MfaRequestSchema = z.discriminatedUnion('method', [
  z.object({ challengeId: ChallengeIdSchema, method: z.literal('email'), code: OneTimeCodeSchema }),
  z.object({ challengeId: ChallengeIdSchema, method: z.literal('totp'), code: OneTimeCodeSchema }),
  z.object({ challengeId: ChallengeIdSchema, method: z.literal('backup'), code: BackupCodeSchema }),
]);
export type MfaRequest = z.input<typeof MfaRequestSchema>;
export const MfaResendRequestSchema = z.object({ challengeId: ChallengeIdSchema });
export const MfaResendResponseSchema = z.object({
  sentTo: z.string(),
  expiresAt: z.iso.datetime(),
});

export const AuthUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(Role),
  createdAt: z.iso.datetime(),
  mfa: z.object({ totp: z.boolean(), backupCodesLeft: z.number().int().min(0) }),
});
export type AuthUser = z.infer<typeof AuthUserSchema>;

export const SessionInfoSchema = z.object({
  id: z.string(),
  current: z.boolean(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime(),
  /** When it ends even if used: the absolute lifetime. */
  expiresAt: z.iso.datetime(),
  ip: z.string(),
  userAgent: z.string(),
});
export type SessionInfo = z.infer<typeof SessionInfoSchema>;

export const SessionResponseSchema = z.discriminatedUnion('authenticated', [
  z.object({ authenticated: z.literal(true), user: AuthUserSchema, csrfToken: z.string() }),
  z.object({ authenticated: z.literal(false), csrfToken: z.string() }),
]);
export type SessionResponse = z.infer<typeof SessionResponseSchema>;
export const CsrfResponseSchema = z.object({ csrfToken: z.string() });

export const ForgotPasswordRequestSchema = z.object({ email: EmailSchema });
export const ResetPasswordRequestSchema = z.object({
  email: EmailSchema,
  code: OneTimeCodeSchema,
  newPassword: PasswordInputSchema,
});
export const ResetPasswordResponseSchema = z.object({ status: z.literal('password_reset') });

export const ChangePasswordRequestSchema = z.object({
  currentPassword: PasswordInputSchema,
  newPassword: PasswordInputSchema,
});
/** Sensitive changes ask for the password again. */
export const ReauthRequestSchema = z.object({ password: PasswordInputSchema });

export const SessionListResponseSchema = z.object({ sessions: z.array(SessionInfoSchema) });
export const RevokedResponseSchema = z.object({ revoked: z.number().int().min(0) });

export const TotpSetupResponseSchema = z.object({
  /** Base32, for typing into an authenticator app by hand. */
  secret: z.string(),
  otpauthUrl: z.string(),
  /** An SVG QR code as a data: URL, rendered on the server (no third party sees the secret). */
  qrDataUrl: z.string().startsWith('data:image/svg+xml;base64,'),
});
export const TotpEnableRequestSchema = z.object({ code: OneTimeCodeSchema });
export const BackupCodesResponseSchema = z.object({ codes: z.array(z.string()).length(10) });

export const SecurityEventType = {
  Registered: 'registered',
  EmailVerified: 'email_verified',
  LoginSucceeded: 'login_succeeded',
  LoginFailed: 'login_failed',
  MfaFailed: 'mfa_failed',
  RateLimited: 'rate_limited',
  NewDevice: 'new_device',
  Logout: 'logout',
  SessionRevoked: 'session_revoked',
  SessionsRevoked: 'sessions_revoked',
  PasswordChanged: 'password_changed',
  PasswordResetRequested: 'password_reset_requested',
  PasswordReset: 'password_reset',
  TotpEnabled: 'totp_enabled',
  TotpDisabled: 'totp_disabled',
  BackupCodesGenerated: 'backup_codes_generated',
  BackupCodeUsed: 'backup_code_used',
  RoleChanged: 'role_changed',
  AccountDeleted: 'account_deleted',
  AccountDisabled: 'account_disabled',
  AccountEnabled: 'account_enabled',
  ApiTokenCreated: 'api_token_created',
  ApiTokenRevoked: 'api_token_revoked',
} as const;
export type SecurityEventType = (typeof SecurityEventType)[keyof typeof SecurityEventType];

export const SecurityEventSchema = z.object({
  type: z.enum(SecurityEventType),
  at: z.iso.datetime(),
  ip: z.string(),
  userAgent: z.string(),
  /** Non-secret context: the MFA method, the new role, the reason for a failure. */
  detail: z.string().optional(),
});
export type SecurityEvent = z.infer<typeof SecurityEventSchema>;
export const SecurityEventsResponseSchema = z.object({ events: z.array(SecurityEventSchema) });
