// Contract of /api/users/*: the signed-in user's own record, and deleting it with all its server data.
import { z } from 'zod';
import { AuthUserSchema, ReauthRequestSchema } from './auth';

export const UsersRoutes = { me: '/api/users/me' } as const;

export const MeResponseSchema = AuthUserSchema;
export type MeResponse = z.infer<typeof MeResponseSchema>;

/** DELETE /api/users/me asks for the password again. */
export const DeleteAccountRequestSchema = ReauthRequestSchema;
export const DeleteAccountResponseSchema = z.object({ status: z.literal('deleted') });
