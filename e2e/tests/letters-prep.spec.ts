// Cover letters and interview prep end to end: an application from a job, a letter streamed from the Ollama
// double with an invented claim flagged, an edited version saved and exported, interview prep with one
// practice answer, then the application moved through stages and its interview exported as .ics.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { nodeParseAdapters } from '@career-copilot/shared/node/parse-file';
import { extractPdf } from '@career-copilot/shared/parse/pdf/extract';
import { startOllamaDouble, type OllamaDouble } from '../doubles/ollama';
import { launchBrowser, type Browser } from '../harness/browser';
import { writeResumeBackup } from '../harness/fixtures';
import { startServer, type RunningServer } from '../harness/server';
import { CoverLetterPage, InterviewPrepPage } from '../page-models/letters';
import { ModelSettingsPage } from '../page-models/model-settings';
import { SettingsPage } from '../page-models/settings';
import { ShellPage } from '../page-models/shell';
import { TrackerPage } from '../page-models/tracker';

const POSTING = `Senior Backend Engineer at Northwind Labs, Berlin (Hybrid).

Responsibilities
- Design and build reliable APIs in TypeScript and Node.js
- Own PostgreSQL schemas and query performance
- Mentor engineers and review code

Requirements
- 5+ years of backend development experience
- Strong TypeScript and Node.js
- PostgreSQL
- Experience with Kubernetes`;

const RESUME = {
  basics: { name: 'Ada Moreno', label: 'Backend Engineer', email: 'ada@example.com' },
  work: [
    {
      name: 'Acme Freight',
      position: 'Backend Engineer',
      startDate: '2021-03',
      highlights: [
        'Cut API latency by 40% by redesigning PostgreSQL indexes',
        'Built a TypeScript and Node.js billing service handling 2M requests a day',
        'Mentored 3 junior engineers through code review and pairing',
      ],
    },
    {
      name: 'Globex',
      position: 'Software Developer',
      startDate: '2018-01',
      endDate: '2020-02',
      highlights: ['Migrated nightly batch jobs to an event-driven Python pipeline'],
    },
  ],
  education: [{ institution: 'University of Leeds', studyType: 'BSc', area: 'Computer Science' }],
  skills: [{ name: 'Backend', keywords: ['TypeScript', 'Node.js', 'PostgreSQL', 'Python'] }],
  meta: { template: { id: 'modern' } },
};

const INVENTED = 'Before that, at Google, I led a team of 400 engineers.';
const LETTER = `Dear Northwind Labs hiring team,

I am applying for the Senior Backend Engineer role. At Acme Freight I cut API latency by 40% by redesigning PostgreSQL indexes, and I built a TypeScript and Node.js billing service handling 2M requests a day. ${INVENTED}

I have mentored 3 junior engineers through code review and pairing, which is much of what your posting asks for.

Thank you for considering my application.

Sincerely,
Ada Moreno`;

async function pdfText(bytes: Buffer): Promise<string> {
  const extracted = await extractPdf(nodeParseAdapters.pdfjs, new Uint8Array(bytes), {
    ...(nodeParseAdapters.pdfOptions ? { documentOptions: nodeParseAdapters.pdfOptions } : {}),
  });
  if (!extracted.ok) throw new Error(extracted.error.message);
  return extracted.value.pages.flatMap((p) => p.items.map((i) => i.text)).join(' ');
}

