// Jobs and match analysis end to end: a corpus resume imported in Settings, a corpus posting pasted in Jobs.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../harness/browser';
import { corpusResume, writeResumeBackup } from '../harness/fixtures';
import { CORPUS_DIR } from '../harness/paths';
import { startServer, type RunningServer } from '../harness/server';
import { JobsPage } from '../page-models/jobs';
import { SettingsPage } from '../page-models/settings';
import { ShellPage } from '../page-models/shell';

/** A backup file holding two corpus resumes, as the app would export it. */
const writeBackup = (dir: string) =>
  writeResumeBackup(dir, [
    {
      id: 'r_barry',
      name: 'Barry — front-end',
      resume: corpusResume('resumematcher_barry_allen_fe'),
    },
    {
      id: 'r_ebony',
      name: 'Ebony — accounting',
      resume: corpusResume('soupboss_01_accountant_pdf'),
      updatedAt: '2026-11-21T09:00:00.000Z',
    },
  ]);

describe('jobs and match analysis', () => {
  let server: RunningServer;
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cc-e2e-jobs-'));
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('pastes a corpus posting and shows the score, its parts and the missing terms', async () => {
    const page = await browser.context.newPage();
    const shell = new ShellPage(page);
    await shell.open(server.url, '/settings');
    expect(await new SettingsPage(page).importBackup(writeBackup(dir))).toMatch(
      /^Imported 2 records/,
    );

    await shell.goTo('Jobs');
    const jobs = new JobsPage(page);
    const posting = readFileSync(
      join(CORPUS_DIR, 'jobs', 'resumematcher_jd_front_end_engineer.txt'),
      'utf8',
    );
    await jobs.addByPasting(posting);

    expect(await jobs.title().textContent()).toBe('Front End Engineer');
    const structured = jobs.structured();
    await structured.getByText('Tech Solutions').waitFor();
    await structured.getByText('React or Vue or Angular').waitFor();

    // The accountant's resume was edited last, so it is compared first: a poor fit.
    await page.getByTestId('match-score').waitFor();
    const accountantScore = await jobs.score();
    await jobs.chooseResume('Barry — front-end (Barry Allen)');
    await expect.poll(() => jobs.score()).toBeGreaterThan(accountantScore + 40);
    const score = await jobs.score();
    expect(score).toBeGreaterThanOrEqual(70);
    expect(await jobs.scoreExplanation().textContent()).toContain(`so the score is ${score}.`);

    expect(await jobs.missingTerms()).toEqual(expect.arrayContaining(['jQuery']));
    expect(await jobs.matchedTerms()).toEqual(
      expect.arrayContaining(['JavaScript', 'React or Vue or Angular', 'Git']),
    );
    expect(await jobs.parts()).toEqual([
      expect.stringMatching(/^Required skills: [\d.]+ of 35 points$/),
      expect.stringMatching(/^Preferred skills: [\d.]+ of 10 points$/),
      expect.stringMatching(/^Keyword placement: [\d.]+ of 15 points$/),
      expect.stringMatching(/^Title and seniority: [\d.]+ of 15 points$/),
      expect.stringMatching(/^Years of experience: [\d.]+ of 15 points$/),
      expect.stringMatching(/^Education: [\d.]+ of 10 points$/),
    ]);
    // Barry's summary says "I can leverage my knowledge": the pronoun check points at it.
    await page
      .getByRole('list', { name: 'Resume checks' })
      .getByText('First-person pronouns')
      .waitFor();

    // The choice and the job survive a reload: everything is on this device.
    await page.reload();
    await expect.poll(() => jobs.score()).toBe(score);
    await page.close();
  });
});
