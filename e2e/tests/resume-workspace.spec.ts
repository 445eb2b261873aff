// The resume workspace end to end: build a resume from scratch, switch templates, download PDF and
// DOCX (read back), keep editing offline, and never lose edits to a second tab or a crashed one.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParagraphs, readDocx } from '../../client/test/docx-text';
import { allLinks, extractPdf, streamText } from '../../client/test/pdf-text';
import { launchBrowser, type Browser } from '../harness/browser';
import { ARTIFACTS } from '../harness/paths';
import { startServer, type RunningServer } from '../harness/server';
import { ResumeEditorPage } from '../page-models/resume-editor';
import { ResumeLibraryPage } from '../page-models/resume-library';
import { ShellPage } from '../page-models/shell';

const TEMPLATES = [
  ['classic', 'Classic'],
  ['modern', 'Modern'],
  ['compact', 'Compact'],
  ['executive', 'Executive'],
  ['sidebar', 'Sidebar'],
  ['split', 'Split'],
] as const;

async function downloaded(editor: ResumeEditorPage, label: string): Promise<Uint8Array> {
  const download = await editor.download(label);
  const path = await download.path();
  return new Uint8Array(readFileSync(path));
}

describe('resume workspace', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser({ locale: 'en-GB' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('builds a resume from scratch, switches templates and downloads a PDF and a DOCX that read back', async () => {
    const page = await browser.context.newPage();
    const library = new ResumeLibraryPage(page);
    const editor = new ResumeEditorPage(page);
    await library.open(server.url);
    await library.create('Backend roles');

    await editor.fillBasics({
      'Full name': 'Ada Lovelace',
      Headline: 'Senior Backend Engineer',
      Email: 'ada@example.com',
      Phone: '+44 20 7946 0958',
      City: 'London',
    });
    const summary = await editor.expand('Summary');
    await editor.textbox('Summary', summary).fill('Engineer who ships reliable <systems>.');
    await editor.addWork({
      position: 'Staff Engineer',
      company: 'Analytical Engines',
      start: 'Mar 2021',
      highlights: ['Cut p99 latency 43% by moving to Envoy', 'Mentored eight engineers'],
    });
    await editor.addWork({
      position: 'Software Engineer',
      company: 'Difference Ltd',
      start: '2017-06',
      end: '02/2021',
      highlights: ['Built the billing pipeline'],
    });
    await editor.addEducation('B.Sc.', 'Mathematics', 'University of London', '2017');
    await editor.addSkillGroup('Languages', 'Go, TypeScript, AWS (EC2, S3)');
    // Dates typed freely come back normalised.
    await expect
      .poll(() =>
        editor
          .section('Experience')
          .getByRole('textbox', { name: 'End', exact: true })
          .last()
          .inputValue(),
      )
      .toBe('Feb 2021');

    // Reorder by keyboard: move the second job above the first.
    await editor
      .section('Experience')
      .getByRole('button', { name: 'Reorder Software Engineer at Difference Ltd' })
      .press('ArrowUp');
    await expect
      .poll(() => editor.section('Experience').locator('.entry-toggle').allTextContents())
      .toEqual(['Software Engineer at Difference Ltd', 'Staff Engineer at Analytical Engines']);
    await page.keyboard.press('Control+z');
    await expect
      .poll(() => editor.section('Experience').locator('.entry-toggle').allTextContents())
      .toEqual(['Staff Engineer at Analytical Engines', 'Software Engineer at Difference Ltd']);
    // And by drag and drop: the Skills section dragged above Education, then put back with Undo.
    await editor.collapseAll();
    await editor.dragSection('Skills', 'Education');
    await expect
      .poll(async () => (await editor.sectionOrder()).slice(0, 5))
      .toEqual(['Summary', 'Experience', 'Projects', 'Skills', 'Education']);
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await editor.sectionOrder()).slice(0, 5))
      .toEqual(['Summary', 'Experience', 'Projects', 'Education', 'Skills']);

    const shots = join(ARTIFACTS, 'templates');
    mkdirSync(shots, { recursive: true });
    for (const [id, name] of TEMPLATES) {
      await editor.chooseTemplate(name);
      await editor.waitForPreview(id, 'Ada Lovelace');
      await editor
        .preview()
        .locator('svg')
        .first()
        .screenshot({ path: join(shots, `${id}.png`) });
    }
    await editor.chooseTemplate('Sidebar');
    await editor.waitForPreview('sidebar', 'Ada Lovelace');
    await editor.waitUntilSaved();

    const pdf = await extractPdf(await downloaded(editor, 'PDF'));
    expect(pdf.pages[0]?.items.find((i) => i.str.trim())?.str).toBe('Ada Lovelace');
    const text = streamText(pdf);
    for (const s of [
      'Senior Backend Engineer',
      'Engineer who ships reliable <systems>.',
      'Staff Engineer',
      'Analytical Engines',
      'Mar 2021 – Present',
      'Cut p99 latency 43% by moving to Envoy',
      'Jun 2017 – Feb 2021',
      'B.Sc., Mathematics',
      'Languages: Go, TypeScript, AWS (EC2, S3)',
    ]) {
      expect(text).toContain(s);
    }
    expect(text.indexOf('Staff Engineer')).toBeLessThan(text.indexOf('Software Engineer'));
    expect(allLinks(pdf)).toEqual(
      expect.arrayContaining(['mailto:ada@example.com', 'tel:+442079460958']),
    );
    expect(pdf.pages.every((p) => p.imageOps === 0 && p.textOps > 0)).toBe(true);

    const docx = await downloaded(editor, 'Word (DOCX)');
    expect(docx.byteLength).toBeGreaterThan(2000);
    const { document } = readDocx(docx);
    const paragraphs = docxParagraphs(document);
    expect(paragraphs[0]).toBe('Ada Lovelace');
    expect(paragraphs).toContain('Staff Engineer, Analytical Engines\tMar 2021 – Present');
    expect(paragraphs).toContain('Cut p99 latency 43% by moving to Envoy');

    const json = JSON.parse(new TextDecoder().decode(await downloaded(editor, 'JSON Resume')));
    expect(json.basics.name).toBe('Ada Lovelace');
    expect(json.work[0]).toMatchObject({ position: 'Staff Engineer', startDate: '2021-03' });
    expect(json.work[1]).toMatchObject({ startDate: '2017-06', endDate: '2021-02' });
    expect(json.meta.template.id).toBe('sidebar');
    await page.close();
  });

  it('duplicates as a linked tailored copy, searches, and deletes with undo', async () => {
    const page = await browser.context.newPage();
    const library = new ResumeLibraryPage(page);
    const editor = new ResumeEditorPage(page);
    await library.open(server.url);
    await library.create('Data roles');
    await editor.fillBasics({ 'Full name': 'Katherine Johnson', Headline: 'Orbital mechanics' });
    await editor.waitUntilSaved();
    await library.open(server.url);
    await library.duplicate('Data roles');
    await expect
      .poll(() => library.item('Tailored copy of Data roles').textContent())
      .toContain('Tailored copy of Data roles');
    await library.search('orbital johnson');
    await expect.poll(() => library.names()).toEqual(['Tailored copy of Data roles', 'Data roles']);
    await library.search('no such thing');
    await expect.poll(() => library.items().count()).toBe(0);
    await library.search('');
    await library.delete('Tailored copy of Data roles');
    await expect.poll(() => library.names()).not.toContain('Tailored copy of Data roles');
    await library.undoDelete();
    await expect.poll(() => library.names()).toContain('Tailored copy of Data roles');
    await page.close();
  });

  it('tells the second tab when the first one saved, and never saves over it', async () => {
    const first = new ResumeEditorPage(await browser.context.newPage());
    const library = new ResumeLibraryPage(first.page);
    await library.open(server.url);
    await library.create('Shared resume');
    await first.fillBasics({ 'Full name': 'Mary Somerville' });
    await first.waitUntilSaved();
    const id = first.resumeId();
    const second = new ResumeEditorPage(await browser.context.newPage());
    await second.open(server.url, id);

    // The second tab has nothing unsaved, so it follows the first at once.
    await first.page.getByLabel('Headline', { exact: true }).fill('Principal Engineer');
    await first.waitUntilSaved();
    await expect
      .poll(() => second.page.getByLabel('Headline', { exact: true }).inputValue())
      .toBe('Principal Engineer');
    await second.page.getByText('Updated with changes saved in another tab.').waitFor();

    // Both type; the first saves first, so the second must stop and ask.
    await first.page.getByLabel('City', { exact: true }).fill('Cambridge');
    await second.page.getByLabel('City', { exact: true }).fill('Oxford');
    await second.conflictNotice().waitFor();
    expect(await second.saveState()).toBe('conflict');
    await first.waitUntilSaved();
    await first.page.reload();
    await first.page.getByLabel('City').waitFor();
    expect(await first.page.getByLabel('City', { exact: true }).inputValue()).toBe('Cambridge');

    await second.conflictNotice().getByRole('button', { name: 'Keep both' }).click();
    await second.waitUntilSaved();
    expect(await second.page.getByLabel('City', { exact: true }).inputValue()).toBe('Cambridge');
    await library.open(server.url);
    await expect.poll(() => library.names()).toContain('Shared resume (my version)');
    await first.page.close();
    await second.page.close();
  });

  it('loses nothing when the tab crashes right after typing', async () => {
    const editor = new ResumeEditorPage(await browser.context.newPage());
    const library = new ResumeLibraryPage(editor.page);
    await library.open(server.url);
    await library.create('Crash test');
    const id = editor.resumeId();
    await editor.page.getByLabel('Region', { exact: true }).fill('Greater London');
    await editor.waitUntilSaved();
    // Kill the renderer the way a crash does: no unload events, no chance to save anything more.
    const cdp = await editor.page.context().newCDPSession(editor.page);
    const crashed = new Promise((resolve) => editor.page.once('crash', resolve));
    void cdp.send('Page.crash').catch(() => {});
    await crashed;

    const reopened = new ResumeEditorPage(await browser.context.newPage());
    await reopened.open(server.url, id);
    expect(await reopened.page.getByLabel('Region', { exact: true }).inputValue()).toBe(
      'Greater London',
    );
    await reopened.page.close();
  });
});