describe('cover letters and interview prep', () => {
  let ollama: OllamaDouble;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let tracker: TrackerPage;
  let dir: string;
  let applicationUrl: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cc-e2e-letters-'));
    ollama = await startOllamaDouble({ delayMs: 40 });
    server = await startServer({ CSP_CONNECT_EXTRA: ollama.origin });
    browser = await launchBrowser({ timezoneId: 'Europe/Paris' });
    page = await browser.context.newPage();
    tracker = new TrackerPage(page, server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await ollama?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('streams a letter from Ollama, flags the invented claim, saves an edit and exports it', async () => {
    const shell = new ShellPage(page);
    await shell.open(server.url, '/settings');
    expect(
      await new SettingsPage(page).importBackup(
        writeResumeBackup(dir, [
          {
            id: 'r_ada',
            name: 'Ada — backend',
            resume: RESUME,
            updatedAt: '2026-11-24T09:00:00.000Z',
          },
        ]),
      ),
    ).toMatch(/^Imported 1 record/);
    const models = new ModelSettingsPage(page);
    await models.open(server.url);
    await models.setOllamaAddress(ollama.host);
    await models.chooseModel('Best model', 'Ollama', 'llama3.2:latest');

    await tracker.addJob('Senior Backend Engineer', 'Northwind Labs', POSTING);
    await tracker.trackApplication('Senior Backend Engineer — Northwind Labs');
    applicationUrl = page.url();

    const letter = new CoverLetterPage(page);
    await letter.openFromApplication();
    await letter.setOptions({
      tone: 'Warm',
      length: 'Short (about 150 words)',
      lead: ['Mentored 3 junior engineers through code review and pairing'],
    });
    ollama.enqueue({ kind: 'stream', text: `Here is your cover letter:\n\n${LETTER}` });
    await letter.writeWithModel();
    // It streams: the editor fills while the model is still writing.
    await expect.poll(() => letter.editor().inputValue()).toMatch(/Dear Northwind/);
    expect(await letter.status().textContent()).toBe('Writing…');
    expect(await letter.editor().inputValue()).not.toContain('Sincerely');
    await letter
      .status()
      .getByText(/ · version 1$/)
      .waitFor({ timeout: 20_000 });
    expect(await letter.editor().inputValue()).toBe(LETTER);

    const chat = ollama.requests.filter((r) => r.path === '/api/chat').at(-1);
    const sent = chat?.body as { messages: Array<{ content: string }> };
    expect(sent.messages[0]?.content).toMatch(/warm and personable/);
    expect(sent.messages[1]?.content).toContain(
      '- Mentored 3 junior engineers through code review and pairing',
    );

    expect(await letter.claims().allTextContents()).toEqual(['Google1', '4002']);
    expect(await letter.claimReasons().allTextContents()).toEqual([
      'Google: Names the organisation “Google”, which is not in your resume, your notes or the posting.',
      '400: Adds the number “400”, which is not in your resume, your notes or the posting.',
    ]);

    const edited = LETTER.replace(` ${INVENTED}`, '');
    await letter.editor().fill(edited);
    await letter
      .status()
      .getByText(/not saved$/)
      .waitFor();
    await letter.saveVersion();
    await letter
      .status()
      .getByText(/ · version 2$/)
      .waitFor();
    await page
      .getByRole('heading', { name: 'Every claim is backed by your resume or the posting' })
      .waitFor();
    expect(await letter.versions().allTextContents()).toEqual([
      expect.stringMatching(/^Version 2 · your edit/),
      expect.stringMatching(/^Version 1 · written by your model \(Ollama.* · llama3\.2:latest\)/),
    ]);
    const removed = (await page.getByTestId('letter-diff').locator('del').allTextContents()).join(
      '',
    );
    expect(removed).toMatch(/^Before that, at Google, .*led a team of 400 engineers\./s);
    expect(await page.getByTestId('letter-diff').locator('ins').count()).toBe(0);

    const text = await letter.download('Plain text');
    expect(text.name).toBe('Ada-Moreno-cover-letter-Northwind-Labs.txt');
    expect(text.bytes.toString('utf8')).toBe(`${edited}\n`);
    const pdf = await letter.download('PDF');
    expect(pdf.name).toBe('Ada-Moreno-cover-letter-Northwind-Labs.pdf');
    const printed = await pdfText(pdf.bytes);
    expect(printed).toMatch(/^Ada Moreno Backend Engineer ada@example\.com/);
    expect(printed).toContain('Dear Northwind Labs hiring team,');
    expect(printed).toContain('Sincerely, Ada Moreno');
    expect(printed).not.toContain('Google');

    // Restoring version 1 makes it the newest version; nothing is lost.
    await page.getByRole('button', { name: 'Restore version 1' }).click();
    await letter
      .status()
      .getByText(/ · version 3$/)
      .waitFor();
    expect(await letter.editor().inputValue()).toBe(LETTER);
    await page.reload();
    await letter
      .status()
      .getByText(/ · version 3$/)
      .waitFor();
    expect(await letter.versions().count()).toBe(3);
  });

  it('prepares interview questions with the model and judges one practice answer', async () => {
    await page.goto(applicationUrl);
    const prep = new InterviewPrepPage(page);
    await prep.openFromApplication();
    const star = {
      situation: 'As Backend Engineer at Acme Freight, checkout was slow.',
      task: 'My goal was to make the API fast again.',
      action: 'I cut API latency by 40% by redesigning PostgreSQL indexes.',
      result: 'Latency fell by 40%.',
    };
    ollama.enqueue({
      kind: 'stream',
      text: JSON.stringify({
        questions: [
          {
            group: 'technical',
            question: 'How have you tuned PostgreSQL?',
            requirement: 'PostgreSQL',
            star,
            basedOn: 'Cut API latency by 40% by redesigning PostgreSQL indexes',
          },
          {
            group: 'behavioural',
            question: 'Tell me about a time you mentored an engineer.',
            star,
            basedOn: 'Mentored 3 junior engineers through code review and pairing',
          },
          { group: 'gaps', question: 'What did you do between Globex and Acme Freight?' },
          { group: 'toAsk', question: 'What does success look like in the first 90 days?' },
        ],
      }),
    });
    await page.getByRole('button', { name: 'Prepare with my model' }).click();
    await prep.group('Role-specific').getByText('How have you tuned PostgreSQL?').waitFor();
    await prep
      .group('About gaps and changes')
      .getByText(/between Globex and Acme Freight/)
      .waitFor();
    await prep.group('Questions to ask them').waitFor();
    expect(await prep.questions().count()).toBe(4);
    await prep.group('Role-specific').getByText('STAR answer draft').click();
    await prep
      .group('Role-specific')
      .getByText('Based on your bullet: “Cut API latency by 40% by redesigning PostgreSQL indexes”')
      .waitFor();

    ollama.enqueue({
      kind: 'stream',
      text: JSON.stringify({
        star: { situation: true, task: true, action: true, result: false },
        requirementsCovered: ['PostgreSQL'],
        strengths: ['You say what you did yourself.'],
        improvements: ['End with the result in numbers.'],
        score: 3,
      }),
    });
    const feedback = await prep.practise(
      'At Acme Freight our API was slow. My goal was to fix it. I redesigned the PostgreSQL indexes.',
    );
    await feedback.getByText('Feedback · 3 / 5').waitFor();
    expect(
      await feedback
        .getByRole('list', { name: 'STAR parts' })
        .getByRole('listitem')
        .allTextContents(),
    ).toEqual(['Situation ✓', 'Task ✓', 'Action ✓', 'Result ✗']);
    await feedback.getByText('Meets: PostgreSQL').waitFor();
    await feedback.getByText('End with the result in numbers.').waitFor();
    const judged = ollama.requests.filter((r) => r.path === '/api/chat').at(-1)?.body as {
      messages: Array<{ content: string }>;
    };
    expect(judged.messages.at(-1)?.content).toContain('QUESTION:\nHow have you tuned PostgreSQL?');

    // Saved with the application: a reload shows the questions and counts the practice answer.
    await page.reload();
    await prep.questions().first().waitFor();
    await page.getByText('1 answer practised so far.').waitFor();
  });

  it('moves the application through stages and exports its interview as .ics', async () => {
    await tracker.openBoard();
    await tracker.keyboardMove('Senior Backend Engineer at Northwind Labs', [
      'ArrowRight',
      'ArrowRight',
    ]);
    await tracker.column('interviewing').getByText('Senior Backend Engineer').waitFor();
    await tracker.openApplication('Senior Backend Engineer');
    await page.getByRole('link', { name: 'Open the cover letter' }).waitFor();
    await page.getByRole('link', { name: 'Open interview prep' }).waitFor();
    await tracker.addInterview({
      title: 'Technical interview',
      startsLocal: '2027-02-03T10:00',
      minutes: 60,
      where: 'Video call',
    });
    const ics = await tracker.download(() =>
      page.getByRole('button', { name: 'Add Technical interview to a calendar (.ics)' }).click(),
    );
    expect(ics.text).toContain('\r\nDTSTART:20270203T090000Z\r\n');
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(ics.text)).getFirstSubcomponent('vevent')!,
    );
    expect(event.summary).toBe('Technical interview: Senior Backend Engineer at Northwind Labs');
    expect(event.location).toBe('Video call');
  });

  it('works offline: the model is unreachable and says so, the letter is written without it and exported', async () => {
    await new ShellPage(page).waitForServiceWorker();
    await browser.context.setOffline(true);
    try {
      await page.goto(applicationUrl);
      await page.getByTestId('offline-banner').waitFor();
      const letter = new CoverLetterPage(page);
      await letter.openFromApplication();
      await letter
        .status()
        .getByText(/ · version 3$/)
        .waitFor();
      await letter.writeWithModel();
      const alert = page.locator('.letter-failure');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(
        /^The letter could not be written by your model\. .*Ollama.*You can still write it without a model/s,
      );
      // Nothing was lost: the editor still holds version 3.
      expect(await letter.editor().inputValue()).toBe(LETTER);

      await letter.setOptions({
        tone: 'Professional',
        length: 'Medium (about 250 words)',
        lead: [],
      });
      await letter.writeWithoutModel();
      await letter
        .status()
        .getByText(/ · version 4$/)
        .waitFor();
      const written = await letter.editor().inputValue();
      expect(written).toMatch(
        /^Dear Northwind Labs hiring team,\n\nI am writing to apply for the Senior Backend Engineer position at Northwind Labs\. I currently work as a Backend Engineer at Acme Freight/,
      );
      expect(written).toMatch(/Sincerely,\nAda Moreno$/);
      await page
        .getByRole('heading', { name: 'Every claim is backed by your resume or the posting' })
        .waitFor();
      expect((await letter.versions().first().textContent()) ?? '').toMatch(
        /^Version 4 · written without a model/,
      );

      // The DOCX writer loads on first use, from the service worker's cache.
      const docx = await letter.download('Word (DOCX)');
      expect(docx.name).toBe('Ada-Moreno-cover-letter-Northwind-Labs.docx');
      expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(docx.bytes.length).toBeGreaterThan(4000);
    } finally {
      await browser.context.setOffline(false);
    }
  });
});
