// Tailoring end to end: a corpus posting and resume, Ollama (a wire-format double) proposing changes,
// the guard flagging an invented one, the user's decisions, and the tailored copy in the library.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOllamaDouble, type OllamaDouble } from '../doubles/ollama';
import { launchBrowser, type Browser } from '../harness/browser';
import { BARRY_FILE, corpusResume, writeResumeBackup } from '../harness/fixtures';
import { CORPUS_DIR } from '../harness/paths';
import { startServer, type RunningServer } from '../harness/server';
import { JobsPage } from '../page-models/jobs';
import { ModelSettingsPage } from '../page-models/model-settings';
import { ResumeEditorPage } from '../page-models/resume-editor';
import { ResumeLibraryPage } from '../page-models/resume-library';
import { SettingsPage } from '../page-models/settings';
import { ShellPage } from '../page-models/shell';
import { TailoringPage } from '../page-models/tailoring';

const BARRY = corpusResume<{ basics: { summary: string } }>(BARRY_FILE);

const NEW_SUMMARY =
  'Front-End Developer who builds intuitive and engaging user interfaces with JavaScript, React and Redux, with a focus on UI/UX design.';
const NEW_ROLE_SUMMARY =
  'Developing intuitive and engaging user interfaces in JavaScript, HTML5 and CSS3 with React and Redux. Working closely with UX designers on responsive and accessible web design. Using Git in agile development, including sprint planning and code reviews. Integrating RESTful APIs with back-end developers.';
const INVENTED =
  'Built a personal expense tracker in React and jQuery used by 10,000 people at Microsoft, with Firebase Auth and Firestore.';

/** What the model answers: two faithful rewrites and one that invents a skill, a number and an employer. */
const TAILORING = JSON.stringify({
  summary: { text: NEW_SUMMARY, reason: 'The posting asks for JavaScript and React first.' },
  rewrites: [
    {
      id: 'work.0.summary',
      text: NEW_ROLE_SUMMARY,
      reason: 'Shows HTML5, CSS3, JavaScript and Git in use, as the posting requires.',
    },
    { id: 'projects.0.description', text: INVENTED, reason: 'jQuery is required.' },
  ],
  skillsOrder: ['JavaScript (ES6+)', 'HTML5', 'CSS3', 'React', 'Git'],
  sectionsToMoveUp: [],
});

const CRITIQUE = JSON.stringify({
  verdict: 'My resume fits this role: I show React and JavaScript at Google, but never jQuery.',
  strengths: ['I build user interfaces with React and Redux at Google.'],
  gaps: ['I do not mention jQuery anywhere.'],
  nextSteps: ['I should show HTML5 and CSS3 in my Google role, not only in my skills list.'],
});

const REFINED_JOB = JSON.stringify({
  title: 'Front End Engineer',
  company: 'Tech Solutions',
  remote: 'None',
  requiredSkills: ['HTML5', 'Snowflake'],
});

