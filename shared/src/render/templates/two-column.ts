// The two-column templates: Sidebar (tinted panel on the left) and Split (ruled column on the right).
import type { SectionKey } from '../../resume/model';
import { mix } from './color';
import { headerBlocks, sectionBlocks, type Kit, type Theme } from './kit';
import type { ResumeDocument } from '../document';
import { splitSections, type TemplateDefinition } from './template';

/** Short, list-like sections read well in a narrow column; the story stays in the main one. */
const SIDEBAR_SECTIONS: readonly SectionKey[] = [
  'skills',
  'languages',
  'interests',
  'certificates',
  'awards',
];

function kits(theme: Theme, decoration: Kit['heading']['decoration']): { main: Kit; side: Kit } {
  const base = {
    theme,
    body: 10,
    small: 9,
    lineHeight: 1.3,
    entryGap: 8,
    bullet: { glyph: '•', indent: 4, hang: 10 },
  };
  const heading = {
    size: 12,
    color: theme.accentText,
    upper: false,
    decoration,
    ruleColor: theme.accent,
    spaceBefore: 13,
    spaceAfter: 5,
  };
  return {
    main: { ...base, heading, arrangement: 'title-first' },
    side: {
      ...base,
      body: 9.5,
      small: 8.5,
      entryGap: 6,
      heading: { ...heading, size: 11, spaceBefore: 12 },
      arrangement: 'stacked',
    },
  };
}

/** Both columns' blocks: the story in the main column, short lists in the sidebar. */
function columnBlocks(doc: ResumeDocument, theme: Theme, decoration: Kit['heading']['decoration']) {
  const kit = kits(theme, decoration);
  const sections = splitSections(doc.sections, SIDEBAR_SECTIONS);
  return {
    kit: kit.main,
    main: sections.main.flatMap((s) => sectionBlocks(s, kit.main)),
    side: sections.side.flatMap((s) => sectionBlocks(s, kit.side)),
  };
}

export const sidebar: TemplateDefinition = {
  id: 'sidebar',
  name: 'Sidebar',
  description: 'Two columns: skills, languages and certificates in a tinted panel on the left.',
  columns: 2,
  tier: 'free',
  defaults: { accentColor: '#0e7490', font: 'open-sans', marginMm: 14 },
  sidebarSections: SIDEBAR_SECTIONS,
  compose(doc, theme, pageWidth, margin) {
    const { kit, main, side } = columnBlocks(doc, theme, 'rule-below');
    const contentWidth = pageWidth - 2 * margin;
    return {
      header: headerBlocks(doc, kit, {
        align: 'left',
        nameSize: 25,
        nameColor: theme.text,
        labelColor: theme.accentText,
        contactColor: theme.muted,
      }),
      headerGap: 16,
      main,
      sidebar: {
        blocks: side,
        side: 'left',
        width: Math.round(contentWidth * 0.3),
        gap: 26,
        background: mix(theme.accent, '#ffffff', 0.9),
      },
    };
  },
};

export const split: TemplateDefinition = {
  id: 'split',
  name: 'Split',
  description:
    'Two columns: experience on the left, skills and extras in a ruled column on the right.',
  columns: 2,
  tier: 'free',
  defaults: { accentColor: '#9f1239', font: 'roboto', marginMm: 15 },
  sidebarSections: SIDEBAR_SECTIONS,
  compose(doc, theme, pageWidth, margin) {
    const { kit, main, side } = columnBlocks(doc, theme, 'none');
    const contentWidth = pageWidth - 2 * margin;
    return {
      header: [
        ...headerBlocks(doc, kit, {
          align: 'left',
          nameSize: 25,
          nameColor: theme.accentText,
          labelColor: theme.text,
          contactColor: theme.muted,
        }),
        { kind: 'rule', color: theme.accent, thickness: 1.5, spaceBefore: 8 },
      ],
      headerGap: 10,
      main,
      sidebar: {
        blocks: side,
        side: 'right',
        width: Math.round(contentWidth * 0.29),
        gap: 24,
        divider: { color: '#d0d7de', thickness: 0.75 },
      },
    };
  },
};
