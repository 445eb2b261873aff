// Page model for the resume library: create, find, duplicate, rename and delete resumes.
import type { Locator, Page } from 'playwright-core';

export class ResumeLibraryPage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/resumes`);
    await this.page.getByRole('heading', { level: 1, name: 'Resumes' }).waitFor();
  }

  /** Creates a blank resume and waits for its editor. */
  async create(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New resume' }).first().click();
    await this.page.getByRole('dialog').getByLabel('Name in your library').fill(name);
    await this.page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
  }

  /** Opens a resume's editor from its title link. */
  async openResume(name: string): Promise<void> {
    await this.page
      .locator('a.list-item-title', { hasText: name })
      .filter({ hasText: new RegExp(`^${name}$`) })
      .click();
    await this.page.getByLabel('Full name').waitFor();
  }

  items(): Locator {
    return this.page.getByTestId('resume-item');
  }

  item(name: string): Locator {
    return this.items().filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async names(): Promise<string[]> {
    return this.page
      .getByRole('list', { name: 'Resumes' })
      .locator('.list-item-title')
      .allTextContents();
  }

  async search(query: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search resumes' }).fill(query);
  }

  async duplicate(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Make a tailored copy of ${name}` }).click();
    await this.page.getByRole('link', { name: `Tailored copy of ${name}`, exact: true }).waitFor();
  }

  async delete(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Delete ${name}` }).click();
  }

  async undoDelete(): Promise<void> {
    await this.page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  }
}
