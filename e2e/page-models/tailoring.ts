// Page model for tailoring in the job view: run the model, review suggestions, save the tailored copy.
import type { Locator, Page } from 'playwright-core';

export class TailoringPage {
  constructor(readonly page: Page) {}

  panel(): Locator {
    return this.page.getByRole('region', { name: 'Tailor your resume' });
  }

  /** Clicks Tailor and waits for the suggestions (or a failure message). */
  async tailor(): Promise<void> {
    await this.panel().getByRole('button', { name: 'Tailor', exact: true }).click();
    await this.panel()
      .getByRole('list', { name: 'Suggestions' })
      .or(this.panel().getByTestId('tailor-error'))
      .waitFor({ timeout: 20_000 });
  }

  suggestions(): Locator {
    return this.panel().getByRole('list', { name: 'Suggestions' }).getByTestId('suggestion');
  }

  suggestion(title: string): Locator {
    return this.panel().getByRole('listitem', { name: title, exact: true });
  }

  async titles(): Promise<string[]> {
    return this.suggestions().evaluateAll((items) =>
      items.map((i) => i.getAttribute('aria-label') ?? ''),
    );
  }

  async accept(title: string): Promise<void> {
    const item = this.suggestion(title);
    await item.getByRole('button', { name: /^Accept/ }).click();
    await item.getByTestId('suggestion-state').getByText('Accepted').waitFor();
  }

  async reject(title: string): Promise<void> {
    const item = this.suggestion(title);
    await item.getByRole('button', { name: 'Reject' }).click();
    await item.getByTestId('suggestion-state').getByText('Rejected').waitFor();
  }

  /** "Accepted", "Rejected" or the undecided state, as the suggestion shows it. */
  async decision(title: string): Promise<string> {
    const state = this.suggestion(title).getByTestId('suggestion-state');
    await state.waitFor();
    return ((await state.textContent()) ?? '').trim();
  }

  async scores(): Promise<{ before: number; after: number }> {
    return {
      before: Number(await this.panel().getByTestId('tailor-score-before').textContent()),
      after: Number(await this.panel().getByTestId('tailor-score-after').textContent()),
    };
  }

  /** Creates the tailored copy and returns its name as the panel links it. */
  async createCopy(): Promise<string> {
    await this.panel().getByRole('button', { name: 'Create tailored copy' }).click();
    const link = this.panel().getByTestId('tailored-copy').getByRole('link');
    await link.waitFor();
    return (await link.textContent()) ?? '';
  }
}
