// Page model for the Admin area: users (search, role), traffic report.
import type { Page } from 'playwright-core';

export class AdminPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Admin', exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Admin' }).waitFor();
    await this.page.getByRole('heading', { name: 'Users' }).waitFor();
  }

  async searchUser(email: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Email' }).fill(email);
    await this.page.getByRole('button', { name: 'Search' }).click();
    await this.page.getByTestId('admin-users').locator(`tr[data-email="${email}"]`).waitFor();
    await this.page.getByTestId('admin-users').locator('tbody tr').nth(1).waitFor({
      state: 'detached',
    });
  }

  async setRole(email: string, role: string): Promise<void> {
    await this.page.getByLabel(`Role of ${email}`).selectOption(role);
    await this.page.getByText(`${email} is now ${role}.`).waitFor();
  }

  roleOf(email: string): Promise<string> {
    return this.page.getByLabel(`Role of ${email}`).inputValue();
  }

  /** The user's usage table (last 14 days), as rows of cell texts. */
  async usageOf(email: string): Promise<string[][]> {
    await this.page.getByRole('button', { name: `Usage of ${email}` }).click();
    const table = this.page.getByTestId('user-usage').locator('tbody tr');
    await table.first().waitFor();
    const rows: string[][] = [];
    for (const row of await table.all()) rows.push(await row.locator('td').allInnerTexts());
    return rows;
  }

  async openTraffic(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Traffic' }).click();
    await this.page.getByTestId('traffic-days').waitFor();
  }

  /** The last row of the by-day table (today), as column name → text. */
  async today(): Promise<Record<string, string>> {
    const table = this.page.getByTestId('traffic-days');
    const headers = await table.locator('thead th').allInnerTexts();
    const cells = await table.locator('tbody tr').last().locator('td').allInnerTexts();
    return Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? '']));
  }

  /** Requests per route, from the by-route table. */
  async routes(): Promise<Map<string, number>> {
    const rows = await this.page.getByTestId('traffic-routes').locator('tbody tr').all();
    const out = new Map<string, number>();
    for (const row of rows) {
      const cells = await row.locator('td').allInnerTexts();
      out.set(cells[0] ?? '', Number(cells[1]));
    }
    return out;
  }
}
