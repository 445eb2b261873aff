// Page model for importing a resume: the drop zone, the file picker, pasted text, the review screen.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Page } from 'playwright-core';

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json',
};

export class ImportPage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/resumes/import`);
    await this.page.getByRole('heading', { level: 1, name: 'Import a resume' }).waitFor();
  }

  /** Picks a file with the drop zone's file input. */
  async chooseFile(path: string): Promise<void> {
    await this.page.getByLabel('Resume file', { exact: true }).setInputFiles(path);
  }

  /** Drops a file on the first drop zone on the page, the way a desktop drag and drop does. */
  async dropFile(
    path: string,
    bytes: Uint8Array = new Uint8Array(readFileSync(path)),
  ): Promise<void> {
    const name = basename(path);
    const type = MIME[name.split('.').pop() ?? ''] ?? 'application/octet-stream';
    const zone = this.page.getByTestId('resume-drop-zone').first();
    await zone.evaluate(
      (element, file) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
        for (const type of ['dragenter', 'dragover', 'drop']) {
          element.dispatchEvent(
            new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }),
          );
        }
      },
      { bytes: [...bytes], name, type },
    );
  }

  async waitForReview(): Promise<void> {
    await this.page.getByRole('region', { name: 'About you' }).waitFor({ timeout: 30_000 });
  }

  /** The value of a field on the review screen's "About you" card. */
  async basicsField(label: string): Promise<string> {
    return this.page
      .getByRole('region', { name: 'About you' })
      .getByLabel(label, { exact: true })
      .first()
      .inputValue();
  }

  async setBasicsField(label: string, value: string): Promise<void> {
    const field = this.page
      .getByRole('region', { name: 'About you' })
      .getByLabel(label, { exact: true })
      .first();
    await field.fill(value);
    await field.blur();
  }

  sectionSource(section: string) {
    return this.page
      .getByRole('region', { name: section })
      .getByRole('complementary', { name: 'From your file' });
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save resume' }).click();
    await this.page.waitForURL(/\/resumes$/);
  }

  error() {
    return this.page.getByRole('alert').first();
  }
}
