import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireCorpus } from '../../test/corpus';
import { readSavedPageFixture } from '../../test/pages';
import { unwrap } from '../lib/result';
import { readPosting } from './posting-input';
import { readSavedPage } from './saved-page';

const page = readSavedPageFixture;
const read = (html: string) => unwrap(readSavedPage(html));
const structure = (text: string) => unwrap(readPosting(text));

describe('reading a saved job board page', () => {
  it('takes the JobPosting from JSON-LD in a @graph, skipping a malformed block', () => {
    const saved = read(page('board-json-ld'));
    expect(saved).toMatchObject({
      from: 'json-ld',
      title: 'Senior Platform Engineer',
      company: 'Northwind Labs',
      location: 'Austin, TX, US; Remote',
      // The "saved from" comment wins; the javascript: canonical link is ignored.
      sourceUrl: 'https://boards.example-ats.com/northwind/jobs/4812937002',
    });
    expect(saved.text.split('\n').slice(0, 6)).toEqual([
      'Senior Platform Engineer',
      'Company: Northwind Labs',
      'Location: Austin, TX, US',
      'Workplace: Remote',
      'Employment type: Full-time',
      'Salary: USD 150,000 - 185,000 per year',
    ]);
    expect(saved.text).toContain(
      "What you'll do\n\n• Design and run our Kubernetes platform on AWS\n• Build CI/CD pipelines with GitHub Actions & Terraform",
    );
    // Neither the description's script nor the page's form, nav and footer come through.
    expect(saved.text).not.toMatch(/alert|Submit application|All jobs|Powered by|</);

    const { job, details } = structure(saved.text);
    expect(job).toMatchObject({
      title: 'Senior Platform Engineer',
      company: 'Northwind Labs',
      type: 'Full-time',
      remote: 'Full',
      location: { city: 'Austin', region: 'TX', countryCode: 'US' },
    });
    expect(details.requiredSkills).toEqual(['Go or Python', 'Kubernetes', 'Docker', 'PostgreSQL']);
    expect(details.preferredSkills).toContain('Apache Kafka');
    expect(details.minYears).toBe(5);
  });

  it('reads a careers page without JSON-LD from its main content', () => {
    const saved = read(page('careers-page'));
    expect(saved.from).toBe('content');
    expect(saved.sourceUrl).toBe('https://www.bramblefinch.example/careers/data-analyst');
    expect(saved.title).toBeUndefined();
    expect(saved.text).toBe(
      [
        'Data Analyst',
        '',
        'Bramble & Finch · Leeds, United Kingdom · Hybrid',
        '',
        'About the role',
        '',
        'We are hiring a Data Analyst to turn our sales and supply data into decisions. You’ll work with finance and operations every day.',
        '',
        'Responsibilities',
        '',
        '• Build and maintain dashboards in Power BI',
        '• Write SQL queries against our data warehouse',
        '• Present findings to non\u2011technical colleagues',
        '',
        'Requirements',
        '',
        '• 2+ years of experience as a data analyst',
        '• Advanced SQL and Excel',
        '• Experience with Python or R',
        '',
        'Benefits',
        '',
        '• 25 days holiday',
        '• Pension & private healthcare',
      ].join('\n'),
    );
    const { job, details } = structure(saved.text);
    expect(job).toMatchObject({
      title: 'Data Analyst',
      company: 'Bramble & Finch',
      remote: 'Hybrid',
    });
    expect(details.requiredSkills).toEqual(
      expect.arrayContaining(['SQL', 'Microsoft Excel', 'Python or R']),
    );
  });

  it('unescapes a description given as escaped HTML, without letting its tags through', () => {
    const saved = read(page('escaped-description'));
    expect(saved).toMatchObject({
      from: 'json-ld',
      title: 'Customer Success Manager',
      company: 'Larkspur Health',
      location: 'Toronto, ON, CA',
      sourceUrl: 'https://jobs.example-board.com/view/99120',
    });
    expect(saved.text).toContain(
      'Qualifications\n\n• 3+ years in customer success or account management\n• Experience with Salesforce',
    );
    expect(saved.text).not.toMatch(/[<>]|&lt;|onerror/);
    const { job, details } = structure(saved.text);
    expect(job).toMatchObject({ title: 'Customer Success Manager', company: 'Larkspur Health' });
    expect(details.requiredSkills).toContain('Salesforce');
  });

  it('gives a corpus posting wrapped in a page the same structure as its text', () => {
    const raw = readFileSync(
      join(requireCorpus(), 'jobs', 'resumematcher_jd_front_end_engineer.txt'),
      'utf8',
    );
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    // As a careers site would publish it: headings, paragraphs and <li> lists.
    const blocks: string[] = [];
    let items: string[] = [];
    let paragraph: string[] = [];
    const flush = () => {
      if (paragraph.length > 0) blocks.push(`<p>${escape(paragraph.join(' '))}</p>`);
      if (items.length > 0)
        blocks.push(`<ul>${items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`);
      paragraph = [];
      items = [];
    };
    for (const line of raw.split('\n')) {
      const text = line.trim();
      if (/^\d{1,3}$/.test(text)) continue; // the PDF's page numbers; a web page has none
      if (text === '') {
        if (items.length === 0) flush();
      } else if (text.startsWith('• ')) {
        if (paragraph.length > 0) flush();
        items.push(text.slice(2));
      } else if (items.length > 0 && /^\s{4,}/.test(line)) {
        items[items.length - 1] += `\n${text}`;
      } else if (/^[A-Z][\w ]{2,30}$/.test(text) && paragraph.length === 0) {
        flush();
        blocks.push(`<h2>${escape(text)}</h2>`);
      } else {
        if (items.length > 0) flush();
        paragraph.push(text);
      }
    }
    flush();
    const body = blocks.join('\n');
    const html = `<html><head><title>x</title><script>var a = "<p>not this</p>";</script></head><body><nav>Jobs</nav><main>${body}</main><footer>© us</footer></body></html>`;
    const fromPage = structure(read(html).text);
    const fromText = structure(raw);
    expect(fromPage.job.title).toBe(fromText.job.title);
    expect(fromPage.details.requiredSkills).toEqual(fromText.details.requiredSkills);
    expect(fromPage.details.requiredSkills).toContain('React or Vue or Angular');
    expect(fromPage.job.qualifications).toEqual(fromText.job.qualifications);
    expect(html).toContain('<li>');
  });
});

