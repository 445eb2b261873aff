// The four single-column templates: Classic, Modern, Compact and Executive.
import { readableOn } from './color';
import { headerBlocks, sectionBlocks, type Kit, type Theme } from './kit';
import type { ResumeDocument } from '../document';
import type { TemplateLayout } from '../layout/pages';
import type { TemplateDefinition } from './template';

function kitFor(theme: Theme, overrides: Partial<Kit> & Pick<Kit, 'heading' | 'arrangement'>): Kit {
  return {
    theme,
    body: 10,
    small: 9,
    lineHeight: 1.3,
    entryGap: 8,
    bullet: { glyph: '•', indent: 6, hang: 10 },
    ...overrides,
  };
}

type HeaderOptions = Parameters<typeof headerBlocks>[2];

/** A one-column page: the header, then every section in order. */
function oneColumn(
  doc: ResumeDocument,
  kit: Kit,
  header: HeaderOptions,
  extra: { headerGap: number; band?: string },
): TemplateLayout {
  return {
    header: headerBlocks(doc, kit, header),
    ...(extra.band ? { headerBand: { color: extra.band } } : {}),
    headerGap: extra.headerGap,
    main: doc.sections.flatMap((s) => sectionBlocks(s, kit)),
  };
}

export const classic: TemplateDefinition = {
  id: 'classic',
  name: 'Classic',
  description: 'Centred header, serif type, ruled section headings. Safe for any reader.',
  columns: 1,
  tier: 'free',
  defaults: { accentColor: '#1f3a5f', font: 'tinos', marginMm: 18 },
  compose(doc, theme) {
    const kit = kitFor(theme, {
      body: 10.5,
      heading: {
        size: 11.5,
        color: theme.accentText,
        upper: true,
        decoration: 'rule-below',
        ruleColor: theme.accent,
        spaceBefore: 12,
        spaceAfter: 4,
      },
      arrangement: 'title-first',
    });
    const header = {
      align: 'center',
      nameSize: 24,
      nameColor: theme.text,
      labelColor: theme.muted,
      contactColor: theme.text,
    } as const;
    return oneColumn(doc, kit, header, { headerGap: 4 });
  },
};

export const modern: TemplateDefinition = {
  id: 'modern',
  name: 'Modern',
  description: 'Name in your accent colour, clean sans-serif, employer first.',
  columns: 1,
  tier: 'free',
  defaults: { accentColor: '#2563eb', font: 'lato', marginMm: 16 },
  compose(doc, theme) {
    const kit = kitFor(theme, {
      heading: {
        size: 12.5,
        color: theme.accentText,
        upper: false,
        decoration: 'rule-below',
        ruleColor: '#d0d7de',
        spaceBefore: 14,
        spaceAfter: 5,
      },
      arrangement: 'organisation-first',
    });
    const header = {
      align: 'left',
      nameSize: 26,
      nameColor: theme.accentText,
      labelColor: theme.text,
      contactColor: theme.muted,
    } as const;
    return oneColumn(doc, kit, header, { headerGap: 6 });
  },
};

export const compact: TemplateDefinition = {
  id: 'compact',
  name: 'Compact',
  description:
    'Dense and tidy: one line per role, small type, narrow margins. Fits more on a page.',
  columns: 1,
  tier: 'free',
  defaults: { accentColor: '#334155', font: 'arimo', marginMm: 12 },
  compose(doc, theme) {
    const kit = kitFor(theme, {
      body: 9.5,
      small: 8.5,
      lineHeight: 1.25,
      entryGap: 5,
      bullet: { glyph: '•', indent: 4, hang: 9 },
      heading: {
        size: 10.5,
        color: theme.accentText,
        upper: true,
        decoration: 'rule-above',
        ruleColor: theme.accent,
        spaceBefore: 9,
        spaceAfter: 3,
      },
      arrangement: 'inline',
    });
    const header = {
      align: 'left',
      nameSize: 20,
      nameColor: theme.text,
      labelColor: theme.muted,
      contactColor: theme.text,
    } as const;
    return oneColumn(doc, kit, header, { headerGap: 2 });
  },
};

export const executive: TemplateDefinition = {
  id: 'executive',
  name: 'Executive',
  description: 'A band of colour behind your name, accent bars on headings, generous spacing.',
  columns: 1,
  tier: 'free',
  defaults: { accentColor: '#14532d', font: 'noto-serif', marginMm: 18 },
  compose(doc, theme) {
    const onBand = readableOn(theme.accent);
    const kit = kitFor(theme, {
      body: 10,
      heading: {
        size: 12,
        color: theme.text,
        upper: false,
        decoration: 'bar',
        ruleColor: theme.accent,
        spaceBefore: 14,
        spaceAfter: 5,
      },
      arrangement: 'title-first',
      entryGap: 9,
    });
    const header = {
      align: 'left',
      nameSize: 25,
      nameColor: onBand,
      labelColor: onBand,
      contactColor: onBand,
    } as const;
    return oneColumn(doc, kit, header, { headerGap: 22, band: theme.accent });
  },
};
