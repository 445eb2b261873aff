// Page model for the Jobs area: adding a posting, the structured job, and the match panel.
import type { Locator, Page } from 'playwright-core';

export class JobsPage {
  constructor(readonly page: Page) {}

  /** Pastes a posting on the Jobs list and saves it; resolves on the job's own page. */
  async addByPasting(text: string): Promise<void> {
    await this.add({ posting: text });
  }

  /** Adds a posting, optionally naming its title and company; resolves on the job's own page. */
  async add(input: { posting: string; title?: string; company?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a job' }).first().click();
    if (input.title) await this.page.getByLabel('Job title').fill(input.title);
    if (input.company) await this.page.getByLabel('Company').fill(input.company);
    await this.page.getByLabel('Job posting').fill(input.posting);
    await this.page.getByRole('button', { name: 'Save job' }).click();
    await this.page.getByRole('region', { name: 'How well you match' }).waitFor();
  }

  /**
   * Imports a file through the add form's file chooser (a saved web page, text or a JSON Resume
   * job); resolves on the job's own page.
   */
  async addByImporting(path: string): Promise<void> {
    await this.chooseFileToImport(path);
    await this.page.getByRole('region', { name: 'How well you match' }).waitFor();
  }

  /** Opens the add form and picks a file in its file chooser, waiting for nothing after. */
  async chooseFileToImport(path: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a job' }).first().click();
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: /^Import a file/ }).click();
    await (await chooser).setFiles(path);
  }

  title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  structured(): Locator {
    return this.page.getByRole('region', { name: 'The job, as read from the posting' });
  }

  async chooseResume(label: string): Promise<void> {
    await this.page.getByLabel('Compare with resume').selectOption({ label });
  }

  async score(): Promise<number> {
    return Number(await this.page.getByTestId('match-score').textContent());
  }

  scoreExplanation(): Locator {
    return this.page.getByTestId('score-explanation');
  }

  /** The requirement names listed as missing, in order. */
  async missingTerms(): Promise<string[]> {
    return this.page
      .getByRole('region', { name: 'Missing terms' })
      .locator('.term-name')
      .allTextContents();
  }

  async matchedTerms(): Promise<string[]> {
    return this.page
      .getByRole('region', { name: 'Matched terms' })
      .locator('.term-name')
      .allTextContents();
  }

  /** The score parts as "Label: n of m points" lines. */
  async parts(): Promise<string[]> {
    const rows = this.page.getByRole('list', { name: 'Score parts' }).locator('.match-part-head');
    return rows.evaluateAll((heads) =>
      heads.map((h) => Array.from(h.children, (c) => c.textContent?.trim()).join(': ')),
    );
  }
}