describe('hostile saved pages', () => {
  it('reads 5 MB of unclosed tags, comments, quotes and entities in one pass', () => {
    const chunks = [
      '<div class="a'.repeat(50_000),
      '<!--'.repeat(50_000),
      "<a href='x".repeat(50_000),
      '&#'.repeat(200_000),
      '<script type="application/ld+json">{"@type":"JobPosting","description":"'.repeat(20_000),
      '</span>'.repeat(100_000),
      '<main><div>'.repeat(100_000),
    ];
    for (const chunk of chunks) {
      const html = `<html><body><p>Senior Engineer role at Acme.</p>${chunk.repeat(Math.ceil(5_000_000 / chunk.length)).slice(0, 5_000_000)}`;
      // Completes within the test's timeout; a backtracking regex would not.
      readSavedPage(html);
    }
  });

  it('ignores javascript: and data: addresses', () => {
    const saved = read(
      '<!-- saved from url=(0019)javascript:alert(1) --><link rel="canonical" href="data:text/html,x"><meta property="og:url" content=" JavaScript:alert(2)"><body><p>We are hiring a nurse for our ward in Leeds.</p></body>',
    );
    expect(saved.sourceUrl).toBeUndefined();
  });

  it('refuses a binary file renamed .html, and a page with no readable text', () => {
    const pdf = `%PDF-1.7\n${'\u0000\u0001\ufffd\ufffdxy'.repeat(2000)}`;
    expect(readSavedPage(pdf)).toMatchObject({ ok: false, error: { code: 'binary' } });
    const empty = readSavedPage(
      '<html><head><title>Jobs</title><script>render()</script></head><body><div id="root"></div><noscript>Enable JavaScript</noscript></body></html>',
    );
    expect(empty).toMatchObject({ ok: false, error: { code: 'no_text' } });
  });

  it('keeps bullets on list items that wrap their text in paragraphs or links', () => {
    const saved = read(
      '<body><h2>Requirements</h2><ul><li><p>Registered nurse licence</p></li><li> <a href="/x">Basic life support</a> certificate</li><li><ul><li>Nested item</li></ul></li></ul></body>',
    );
    expect(saved.text).toBe(
      'Requirements\n\n• Registered nurse licence\n• Basic life support certificate\n• Nested item',
    );
  });

  it('keeps decoding safe for out-of-range numeric entities', () => {
    const saved = read(
      '<body><p>Nurse &#99999999; &#xD800; &amp; midwife &unknown; role</p></body>',
    );
    expect(saved.text).toBe('Nurse \ufffd \ufffd & midwife &unknown; role');
  });
});
