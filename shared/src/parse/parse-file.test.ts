// Bad input gets a specific failure, never an empty or sample resume.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseResumeBytes } from '../../node/parse-file';
import { CORPUS_DIR } from '../../test/corpus';
import { buildPdf } from '../../test/pdf-builder';
import { detectFormat } from './parse-file';

const corpusFile = (name: string) => new Uint8Array(readFileSync(join(CORPUS_DIR, name)));

const textPage = [
  { text: 'Dana Rivera', x: 72, y: 80, size: 20, bold: true },
  { text: 'dana@example.com | (512) 555-0142 | Austin, TX', x: 72, y: 104 },
  { text: 'EXPERIENCE', x: 72, y: 140, size: 12, bold: true },
  { text: 'Acme Corp', x: 72, y: 160, bold: true },
  { text: 'Jan 2020 - Present', x: 450, y: 160 },
  { text: 'Staff Engineer', x: 72, y: 174 },
  { text: '• Led the platform team of twelve engineers across three sites', x: 80, y: 190 },
  { text: 'EDUCATION', x: 72, y: 220, size: 12, bold: true },
  { text: 'State University', x: 72, y: 240, bold: true },
  { text: 'B.S. Computer Science', x: 72, y: 254 },
  { text: '2012 - 2016', x: 450, y: 240 },
];

describe('parseResumeBytes on bad input', () => {
  it('says a PDF without text is a scan, and does not return an empty resume', async () => {
    const result = await parseResumeBytes(buildPdf({ pages: ['drawing', 'drawing'] }), 'scan.pdf');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('no_text_layer');
    expect(result.error.message).toMatch(/text PDF|DOCX/);
  });

  it('asks for the password of an encrypted PDF, rejects a wrong one, and opens it with the right one', async () => {
    const bytes = buildPdf({ pages: [textPage], password: 'opensesame' });
    const locked = await parseResumeBytes(bytes, 'locked.pdf');
    expect(locked.ok ? null : locked.error.code).toBe('encrypted');
    const wrong = await parseResumeBytes(bytes, 'locked.pdf', { password: 'guess' });
    expect(wrong.ok ? null : wrong.error.code).toBe('password_wrong');
    const opened = await parseResumeBytes(bytes, 'locked.pdf', { password: 'opensesame' });
    expect(opened.ok).toBe(true);
    if (opened.ok) expect(opened.value.resume.basics?.name).toBe('Dana Rivera');
  });

  it('reports a damaged PDF as corrupt', async () => {
    const good = corpusFile('offlinecv_mid-dot-header.pdf');
    const truncated = good.slice(0, Math.floor(good.length / 3));
    const result = await parseResumeBytes(truncated, 'cut.pdf');
    expect(result.ok ? null : result.error.code).toMatch(/corrupt|no_text_layer/);
    const garbage = new Uint8Array([
      ...new TextEncoder().encode('%PDF-1.7\n'),
      ...new Uint8Array(400).fill(7),
    ]);
    const broken = await parseResumeBytes(garbage, 'garbage.pdf');
    expect(broken.ok ? null : broken.error.code).toBe('corrupt');
  });

  it('refuses more than 30 pages, naming the count', async () => {
    const pages = Array.from({ length: 31 }, () => textPage);
    const result = await parseResumeBytes(buildPdf({ pages }), 'book.pdf');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('too_many_pages');
    expect(result.error.message).toContain('31');
  });

  it('refuses files over 20 MB before parsing them', async () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    big.set(new TextEncoder().encode('%PDF-1.4'));
    const result = await parseResumeBytes(big, 'huge.pdf');
    expect(result.ok ? null : result.error.code).toBe('too_large');
  });

  it('stops a parse that runs past its time limit', async () => {
    const result = await parseResumeBytes(corpusFile('rendercv_classic.pdf'), 'slow.pdf', {
      timeoutMs: 1,
    });
    expect(result.ok ? null : result.error.code).toBe('timeout');
  });

  it('tells a file that is not what its name says', async () => {
    const docx = corpusFile('soupboss_01_accountant_docx.docx');
    const named = await parseResumeBytes(docx, 'resume.pdf');
    expect(named.ok).toBe(false);
    if (named.ok) return;
    expect(named.error.code).toBe('wrong_type');
    expect(named.error.message).toContain('Word');
    const pdf = await parseResumeBytes(buildPdf({ pages: [textPage] }), 'resume.docx');
    expect(pdf.ok ? null : pdf.error.code).toBe('wrong_type');
  });

  it('explains old .doc files and unknown formats', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const doc = detectFormat(ole, 'resume.doc');
    expect(doc.ok ? null : doc.error.message).toMatch(/save it as DOCX or PDF/);
    const png = detectFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), 'photo.png');
    expect(png.ok ? null : png.error.code).toBe('unsupported');
  });

  it('reports a ZIP that is not a Word document', async () => {
    // A ZIP archive with a single empty entry named a.txt.
    const zip = new Uint8Array([
      0x50, 0x4b, 0x03, 0x04, 0x0a, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
      5, 0, 0, 0, 0x61, 0x2e, 0x74, 0x78, 0x74, 0x50, 0x4b, 0x01, 0x02, 0x14, 0, 0x0a, 0, 0, 0, 0,
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
      0, 0, 0, 0, 0, 0, 0x61, 0x2e, 0x74, 0x78, 0x74, 0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1,
      0, 0x33, 0, 0, 0, 0x23, 0, 0, 0, 0, 0,
    ]);
    const result = await parseResumeBytes(zip, 'resume.docx');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(['wrong_type', 'corrupt']).toContain(result.error.code);
  });

  it('names the field that makes a JSON Resume invalid', async () => {
    const bad = { basics: { name: 'Ann' }, work: [{ name: 'Acme', startDate: 'last spring' }] };
    const result = await parseResumeBytes(
      new TextEncoder().encode(JSON.stringify(bad)),
      'resume.json',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_json_resume');
    expect(result.error.message).toContain('work[0].startDate');
    const notResume = await parseResumeBytes(new TextEncoder().encode('{"hello": 1}'), 'x.json');
    expect(notResume.ok ? null : notResume.error.code).toBe('invalid_json_resume');
    const notJson = await parseResumeBytes(new TextEncoder().encode('{"basics": '), 'x.json');
    expect(notJson.ok ? null : notJson.error.message).toMatch(/not valid JSON/);
  });

  it('keeps a valid JSON Resume as it is', async () => {
    const resume = {
      basics: { name: 'Ann Lee', email: 'ann@example.com', custom: 'kept' },
      work: [{ name: 'Acme', position: 'Engineer', startDate: '2020-01' }],
    };
    const result = await parseResumeBytes(
      new TextEncoder().encode(JSON.stringify(resume)),
      'ann.json',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.resume.basics).toEqual(resume.basics);
    expect(result.value.resume.work).toEqual(resume.work);
    expect(result.value.resume.meta?.source).toEqual({ kind: 'json', fileName: 'ann.json' });
  });
});
