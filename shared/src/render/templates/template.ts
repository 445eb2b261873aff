// What a template is: its catalogue entry (name, columns, plan tier, defaults) and how it composes.
import type { ResumeDocument } from '../document';
import type { FontFamilyId } from '../fonts';
import type { TemplateLayout } from '../layout/pages';
import type { SectionKey } from '../../resume/model';
import type { Theme } from './kit';

export const TemplateId = {
  Classic: 'classic',
  Modern: 'modern',
  Compact: 'compact',
  Executive: 'executive',
  Sidebar: 'sidebar',
  Split: 'split',
} as const;
export type TemplateId = (typeof TemplateId)[keyof typeof TemplateId];

/** The template a new resume starts with. */
export const DEFAULT_TEMPLATE_ID: TemplateId = TemplateId.Classic;

/** Which plan a template belongs to; every template is free for now. */
export const TemplateTier = { Free: 'free', Premium: 'premium' } as const;
export type TemplateTier = (typeof TemplateTier)[keyof typeof TemplateTier];

export type TemplateDefinition = {
  readonly id: TemplateId;
  readonly name: string;
  readonly description: string;
  readonly columns: 1 | 2;
  readonly tier: TemplateTier;
  readonly defaults: {
    readonly accentColor: string;
    readonly font: FontFamilyId;
    readonly marginMm: number;
  };
  /** For two-column templates: the sections set in the sidebar; the rest go in the main column. */
  readonly sidebarSections?: readonly SectionKey[];
  readonly compose: (
    doc: ResumeDocument,
    theme: Theme,
    pageWidth: number,
    margin: number,
  ) => TemplateLayout;
};

/** Splits sections between main column and sidebar, each keeping the resume's order. */
export function splitSections<T extends { readonly key: SectionKey }>(
  sections: readonly T[],
  sidebar: readonly SectionKey[],
): { main: T[]; side: T[] } {
  return {
    main: sections.filter((s) => !sidebar.includes(s.key)),
    side: sections.filter((s) => sidebar.includes(s.key)),
  };
}
