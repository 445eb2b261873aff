import { describe, expect, it } from 'vitest';
import { fixedMeasurer } from '../../../test/measurer';
import { layoutResume } from '../layout-resume';
import type { DrawText } from '../layout/types';
import { accentForText, contrastRatio, readableOn } from './color';
import { entryBlocks } from './kit';
import { getTemplate, resolveTemplateSettings, switchTemplate, TEMPLATES } from './registry';

describe('template catalogue', () => {
  it('has at least six distinct templates, single- and two-column, all free for now', () => {
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(6);
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
    expect(TEMPLATES.some((t) => t.columns === 1)).toBe(true);
    expect(TEMPLATES.some((t) => t.columns === 2)).toBe(true);
    expect(TEMPLATES.every((t) => t.tier === 'free')).toBe(true);
    expect(getTemplate('no-such-template').id).toBe('classic');
  });

  it('fills unset or invalid settings from the template defaults', () => {
    expect(resolveTemplateSettings(undefined)).toEqual({
      id: 'classic',
      accentColor: '#1f3a5f',
      font: 'tinos',
      paper: 'a4',
      marginMm: 18,
    });
    expect(
      resolveTemplateSettings({
        id: 'modern',
        accentColor: '#ABCDEF',
        font: 'roboto',
        paper: 'letter',
        marginMm: 10,
      }),
    ).toEqual({
      id: 'modern',
      accentColor: '#abcdef',
      font: 'roboto',
      paper: 'letter',
      marginMm: 10,
    });
    expect(
      resolveTemplateSettings(
        { id: 'modern', accentColor: 'red', font: 'comic', marginMm: 90 },
        'letter',
      ),
    ).toEqual({
      id: 'modern',
      accentColor: '#2563eb',
      font: 'lato',
      paper: 'letter',
      marginMm: 16,
    });
  });

  it('keeps what the user changed when switching template, and lets the rest follow', () => {
    expect(
      switchTemplate(
        { id: 'classic', font: 'tinos', accentColor: '#ff0000', paper: 'letter' },
        'sidebar',
      ),
    ).toEqual({
      id: 'sidebar',
      accentColor: '#ff0000',
      paper: 'letter',
    });
  });

  it('keeps accent text legible and picks a readable colour on a band', () => {
    expect(contrastRatio(accentForText('#ffe066'), '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(readableOn('#14532d')).toBe('#ffffff');
    expect(readableOn('#fde68a')).toBe('#111827');
  });
});

describe.each(TEMPLATES.map((t) => [t.id] as const))('%s', (id) => {
  const resume = {
    basics: {
      name: 'Ada Lovelace',
      label: 'Engineer',
      email: 'ada@example.com',
      summary: 'Summary text.',
    },
    work: Array.from({ length: 14 }, (_, i) => ({
      name: `Company ${i}`,
      position: `Role ${i}`,
      startDate: '2020-01',
      highlights: Array.from(
        { length: 4 },
        (_, j) => `Bullet ${i}.${j} with enough words to wrap across a line or two of text`,
      ),
    })),
    skills: [{ name: 'Languages', keywords: ['Go', 'TypeScript'] }],
    languages: [{ language: 'English', fluency: 'Native' }],
  };

  it('lays out every string, the name first, within the page', () => {
    const laidOut = layoutResume(resume, resolveTemplateSettings({ id }), fixedMeasurer());
    expect(laidOut.pages.length).toBeGreaterThan(1);
    const texts = laidOut.pages.flatMap((p) =>
      p.items.filter((i): i is DrawText => i.kind === 'text'),
    );
    expect(texts[0]?.text).toBe('Ada Lovelace');
    const all = texts.map((t) => t.text).join(' ');
    for (const w of resume.work) {
      expect(all).toContain(w.name);
      expect(all).toContain(w.position);
    }
    expect(all).toContain('English (Native)');
    for (const t of texts) {
      expect(t.x).toBeGreaterThanOrEqual(0);
      expect(t.x + t.width).toBeLessThanOrEqual(laidOut.width + 0.01);
      expect(t.y).toBeLessThanOrEqual(laidOut.height);
    }
  });
});

describe('keeping entries together', () => {
  const kit = {
    theme: {
      font: 'arimo',
      accent: '#000000',
      accentText: '#000000',
      text: '#000000',
      muted: '#555555',
    },
    body: 10,
    small: 9,
    lineHeight: 1.3,
    heading: {
      size: 12,
      color: '#000000',
      upper: false,
      decoration: 'none',
      ruleColor: '#000000',
      spaceBefore: 10,
      spaceAfter: 4,
    },
    arrangement: 'title-first',
    entryGap: 8,
    bullet: { glyph: '•', indent: 4, hang: 10 },
  } as const;
  const entry = (bullets: number) => ({
    index: 0,
    heading: 'Engineer',
    organisation: 'Acme',
    location: '',
    dates: '2020',
    description: '',
    paragraphs: [],
    bullets: Array.from({ length: bullets }, (_, i) => `Bullet ${i}`),
    details: [{ label: 'Technologies', text: 'Go' }],
  });

  it('never splits a short entry across pages', () => {
    const blocks = entryBlocks(entry(2), kit, 'work', false);
    expect(blocks.slice(0, -1).every((b) => b.keepWithNext)).toBe(true);
    expect(blocks.at(-1)?.keepWithNext).toBeFalsy();
  });

  it('lets a long entry break between bullets, but keeps its heading with the first one', () => {
    const blocks = entryBlocks(entry(6), kit, 'work', false);
    const firstBullet = blocks.findIndex(
      (b) => b.kind === 'paragraph' && b.structure.role === 'LI',
    );
    expect(blocks.slice(0, firstBullet).every((b) => b.keepWithNext)).toBe(true);
    expect(blocks.slice(firstBullet, -1).some((b) => !b.keepWithNext)).toBe(true);
  });
});
