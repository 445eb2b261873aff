// Page model for Account → Plan and usage: the current plan, upgrading through Checkout, today's usage.
import type { Page } from 'playwright-core';

export class PlanPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/account`);
    await this.page.getByTestId('current-plan').waitFor();
  }

  currentPlan(): Promise<string> {
    return this.page.getByTestId('current-plan').innerText();
  }

  /** Clicks Upgrade and waits for the browser to land on the (test double's) Checkout page. */
  async upgradeTo(plan: 'Pro' | 'Premium'): Promise<void> {
    await this.page.getByRole('button', { name: `Upgrade to ${plan}` }).click();
    await this.page.getByRole('heading', { name: 'Stripe test checkout' }).waitFor();
  }

  /** Pays on the Checkout page; Stripe sends the webhooks and redirects back to Account. */
  async pay(): Promise<void> {
    await this.page.getByRole('button', { name: 'Pay and subscribe' }).click();
    await this.page.waitForURL(`${this.baseUrl}/account**`);
  }

  async waitForPlan(label: string): Promise<void> {
    await this.page
      .getByTestId('current-plan')
      .getByText(label, { exact: true })
      .waitFor({ timeout: 15_000 });
  }

  async requestsToday(): Promise<string> {
    return this.page.getByTestId('usage-requests').innerText();
  }

  async refreshUsage(): Promise<void> {
    await this.page.getByTestId('usage-card').getByRole('button', { name: 'Refresh' }).click();
  }
}
