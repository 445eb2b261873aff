// Page model for Settings → Models: providers, the fast/best model choice and the try-it panel.
import type { Locator, Page } from 'playwright-core';

export class ModelSettingsPage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/settings`);
    await this.page.getByRole('heading', { level: 2, name: 'Models' }).waitFor();
  }

  provider(id: string): Locator {
    return this.page.getByTestId(`provider-${id}`);
  }

  async expand(id: string, label: string): Promise<Locator> {
    const card = this.provider(id);
    if (!(await card.evaluate((el) => (el as HTMLDetailsElement).open)))
      await card.locator('summary').getByText(label, { exact: true }).click();
    return card;
  }

  async setOllamaAddress(address: string): Promise<void> {
    const card = await this.expand('ollama', 'Ollama');
    await card.getByLabel('Ollama address').fill(address);
    await card.getByRole('button', { name: 'Save address' }).click();
    await card
      .getByRole('button', { name: 'Save address' })
      .and(this.page.locator(':disabled'))
      .waitFor();
  }

  /** Clicks Test connection and returns what the app says. */
  async testConnection(id: string): Promise<string> {
    const card = this.provider(id);
    const status = card.getByTestId(`${id}-status`);
    await card.getByRole('button', { name: 'Test connection' }).click();
    await card.getByRole('button', { name: 'Test connection' }).waitFor();
    await status.waitFor();
    return (await status.textContent()) ?? '';
  }

  async chooseModel(
    tier: 'Fast model' | 'Best model',
    provider: string,
    model: string,
  ): Promise<void> {
    const form = this.page.getByRole('form', { name: tier });
    await form.getByLabel('Provider').selectOption({ label: provider });
    await form.getByLabel('Model').fill(model);
    await form.getByRole('button', { name: 'Use this model' }).click();
    await form.getByText(`Now: ${provider} · ${model}`).waitFor();
  }

  async send(prompt: string): Promise<void> {
    await this.page.getByLabel('Prompt').fill(prompt);
    await this.page.getByRole('button', { name: 'Send' }).click();
  }

  async stop(): Promise<void> {
    await this.page.getByRole('button', { name: 'Stop' }).click();
  }

  output(): Locator {
    return this.page.getByTestId('try-it-output');
  }

  status(): Locator {
    return this.page.getByTestId('try-it-status');
  }

  usageRow(provider: string): Locator {
    return this.page.getByTestId('usage-table').getByRole('row', { name: new RegExp(provider) });
  }
}
