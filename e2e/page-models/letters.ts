// Page models for an application's cover letter and interview preparation pages.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';

export class CoverLetterPage {
  constructor(readonly page: Page) {}

  /** From the application's page, opens its cover letter. */
  async openFromApplication(): Promise<void> {
    await this.page.getByRole('link', { name: /cover letter/i }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Cover letter' }).waitFor();
  }

  editor(): Locator {
    return this.page.getByRole('textbox', { name: 'Letter text' });
  }

  async setOptions(options: {
    tone: string;
    length: string;
    lead: readonly string[];
  }): Promise<void> {
    await this.page.getByLabel('Tone').selectOption({ label: options.tone });
    await this.page.getByLabel('Length').selectOption({ label: options.length });
    for (const text of options.lead) await this.page.getByRole('checkbox', { name: text }).check();
  }

  async writeWithModel(): Promise<void> {
    await this.page.getByRole('button', { name: 'Write with my model' }).click();
  }

  async writeWithoutModel(): Promise<void> {
    await this.page.getByRole('button', { name: 'Write without a model' }).click();
  }

  /** The status under the editor: "212 words · version 1", "Writing…". */
  status(): Locator {
    return this.page.locator('.letter-toolbar > .muted');
  }

  claims(): Locator {
    return this.page.getByTestId('claim');
  }

  claimReasons(): Locator {
    return this.page.getByTestId('claim-reason');
  }

  versions(): Locator {
    return this.page.getByTestId('letter-version');
  }

  async saveVersion(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save version' }).click();
  }

  /** Clicks a download button and returns the file's name and bytes. */
  async download(
    label: 'PDF' | 'Word (DOCX)' | 'Plain text',
  ): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: `Download ${label}` }).click(),
    ]);
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  }
}

export class InterviewPrepPage {
  constructor(readonly page: Page) {}

  async openFromApplication(): Promise<void> {
    await this.page.getByRole('link', { name: /interview/i }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Interview preparation' }).waitFor();
  }

  group(name: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${name} \\(\\d+\\)$`) });
  }

  questions(): Locator {
    return this.page.getByTestId('prep-question');
  }

  async practise(answer: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Start practice' }).click();
    await this.page.getByLabel('Your answer').fill(answer);
    await this.page.getByRole('button', { name: 'Get feedback' }).click();
    const feedback = this.page.getByTestId('practice-feedback');
    await feedback.waitFor();
    return feedback;
  }
}
