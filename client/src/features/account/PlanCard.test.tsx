import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AiQuotaResponse } from '@career-copilot/shared/api/ai';
import type { BillingStatusResponse } from '@career-copilot/shared/api/billing';
import { PlanCard } from './components/PlanCard';
import { UsageCard } from './components/UsageCard';
import { planStore, resetPlan } from './plan-store';

const billing = (over: Partial<BillingStatusResponse> = {}): BillingStatusResponse => ({
  configured: true,
  plan: 'free',
  grantedByRole: false,
  canManage: false,
  ...over,
});

const usage = (over: Partial<AiQuotaResponse> = {}): AiQuotaResponse => ({
  plan: 'free',
  periodEnd: '2026-03-11T00:00:00.000Z',
  tokensUsed: 1_250,
  tokensLimit: 20_000,
  requestsUsed: 3,
  requestsLimit: 10,
  requestsPerMinute: 3,
  agents: false,
  days: [
    { day: '2026-03-09', requests: 2, inputTokens: 800, outputTokens: 120 },
    { day: '2026-03-10', requests: 3, inputTokens: 1_000, outputTokens: 250 },
  ],
  models: [],
  ...over,
});

afterEach(() => act(() => resetPlan()));

describe('Account → Plan', () => {
  it('offers Pro and Premium to a Free account, with their prices', () => {
    act(() => planStore.setState({ billing: billing() }));
    render(<PlanCard />);
    expect(screen.getByTestId('current-plan').textContent).toBe('Free');
    expect(screen.getByRole('button', { name: 'Upgrade to Pro' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Upgrade to Premium' })).toBeTruthy();
    expect(screen.getByText(/Pro · \$9\.99\/month/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Manage billing' })).toBeNull();
  });

  it('sends a subscriber to the portal instead, and warns after a failed payment', () => {
    act(() =>
      planStore.setState({
        billing: billing({
          plan: 'pro',
          canManage: true,
          subscription: {
            plan: 'pro',
            status: 'past_due',
            cancelAtPeriodEnd: false,
            graceUntil: '2026-03-17T10:00:00.000Z',
          },
        }),
      }),
    );
    render(<PlanCard />);
    expect(screen.queryByRole('button', { name: /Upgrade/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Manage billing' })).toBeTruthy();
    expect(screen.getByTestId('subscription-status').textContent).toMatch(
      /Your last payment failed\. Pro stays on until/,
    );
  });

  it('says plainly when this server sells no plans', () => {
    act(() => planStore.setState({ billing: billing({ configured: false }) }));
    render(<PlanCard />);
    expect(screen.getByText(/billing is not configured/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Upgrade/ })).toBeNull();
  });
});

describe('Account → Server model usage', () => {
  it('shows today against the allowance and the last days', () => {
    act(() => planStore.setState({ usage: usage() }));
    render(<UsageCard />);
    expect(screen.getByTestId('usage-requests').textContent).toBe('3');
    expect(screen.getByText(/of 10 used · 7 left/)).toBeTruthy();
    expect(screen.getByText(/of 20,000 used · 18,750 left/)).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(3);
  });

  it('points a Free user who used the day up at an upgrade', () => {
    act(() => planStore.setState({ usage: usage({ requestsUsed: 10 }) }));
    render(<UsageCard />);
    expect(screen.getByRole('status').textContent).toMatch(/used up\. Upgrade above for more/);
  });
});
