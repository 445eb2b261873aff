// Page model for the resume editor: fields, entries, templates, the preview, saving and downloads.
import type { Download, Locator, Page } from 'playwright-core';

export type WorkEntry = {
  readonly position: string;
  readonly company: string;
  readonly start: string;
  readonly end?: string;
  readonly highlights: readonly string[];
};

export class ResumeEditorPage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string, resumeId: string): Promise<void> {
    await this.page.goto(`${baseUrl}/resumes/${resumeId}`);
    await this.page.getByLabel('Full name').waitFor();
  }

  /** The id in the address bar (/resumes/:id). */
  resumeId(): string {
    return new URL(this.page.url()).pathname.split('/').pop() ?? '';
  }

  textbox(name: string, scope: Locator | Page = this.page): Locator {
    return scope.getByRole('textbox', { name, exact: true });
  }

  async fillBasics(fields: Readonly<Record<string, string>>): Promise<void> {
    for (const [label, value] of Object.entries(fields))
      await this.page.getByLabel(label, { exact: true }).fill(value);
  }

  section(title: string): Locator {
    return this.page.getByRole('region', { name: `${title} section` });
  }

  /** Opens a section's body if it is collapsed. */
  async expand(title: string): Promise<Locator> {
    const section = this.section(title);
    const toggle = section.getByRole('button', { name: /^Edit/ });
    if (await toggle.isVisible()) await toggle.click();
    return section;
  }

  /** Collapses every open section, so the whole section list fits on screen. */
  async collapseAll(): Promise<void> {
    const open = this.page
      .getByRole('list', { name: 'Sections in print order' })
      .getByRole('button', { name: 'Collapse' });
    while ((await open.count()) > 0) await open.first().click();
  }

  /** Section titles in print order, as the editor lists them. */
  sectionOrder(): Promise<string[]> {
    return this.page
      .getByRole('list', { name: 'Sections in print order' })
      .locator(':scope > li input.section-title')
      .evaluateAll((inputs) =>
        inputs.map((i) => (i as HTMLInputElement).value || (i as HTMLInputElement).placeholder),
      );
  }

  /** Drags a section by its handle onto another section's place. */
  async dragSection(title: string, onto: string): Promise<void> {
    const target = this.page
      .getByRole('list', { name: 'Sections in print order' })
      .locator(':scope > li')
      .filter({ has: this.section(onto) });
    await this.page
      .getByRole('button', { name: `Reorder ${title} section` })
      .dragTo(target, { targetPosition: { x: 40, y: 12 } });
  }

  async addWork(entry: WorkEntry): Promise<void> {
    const section = await this.expand('Experience');
    await section.getByRole('button', { name: 'Add position' }).click();
    const body = section.locator('.entry-body').last();
    await this.textbox('Position', body).fill(entry.position);
    await this.textbox('Company', body).fill(entry.company);
    await this.textbox('Start', body).fill(entry.start);
    await this.textbox('End', body).fill(entry.end ?? 'present');
    await this.textbox('Highlights', body).fill(entry.highlights.join('\n'));
    await this.textbox('Location', body).click();
  }

  async addSkillGroup(name: string, skills: string): Promise<void> {
    const section = await this.expand('Skills');
    await section.getByRole('button', { name: 'Add skill group' }).click();
    const body = section.locator('.entry-body').last();
    await this.textbox('Skill group', body).fill(name);
    await this.textbox('Skills', body).fill(skills);
  }

  async addEducation(degree: string, area: string, school: string, end: string): Promise<void> {
    const section = await this.expand('Education');
    await section.getByRole('button', { name: 'Add education' }).click();
    const body = section.locator('.entry-body').last();
    await this.textbox('Degree', body).fill(degree);
    await this.textbox('Field of study', body).fill(area);
    await this.textbox('School', body).fill(school);
    await this.textbox('End', body).fill(end);
    await this.textbox('Degree', body).click();
  }

  async chooseTemplate(name: string): Promise<void> {
    await this.page.locator('label.template-option', { hasText: name }).click();
  }

  preview(): Locator {
    return this.page.getByTestId('resume-preview');
  }

  /** Waits until the preview shows the template and the text. */
  async waitForPreview(templateId: string, text: string): Promise<void> {
    await this.page
      .locator(`[data-testid="resume-preview"][data-template="${templateId}"]`)
      .waitFor();
    await this.preview().getByText(text, { exact: true }).first().waitFor();
  }

  saveState(): Promise<string | null> {
    return this.page.getByTestId('save-status').getAttribute('data-state');
  }

  async waitUntilSaved(): Promise<void> {
    await this.page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
  }

  /** Clicks a download button and returns the file the browser saved. */
  async download(label: string): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page
        .getByRole('region', { name: 'Download' })
        .getByRole('button', { name: label, exact: true })
        .click(),
    ]);
    return download;
  }

  conflictNotice(): Locator {
    return this.page.getByTestId('conflict-notice');
  }
}
