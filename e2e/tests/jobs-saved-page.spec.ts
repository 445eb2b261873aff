// Importing a job board page the user saved from the browser: the posting, its company and address, then the match.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savedPagePath } from '../../shared/test/pages';
import { launchBrowser, type Browser } from '../harness/browser';
import { BARRY_FILE, corpusResume, writeResumeBackup } from '../harness/fixtures';
import { startServer, type RunningServer } from '../harness/server';
import { JobsPage } from '../page-models/jobs';
import { SettingsPage } from '../page-models/settings';
import { ShellPage } from '../page-models/shell';

describe('importing a saved job page', () => {
  let server: RunningServer;
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cc-e2e-saved-page-'));
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reads the posting from the page’s JobPosting data and scores a resume against it', async () => {
    const page = await browser.context.newPage();
    const shell = new ShellPage(page);
    await shell.open(server.url, '/settings');
    const backup = writeResumeBackup(dir, [
      { id: 'r_barry', name: 'Barry — front-end', resume: corpusResume(BARRY_FILE) },
    ]);
    expect(await new SettingsPage(page).importBackup(backup)).toMatch(/^Imported 1 record/);

    await shell.goTo('Jobs');
    const jobs = new JobsPage(page);
    await jobs.addByImporting(savedPagePath('board-json-ld'));

    expect(await jobs.title().textContent()).toBe('Senior Platform Engineer');
    const structured = jobs.structured();
    await structured.getByText('Northwind Labs').first().waitFor();
    await structured.getByText('Kubernetes').first().waitFor();
    await page.getByTestId('match-score').waitFor();
    const score = await jobs.score();
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);
    expect(await jobs.scoreExplanation().textContent()).toMatch(new RegExp(` ${score}\\.$`));
    expect(await jobs.missingTerms()).toEqual(expect.arrayContaining(['Kubernetes']));

    // The stored posting is the page's text, with the address it was saved from.
    await page.getByText('Original posting').click();
    const original = await page.getByTestId('original-posting').textContent();
    expect(original).toMatch(/^Senior Platform Engineer\nCompany: Northwind Labs\n/);
    expect(original).not.toContain('<');
    await page
      .getByText('exactly as saved from https://boards.example-ats.com/northwind/jobs/4812937002')
      .waitFor();
    await page.close();
  });

  it('names the problem when the “page” is a PDF renamed .html, and saves nothing', async () => {
    const page = await browser.context.newPage();
    const shell = new ShellPage(page);
    await shell.open(server.url, '/jobs');
    // The job imported above is listed once; the bad file must not add another.
    const saved = page.getByRole('link', { name: 'Senior Platform Engineer' });
    await saved.waitFor();
    const fake = join(dir, 'posting.html');
    writeFileSync(fake, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4000, 0xff)]));
    await new JobsPage(page).chooseFileToImport(fake);
    await page
      .getByRole('alert')
      .getByText('“posting.html”: This file is not a web page: it holds binary data', {
        exact: false,
      })
      .waitFor();
    expect(page.url()).toMatch(/\/jobs$/);
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByRole('listitem').count()).toBe(1);
    expect(await saved.count()).toBe(1);
    await page.close();
  });
});
