// Which accounts get Premium features. One function, so issue 9's plan resolver (Stripe
// subscriptions) replaces the rule in one place.
import { Role } from '@career-copilot/shared/api/auth';
import type { UserRecord } from './user-store';

const PREMIUM_ROLES: ReadonlySet<Role> = new Set([Role.Premium, Role.Admin, Role.Tester]);

export function hasPremiumAccess(user: Pick<UserRecord, 'role'>): boolean {
  return PREMIUM_ROLES.has(user.role);
}
