// @vitest-environment node
// Every corpus truth resume through every template: real text in reading order, live links, no images.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, PRESENT } from '@career-copilot/shared/lib/dates';
import {
  DEFAULT_SECTION_TITLES,
  resolveSectionLayout,
  ResumeSchema,
  type Resume,
  type SectionKey,
} from '@career-copilot/shared/resume/model';
import { cleanLine, displayUrl, safeUrl } from '@career-copilot/shared/resume/sanitise';
import { TEMPLATES } from '@career-copilot/shared/render/templates/registry';
import { readTruthFiles } from '../../../../shared/test/corpus';
import { allLinks, extractPdf, streamText } from '../../../test/pdf-text';
import { renderResumeToPdfBytes } from '../../../test/render-pdf-node';

const DATE_FIELDS = new Set(['startDate', 'endDate', 'date', 'releaseDate']);

type EntryExpectation = { strings: string[]; bullets: string[] };

/** What must be printed for one entry, read straight from the truth JSON. */
function expectedEntry(key: SectionKey, entry: Record<string, unknown>): EntryExpectation {
  const strings: string[] = [];
  const bullets: string[] = [];
  for (const [field, value] of Object.entries(entry)) {
    if (DATE_FIELDS.has(field) && typeof value === 'string') strings.push(formatDate(value));
    else if (field === 'url' && typeof value === 'string') strings.push(displayUrl(value));
    else if (field === 'highlights' && Array.isArray(value))
      bullets.push(...value.map((v) => cleanLine(String(v))));
    else if (Array.isArray(value)) strings.push(...value.map((v) => cleanLine(String(v))));
    else if (typeof value === 'string') strings.push(cleanLine(value));
  }
  const open = ['work', 'volunteer', 'projects', 'education'].includes(key);
  if (open && typeof entry.startDate === 'string' && entry.endDate === undefined) {
    strings.push(formatDateRange(entry.startDate, PRESENT));
  }
  return { strings: strings.filter(Boolean), bullets: bullets.filter(Boolean) };
}

function sectionTitle(resume: Resume, key: SectionKey): string {
  const layout = resolveSectionLayout(resume).find((s) => s.key === key);
  return layout?.title ?? DEFAULT_SECTION_TITLES[key];
}

function sectionsWithContent(resume: Resume): SectionKey[] {
  return resolveSectionLayout(resume)
    .filter((s) => !s.hidden)
    .map((s) => s.key)
    .filter((key) =>
      key === 'summary' ? Boolean(resume.basics?.summary) : (resume[key]?.length ?? 0) > 0,
    );
}

/**
 * Walks one column's sections through the extracted text: each heading, then each entry whole
 * (every string after the previous entry's strings, bullets in their printed order).
 */
function expectColumnInOrder(
  text: string,
  resume: Resume,
  keys: SectionKey[],
  where: string,
): void {
  const lower = text.toLowerCase();
  let cursor = 0;
  for (const key of keys) {
    const title = sectionTitle(resume, key);
    const heading = lower.indexOf(title.toLowerCase(), cursor);
    expect(heading, `${where}: heading “${title}” after position ${cursor}`).toBeGreaterThanOrEqual(
      0,
    );
    cursor = heading + title.length;
    const entries =
      key === 'summary'
        ? [{ strings: [cleanLine(resume.basics?.summary)], bullets: [] }]
        : (resume[key] ?? []).map((e) => expectedEntry(key, e as Record<string, unknown>));
    for (const entry of entries) {
      let furthest = cursor;
      for (const s of entry.strings) {
        const at = text.indexOf(s, cursor);
        expect(at, `${where}: ${key} “${s}” after position ${cursor}`).toBeGreaterThanOrEqual(0);
        furthest = Math.max(furthest, at);
      }
      let bulletCursor = cursor;
      for (const bullet of entry.bullets) {
        const at = text.indexOf(bullet, bulletCursor);
        expect(at, `${where}: ${key} bullet “${bullet}” in order`).toBeGreaterThanOrEqual(0);
        bulletCursor = at + bullet.length;
        furthest = Math.max(furthest, at);
      }
      cursor = furthest;
    }
  }
}

function expectedLinks(resume: Resume): string[] {
  const urls: Array<string | undefined> = [];
  const b = resume.basics ?? {};
  if (b.email) urls.push(`mailto:${b.email}`);
  urls.push(safeUrl(b.url));
  for (const p of b.profiles ?? []) urls.push(safeUrl(p.url));
  for (const key of [
    'work',
    'volunteer',
    'education',
    'certificates',
    'publications',
    'projects',
  ] as const) {
    for (const e of resume[key] ?? []) urls.push(safeUrl((e as { url?: string }).url));
  }
  return urls.filter((u): u is string => Boolean(u));
}

