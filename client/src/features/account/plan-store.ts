// The Plan and usage section's state: the account's plan and subscription, today's server usage and
// the last days of it; actions that send the browser to Stripe Checkout or the customer portal.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import {
  AiQuotaResponseSchema,
  AiRoutes,
  type AiQuotaResponse,
} from '@career-copilot/shared/api/ai';
import {
  BillingRoutes,
  BillingStatusResponseSchema,
  RedirectResponseSchema,
  type BillingStatusResponse,
} from '@career-copilot/shared/api/billing';
import { ErrorCode } from '@career-copilot/shared/api/errors';
import type { PaidPlanId } from '@career-copilot/shared/billing/plans';
import { err, ok } from '@career-copilot/shared/lib/result';
import { apiRequest } from '../../api/client';
import { failureMessage } from './account-messages';
import { signedOutLocally, type Outcome } from './account-store';

type PlanState = {
  readonly billing: BillingStatusResponse | undefined;
  /** Undefined while loading; `off` when the server offers no server models. */
  readonly usage: AiQuotaResponse | 'off' | undefined;
  readonly loadError: string | undefined;
};

const initial: PlanState = { billing: undefined, usage: undefined, loadError: undefined };

export const planStore = createStore<PlanState>()(() => initial);
export const usePlan = <T>(select: (s: PlanState) => T) => useStore(planStore, select);

export function resetPlan(): void {
  planStore.setState(initial);
}

export async function loadPlan(): Promise<void> {
  const [billing, usage] = await Promise.all([
    apiRequest(BillingRoutes.status, { schema: BillingStatusResponseSchema }),
    apiRequest(AiRoutes.quota, { schema: AiQuotaResponseSchema }),
  ]);
  if (!billing.ok) {
    if (billing.error.code === ErrorCode.Unauthenticated) signedOutLocally();
    return void planStore.setState({ loadError: failureMessage(billing.error) });
  }
  planStore.setState({
    billing: billing.value,
    usage: usage.ok ? usage.value : 'off',
    loadError: undefined,
  });
}

/** The URL the browser should go to next, or why not. */
async function redirectTo(path: string, body: unknown): Promise<Outcome<string>> {
  const result = await apiRequest(path, { method: 'POST', body, schema: RedirectResponseSchema });
  if (!result.ok) return err(failureMessage(result.error));
  return ok(result.value.url);
}

export const startCheckout = (plan: PaidPlanId) => redirectTo(BillingRoutes.checkout, { plan });
export const openBillingPortal = () => redirectTo(BillingRoutes.portal, {});
