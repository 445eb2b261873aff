// The first admin, from the command line: promotes an existing account, or creates a verified one
// with a password the operator chose (or a generated one, shown once). Every change is logged.
import { randomBytes } from 'node:crypto';
import { EmailSchema, Role, SecurityEventType } from '@career-copilot/shared/api/auth';
import { PASSWORD_PROBLEM_MESSAGES } from '@career-copilot/shared/auth/password-policy';
import { err, ok, type Result } from '@career-copilot/shared/lib/result';
import type { CommonPasswordList } from '../infra/common-passwords';
import type { PasswordHasher } from '../infra/password-hasher';
import { findPasswordProblem } from './password-rules';
import type { SecurityLog } from './security-log';
import { UserStatus, type UserStore } from './user-store';

export type BootstrapDeps = {
  readonly users: UserStore;
  readonly securityLog: SecurityLog;
  readonly hasher: PasswordHasher;
  readonly commonPasswords: CommonPasswordList;
};

export type BootstrapOutcome =
  | { readonly kind: 'promoted'; readonly email: string; readonly previous: Role }
  | { readonly kind: 'already-admin'; readonly email: string }
  | { readonly kind: 'created'; readonly email: string; readonly generatedPassword?: string };

const CLI_CONTEXT = { ip: 'cli', userAgent: 'admin:create' };

/** A readable random password: five groups of five lowercase letters and digits. */
export function generatePassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(25);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return chars.match(/.{5}/g)!.join('-');
}

export async function createOrPromoteAdmin(
  deps: BootstrapDeps,
  rawEmail: string,
  password: string | undefined,
): Promise<Result<BootstrapOutcome, string>> {
  const parsed = EmailSchema.safeParse(rawEmail);
  if (!parsed.success) return err(`"${rawEmail}" is not an email address like name@example.com.`);
  const email = parsed.data;
  const existing = await deps.users.findByEmail(email);
  if (existing) {
    if (existing.role === Role.Admin && existing.status === UserStatus.Active) {
      return ok({ kind: 'already-admin', email: existing.email });
    }
    // The operator vouches for the address, so a pending account is activated with the promotion.
    if (existing.status === UserStatus.Pending) await deps.users.activate(existing);
    if (existing.role !== Role.Admin) {
      await deps.users.setRole(existing.id, Role.Admin);
      await deps.securityLog.record({
        type: SecurityEventType.RoleChanged,
        userId: existing.id,
        detail: `${existing.role}->${Role.Admin}`,
        ...CLI_CONTEXT,
      });
    }
    return ok({ kind: 'promoted', email: existing.email, previous: existing.role });
  }
  const generated = password === undefined ? generatePassword() : undefined;
  const chosen = password ?? generated!;
  const problem = findPasswordProblem(chosen, email, deps.commonPasswords);
  if (problem) return err(`That password cannot be used: ${PASSWORD_PROBLEM_MESSAGES[problem]}`);
  const hashed = await deps.hasher.hash(chosen);
  if (!hashed.ok) return err('The server is too busy to hash a password right now; try again.');
  const created = await deps.users.create({ email, passwordHash: hashed.value });
  if (!created.ok) return err(`${email} was registered by someone else a moment ago; run again.`);
  await deps.users.activate(created.value);
  await deps.users.setRole(created.value.id, Role.Admin);
  await deps.securityLog.record({
    type: SecurityEventType.Registered,
    userId: created.value.id,
    detail: 'admin:create',
    ...CLI_CONTEXT,
  });
  await deps.securityLog.record({
    type: SecurityEventType.RoleChanged,
    userId: created.value.id,
    detail: `${Role.Free}->${Role.Admin}`,
    ...CLI_CONTEXT,
  });
  return ok({
    kind: 'created',
    email,
    ...(generated ? { generatedPassword: generated } : {}),
  });
}
