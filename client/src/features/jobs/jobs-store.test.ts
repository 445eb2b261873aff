import { beforeEach, describe, expect, it } from 'vitest';
import { readSavedPageFixture, type SavedPageFixture } from '../../../../shared/test/pages';
import { uniqueDbName } from '../../../test/fixtures';
import { resetDbForTests } from '../../storage/db';
import { jobsRepo } from '../../storage/repositories';
import { addJobFromFile, jobsStore } from './jobs-store';

const pageFile = (name: SavedPageFixture, as = `${name}.html`) =>
  new File([readSavedPageFixture(name)], as, { type: as.endsWith('.html') ? 'text/html' : '' });

beforeEach(async () => {
  await resetDbForTests(uniqueDbName());
  jobsStore.setState({ status: 'idle', items: [], problems: [] });
});

describe('importing a job from a file', () => {
  it('saves a saved job board page as its posting text, with title, company and address', async () => {
    const outcome = await addJobFromFile(pageFile('board-json-ld'));
    if (!outcome.ok) throw new Error(outcome.message);
    const [stored] = (await jobsRepo.list()).records;
    expect(stored?.job).toMatchObject({
      title: 'Senior Platform Engineer',
      company: 'Northwind Labs',
      remote: 'Full',
    });
    expect(stored?.sourceUrl).toBe('https://boards.example-ats.com/northwind/jobs/4812937002');
    // What is kept is the posting's text, not the page's markup and scripts.
    expect(stored?.sourceText.startsWith('Senior Platform Engineer\nCompany: Northwind Labs')).toBe(
      true,
    );
    expect(stored?.sourceText).not.toMatch(/<|__STATE__|application\/ld\+json/);
    expect(stored?.details.requiredSkills).toContain('Kubernetes');
    expect(jobsStore.getState().items).toHaveLength(1);
  });

  it('lets the title and company the user typed win over the page’s', async () => {
    const outcome = await addJobFromFile(pageFile('careers-page', 'Data Analyst.htm'), {
      title: 'Senior Data Analyst',
      company: '',
    });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.record.job).toMatchObject({
      title: 'Senior Data Analyst',
      company: 'Bramble & Finch',
    });
    expect(outcome.record.sourceUrl).toBe('https://www.bramblefinch.example/careers/data-analyst');
  });

  it('imports a plain text or Markdown posting', async () => {
    const text =
      '# Staff Nurse\n\nCompany: St Elsewhere Hospital\n\n## Requirements\n\n- Registered nurse (RN) license\n- 2+ years of acute care experience\n';
    const outcome = await addJobFromFile(new File([text], 'nurse.md'));
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.record.sourceText).toBe(text);
    expect(outcome.record.job.company).toBe('St Elsewhere Hospital');
  });

  it('refuses with a specific message and saves nothing', async () => {
    const cases: Array<[File, RegExp]> = [
      [
        new File([new Uint8Array(5_000_001)], 'posting.html', { type: 'text/html' }),
        /^“posting\.html” is 5\.0 MB; the most a saved page can be is 5 MB\./,
      ],
      [
        new File(
          [new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, ...Array(3000).fill(0xff)])],
          'job.html',
        ),
        /^“job\.html”: This file is not a web page: it holds binary data/,
      ],
      [
        new File(
          ['<html><body><div id="root"></div><script>boot()</script></body></html>'],
          'app.html',
        ),
        /^“app\.html”: This page has no readable text/,
      ],
      [new File(['x'], 'posting.docx'), /^“posting\.docx” is not a file this can import\./],
    ];
    for (const [file, message] of cases) {
      const outcome = await addJobFromFile(file);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.message).toMatch(message);
    }
    expect((await jobsRepo.list()).records).toEqual([]);
  });
});
