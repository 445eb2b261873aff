// One entry point from a Resume to positioned pages: the preview, the PDF writer and the tests call it.
import type { Resume } from '../resume/model';
import { buildResumeDocument, type ResumeDocument } from './document';
import { layoutPages, pageGeometry } from './layout/pages';
import type { LaidOutDocument, TextMeasurer } from './layout/types';
import { accentForText } from './templates/color';
import type { Theme } from './templates/kit';
import { getTemplate, type ResolvedTemplateSettings } from './templates/registry';

export const TEXT_COLOR = '#1f2328';
export const MUTED_COLOR = '#57606a';

export function themeFor(settings: ResolvedTemplateSettings): Theme {
  return {
    font: settings.font,
    accent: settings.accentColor,
    accentText: accentForText(settings.accentColor),
    text: TEXT_COLOR,
    muted: MUTED_COLOR,
  };
}

export type LaidOutResume = LaidOutDocument & {
  readonly document: ResumeDocument;
  readonly settings: ResolvedTemplateSettings;
};

export function layoutResume(
  resume: Resume,
  settings: ResolvedTemplateSettings,
  measurer: TextMeasurer,
): LaidOutResume {
  const document = buildResumeDocument(resume);
  const geometry = pageGeometry(settings.paper, settings.marginMm);
  const template = getTemplate(settings.id);
  const layout = template.compose(document, themeFor(settings), geometry.width, geometry.margin);
  return { ...layoutPages(layout, geometry, measurer), document, settings };
}
