// Which accounts get Premium features: those whose effective plan (subscription or role, see
// effectivePlan in shared/src/billing/plans.ts) is Premium right now.
import type { Clock } from '../infra/clock';
import { accountPlan } from './billing';
import type { BillingStore } from './billing-store';
import type { UserRecord } from './user-store';

export type PlanAccessDeps = { readonly billingStore: BillingStore; readonly clock: Clock };

export async function hasPremiumAccess(deps: PlanAccessDeps, user: UserRecord): Promise<boolean> {
  return (await accountPlan(deps, user)).plan === 'premium';
}