describe('offline', () => {
  it('reloads the editor with no network and keeps editing, previewing and exporting', async () => {
    const server = await startServer();
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      const shell = new ShellPage(page);
      const library = new ResumeLibraryPage(page);
      const editor = new ResumeEditorPage(page);
      await library.open(server.url);
      await shell.waitForServiceWorker();
      await library.create('Offline resume');
      await editor.fillBasics({ 'Full name': 'Grace Hopper' });
      await editor.waitForPreview('classic', 'Grace Hopper');
      await editor.waitUntilSaved();

      await server.stop();
      await browser.context.setOffline(true);
      await page.reload();
      await page.getByTestId('offline-banner').waitFor();
      await editor.fillBasics({ Headline: 'Rear Admiral' });
      await editor.waitUntilSaved();
      await editor.chooseTemplate('Modern');
      await editor.waitForPreview('modern', 'Rear Admiral');
      const pdf = await extractPdf(await downloaded(editor, 'PDF'));
      expect(streamText(pdf)).toContain('Grace Hopper Rear Admiral');

      await page.reload();
      await page.getByLabel('Headline').waitFor();
      expect(await page.getByLabel('Headline', { exact: true }).inputValue()).toBe('Rear Admiral');
    } finally {
      await browser.close();
      await server.stop();
    }
  });
});
