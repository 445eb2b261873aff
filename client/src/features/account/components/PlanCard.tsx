// Plan and billing: the current plan and where it comes from, upgrade through Stripe Checkout, and
// changes or cancelling in Stripe's customer portal.
import { useState } from 'react';
import {
  formatPrice,
  PAID_PLAN_IDS,
  PLANS,
  type PaidPlanId,
} from '@career-copilot/shared/billing/plans';
import { Button } from '../../../ui/Button';
import { showError } from '../../../ui/toast-store';
import { formatDateTime } from '../../../lib/format';
import { openBillingPortal, startCheckout, usePlan } from '../plan-store';

/** Leaving the app for Stripe's pages (a real navigation, so tests can replace it). */
function goTo(url: string): void {
  window.location.assign(url);
}

export function PlanCard() {
  const billing = usePlan((s) => s.billing);
  const loadError = usePlan((s) => s.loadError);
  const [busy, setBusy] = useState<PaidPlanId | 'portal' | undefined>(undefined);

  async function onUpgrade(plan: PaidPlanId) {
    setBusy(plan);
    const outcome = await startCheckout(plan);
    if (!outcome.ok) {
      setBusy(undefined);
      return void showError(outcome.error);
    }
    goTo(outcome.value);
  }

  async function onManage() {
    setBusy('portal');
    const outcome = await openBillingPortal();
    if (!outcome.ok) {
      setBusy(undefined);
      return void showError(outcome.error);
    }
    goTo(outcome.value);
  }

  if (loadError) {
    return (
      <section className="card" aria-labelledby="plan-heading">
        <h2 id="plan-heading">Plan</h2>
        <p role="alert">{loadError}</p>
      </section>
    );
  }
  const current = billing ? PLANS[billing.plan] : undefined;
  const sub = billing?.subscription;
  const subscribed =
    sub !== undefined && sub.status !== 'canceled' && sub.status !== 'incomplete_expired';
  return (
    <section className="card" aria-labelledby="plan-heading" data-testid="plan-card">
      <h2 id="plan-heading">Plan</h2>
      {!billing || !current ? <p className="muted">Loading…</p> : null}
      {billing && current ? (
        <>
          <p>
            Your plan: <strong data-testid="current-plan">{current.label}</strong>{' '}
            <span className="muted">({formatPrice(current)})</span>
            {billing.grantedByRole ? (
              <span className="badge badge-success">granted to your account</span>
            ) : null}
          </p>
          <p className="muted">{current.summary}</p>
          {sub && subscribed ? (
            <p data-testid="subscription-status">
              {sub.status === 'past_due'
                ? `Your last payment failed. ${PLANS[sub.plan].label} stays on${sub.graceUntil ? ` until ${formatDateTime(sub.graceUntil)}` : ''}; update your card in “Manage billing” to keep it.`
                : sub.cancelAtPeriodEnd && sub.currentPeriodEnd
                  ? `${PLANS[sub.plan].label} ends on ${formatDateTime(sub.currentPeriodEnd)}.`
                  : sub.currentPeriodEnd
                    ? `${PLANS[sub.plan].label} renews on ${formatDateTime(sub.currentPeriodEnd)}.`
                    : `${PLANS[sub.plan].label} subscription active.`}
            </p>
          ) : null}
          {!billing.configured ? (
            <p className="muted" role="status">
              Plans cannot be bought on this server (billing is not configured).
            </p>
          ) : null}
          {billing.configured && !subscribed ? (
            <ul className="list" data-testid="plan-offers">
              {PAID_PLAN_IDS.filter((id) => PLANS[id].priceCents > current.priceCents).map((id) => (
                <li key={id} className="list-item">
                  <div className="list-item-main">
                    <div className="list-item-title">
                      {PLANS[id].label} · {formatPrice(PLANS[id])}
                    </div>
                    <div className="muted">
                      {PLANS[id].summary} {PLANS[id].dailyRequests.toLocaleString('en-US')} server
                      requests a day.
                    </div>
                  </div>
                  <Button
                    variant="primary"
                    size="sm"
                    disabled={busy !== undefined}
                    onClick={() => void onUpgrade(id)}
                  >
                    {busy === id ? 'Opening checkout…' : `Upgrade to ${PLANS[id].label}`}
                  </Button>
                </li>
              ))}
            </ul>
          ) : null}
          {billing.canManage ? (
            <div className="actions">
              <Button disabled={busy !== undefined} onClick={() => void onManage()}>
                {busy === 'portal' ? 'Opening…' : 'Manage billing'}
              </Button>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