describe('tailoring a resume to a job', () => {
  let ollama: OllamaDouble;
  let server: RunningServer;
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cc-e2e-tailor-'));
    ollama = await startOllamaDouble({ delayMs: 5 });
    server = await startServer({ CSP_CONNECT_EXTRA: ollama.origin });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await ollama?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reviews the model’s suggestions, flags the invented one, and saves accepted ones as a new copy', async () => {
    const page = await browser.context.newPage();
    const shell = new ShellPage(page);
    await shell.open(server.url, '/settings');
    expect(
      await new SettingsPage(page).importBackup(
        writeResumeBackup(dir, [{ id: 'r_barry', name: 'Barry — front-end', resume: BARRY }]),
      ),
    ).toMatch(/^Imported 1 /);

    // Without a model: the score and missing terms, straight from the posting.
    await shell.goTo('Jobs');
    const jobs = new JobsPage(page);
    await jobs.addByPasting(
      readFileSync(join(CORPUS_DIR, 'jobs', 'resumematcher_jd_front_end_engineer.txt'), 'utf8'),
    );
    await page.getByTestId('match-score').waitFor();
    const score = await jobs.score();
    expect(score).toBeGreaterThanOrEqual(70);
    expect(await jobs.missingTerms()).toEqual(expect.arrayContaining(['jQuery']));
    const jobUrl = page.url();
    const tailoring = new TailoringPage(page);
    await tailoring.panel().getByText('Tailoring uses a model you choose').waitFor();

    // Choose Ollama (the double) as the best model.
    const settings = new ModelSettingsPage(page);
    await settings.open(server.url);
    await settings.setOllamaAddress(ollama.host);
    await settings.chooseModel('Best model', 'Ollama', 'llama3.2:latest');

    await page.goto(jobUrl);
    // With a model: a short critique in the user's words on top of the analysis.
    ollama.enqueue({ kind: 'stream', text: CRITIQUE });
    await page.getByRole('button', { name: 'Write a short critique' }).click();
    await page.getByTestId('critique').getByText('My resume fits this role').waitFor();

    // The model refines the structured job: it fills what the rules left open and adds nothing
    // the posting does not say (Snowflake).
    ollama.enqueue({ kind: 'stream', text: REFINED_JOB });
    await jobs.structured().getByRole('button', { name: 'Refine with model' }).click();
    const changes = page.getByTestId('refine-changes');
    await changes.getByText('Remote: — → On site').waitFor();
    expect(await changes.textContent()).not.toContain('Snowflake');
    await jobs.structured().getByText('Refined by your model').waitFor();

    ollama.enqueue({ kind: 'stream', text: TAILORING });
    await tailoring.tailor();
    const chat = ollama.requests.filter((r) => r.path === '/api/chat').at(-1);
    expect(chat?.body).toMatchObject({ model: 'llama3.2:latest', format: { type: 'object' } });
    expect(JSON.stringify(chat?.body)).toContain('[work.0.summary]');

    expect(await tailoring.titles()).toEqual([
      'Summary rewrite',
      'Experience · Software Engineer (Front-End), Google',
      'Projects · Personal Expense Tracker',
      'Skills order',
    ]);
    const invented = tailoring.suggestion('Projects · Personal Expense Tracker');
    const flags = invented.getByTestId('guard-flags');
    await flags.getByText('Adds the skill “jQuery”').waitFor();
    await flags.getByText('Adds the number “10,000”').waitFor();
    await flags.getByText('Names the organisation “Microsoft”').waitFor();
    // The rewrite is shown word by word: what goes and what comes in.
    const diff = tailoring.suggestion('Summary rewrite').getByTestId('word-diff');
    expect(await diff.locator('ins').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('JavaScript')]),
    );

    await expect.poll(() => tailoring.scores()).toEqual({ before: score, after: score });
    await tailoring.accept('Summary rewrite');
    await tailoring.accept('Experience · Software Engineer (Front-End), Google');
    await tailoring.reject('Projects · Personal Expense Tracker');
    // HTML5, CSS3 and Git are now shown in use, not only listed: the score follows the decisions.
    await expect.poll(async () => (await tailoring.scores()).after).toBeGreaterThan(score);
    expect((await tailoring.scores()).before).toBe(score);
    const tailored = (await tailoring.scores()).after;

    // A reload loses neither the model's answer nor the decisions.
    await page.reload();
    expect(await tailoring.decision('Summary rewrite')).toBe('Accepted');
    expect(await tailoring.decision('Experience · Software Engineer (Front-End), Google')).toBe(
      'Accepted',
    );
    expect(await tailoring.decision('Projects · Personal Expense Tracker')).toBe('Rejected');
    await tailoring
      .suggestion('Projects · Personal Expense Tracker')
      .getByTestId('guard-flags')
      .waitFor();
    await expect.poll(async () => (await tailoring.scores()).after).toBe(tailored);

    const name = await tailoring.createCopy();
    expect(name).toBe('Barry — front-end — tailored for Front End Engineer at Tech Solutions');

    // The copy is in the library, linked to its base, with the accepted change.
    const library = new ResumeLibraryPage(page);
    await library.open(server.url);
    await library.item(name).getByText('Tailored copy of').waitFor();
    await library.openResume(name);
    const editor = new ResumeEditorPage(page);
    const summary = await editor.expand('Summary');
    expect(await editor.textbox('Summary', summary).inputValue()).toBe(NEW_SUMMARY);
    const copy = await page.evaluate(() => document.body.innerText);
    expect(copy).not.toContain('10,000 people at Microsoft');

    // The base resume is unchanged.
    await library.open(server.url);
    await library.openResume('Barry — front-end');
    const baseSummary = await editor.expand('Summary');
    expect(await editor.textbox('Summary', baseSummary).inputValue()).toBe(BARRY.basics.summary);
    await page.close();
  });
});
