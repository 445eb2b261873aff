// Page model for Settings: importing a backup file through the real file picker.
import type { Page } from 'playwright-core';

export class SettingsPage {
  constructor(readonly page: Page) {}

  /** Imports a backup file (merging), and waits for the toast that reports it. */
  async importBackup(path: string): Promise<string> {
    await this.page.getByLabel('Backup file to import').setInputFiles(path);
    await this.page
      .getByRole('dialog', { name: 'Import backup' })
      .getByRole('button', { name: 'Import' })
      .click();
    const toast = this.page.getByText(/^Imported \d+ record/);
    await toast.waitFor();
    return (await toast.textContent()) ?? '';
  }
}