const truths = readTruthFiles().map(([name, raw]) => [name, ResumeSchema.parse(raw)] as const);

describe.each(TEMPLATES.map((t) => [t.id, t] as const))('template %s', (_id, template) => {
  it.each(truths)('prints %s as ordered, selectable text with live links', async (name, resume) => {
    const pdf = await extractPdf(await renderResumeToPdfBytes(resume, { id: template.id }));
    const where = `${template.id}/${name}`;

    expect(pdf.tagged).toBe(true);
    expect(pdf.hasJavaScript).toBe(false);
    expect(pdf.title).toBe(`${resume.basics?.name} — Resume`);
    for (const page of pdf.pages) {
      expect(page.imageOps, `${where}: no images`).toBe(0);
      expect(page.textOps, `${where}: every page has text`).toBeGreaterThan(0);
      expect(page.spacingOps, `${where}: no letter- or word-spacing`).toBe(0);
    }
    const firstText = pdf.pages[0]?.items.find((i) => i.str.trim() !== '');
    expect(firstText?.str, `${where}: the name comes first`).toBe(resume.basics?.name);

    const text = streamText(pdf);
    const b = resume.basics ?? {};
    const header = [
      b.label,
      b.email,
      b.phone,
      b.location?.city,
      b.location?.region,
      b.url && displayUrl(b.url),
    ];
    for (const p of b.profiles ?? []) header.push(p.url ? displayUrl(p.url) : p.username);
    const firstHeading = Math.min(
      ...sectionsWithContent(resume).map((k) =>
        text.toLowerCase().indexOf(sectionTitle(resume, k).toLowerCase()),
      ),
    );
    for (const s of header.filter((v): v is string => Boolean(v))) {
      const at = text.indexOf(cleanLine(s));
      expect(at, `${where}: header “${s}”`).toBeGreaterThanOrEqual(0);
      expect(at, `${where}: header “${s}” before the first section`).toBeLessThan(firstHeading);
    }

    const keys = sectionsWithContent(resume);
    const side = template.sidebarSections ?? [];
    expectColumnInOrder(
      text,
      resume,
      keys.filter((k) => !side.includes(k)),
      `${where} main`,
    );
    expectColumnInOrder(
      text,
      resume,
      keys.filter((k) => side.includes(k)),
      `${where} sidebar`,
    );

    const links = allLinks(pdf);
    for (const url of expectedLinks(resume)) expect(links, `${where}: link ${url}`).toContain(url);
  });
});

describe('hostile input', () => {
  const hostile: Resume = {
    basics: {
      name: '<script>alert(1)</script>',
      label: '<b onmouseover=alert(1)>Engineer</b>',
      email: 'ada@example.com',
      url: 'javascript:alert(document.cookie)',
      summary: '<img src=x onerror=alert(1)> [click](javascript:alert(1))',
      profiles: [
        { network: 'X', url: 'JaVaScRiPt:alert(1)' },
        { network: 'Y', url: 'data:text/html,<script>alert(1)</script>' },
      ],
    },
    projects: [
      {
        name: 'Exploit',
        url: 'vbscript:msgbox(1)',
        highlights: ['<iframe src="javascript:alert(1)">'],
      },
    ],
  };

  it.each(TEMPLATES.map((t) => [t.id] as const))(
    '%s prints markup and script URLs as plain text, never as links',
    async (id) => {
      const pdf = await extractPdf(await renderResumeToPdfBytes(hostile, { id }));
      const text = streamText(pdf);
      expect(pdf.pages[0]?.items.find((i) => i.str.trim())?.str).toBe('<script>alert(1)</script>');
      for (const s of [
        '<b onmouseover=alert(1)>Engineer</b>',
        'javascript:alert(document.cookie)',
        '<img src=x onerror=alert(1)>',
        '<iframe src="javascript:alert(1)">',
      ]) {
        expect(text).toContain(s);
      }
      expect(allLinks(pdf)).toEqual(['mailto:ada@example.com']);
      expect(pdf.hasJavaScript).toBe(false);
    },
  );
});

describe('benchmark fixture', () => {
  it.each(TEMPLATES.map((t) => [t.id] as const))(
    'the bench resume is two A4 pages with %s',
    async (id) => {
      const raw: unknown = JSON.parse(
        readFileSync(
          join(import.meta.dirname, '../../../../shared/test/fixtures/two-page.resume.json'),
          'utf8',
        ),
      );
      const pdf = await extractPdf(
        await renderResumeToPdfBytes(ResumeSchema.parse(raw), { id, paper: 'a4' }),
      );
      expect(pdf.pages).toHaveLength(2);
    },
  );
});
