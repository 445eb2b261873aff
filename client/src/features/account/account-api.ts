// The account endpoints, typed by the shared contract; every call goes through the API client.
import type { z } from 'zod';
import {
  AcceptedResponseSchema,
  AuthRoutes,
  BackupCodesResponseSchema,
  LoginResponseSchema,
  MfaResendResponseSchema,
  ResetPasswordResponseSchema,
  RevokedResponseSchema,
  SecurityEventsResponseSchema,
  SessionListResponseSchema,
  SessionResponseSchema,
  TotpSetupResponseSchema,
  type MfaMethod,
} from '@career-copilot/shared/api/auth';
import { DeleteAccountResponseSchema, UsersRoutes } from '@career-copilot/shared/api/users';
import { apiRequest } from '../../api/client';

const post = <S extends z.ZodType>(path: string, body: unknown, schema: S) =>
  apiRequest(path, { method: 'POST', body, schema });

export const accountApi = {
  session: () => apiRequest(AuthRoutes.session, { schema: SessionResponseSchema }),
  register: (email: string, password: string) =>
    post(AuthRoutes.register, { email, password }, AcceptedResponseSchema),
  verifyEmail: (email: string, code: string) =>
    post(AuthRoutes.verifyEmail, { email, code }, SessionResponseSchema),
  resendVerification: (email: string) =>
    post(AuthRoutes.resendVerification, { email }, AcceptedResponseSchema),
  login: (email: string, password: string) =>
    post(AuthRoutes.login, { email, password }, LoginResponseSchema),
  loginMfa: (challengeId: string, method: MfaMethod, code: string) =>
    post(AuthRoutes.loginMfa, { challengeId, method, code }, SessionResponseSchema),
  resendLoginCode: (challengeId: string) =>
    post(AuthRoutes.loginMfaResend, { challengeId }, MfaResendResponseSchema),
  logout: () => post(AuthRoutes.logout, {}, SessionResponseSchema),
  forgotPassword: (email: string) =>
    post(AuthRoutes.passwordForgot, { email }, AcceptedResponseSchema),
  resetPassword: (email: string, code: string, newPassword: string) =>
    post(AuthRoutes.passwordReset, { email, code, newPassword }, ResetPasswordResponseSchema),
  changePassword: (currentPassword: string, newPassword: string) =>
    post(AuthRoutes.passwordChange, { currentPassword, newPassword }, SessionResponseSchema),
  sessions: () => apiRequest(AuthRoutes.sessions, { schema: SessionListResponseSchema }),
  revokeSession: (id: string) =>
    apiRequest(AuthRoutes.sessionById(id), { method: 'DELETE', schema: RevokedResponseSchema }),
  revokeOtherSessions: () => post(AuthRoutes.sessionsRevokeOthers, {}, RevokedResponseSchema),
  startTotp: () => post(AuthRoutes.totpSetup, {}, TotpSetupResponseSchema),
  enableTotp: (code: string) => post(AuthRoutes.totpEnable, { code }, BackupCodesResponseSchema),
  disableTotp: (password: string) =>
    post(AuthRoutes.totpDisable, { password }, SessionResponseSchema),
  regenerateBackupCodes: (password: string) =>
    post(AuthRoutes.backupCodes, { password }, BackupCodesResponseSchema),
  securityEvents: () =>
    apiRequest(AuthRoutes.securityEvents, { schema: SecurityEventsResponseSchema }),
  deleteAccount: (password: string) =>
    apiRequest(UsersRoutes.me, {
      method: 'DELETE',
      body: { password },
      schema: DeleteAccountResponseSchema,
    }),
};
