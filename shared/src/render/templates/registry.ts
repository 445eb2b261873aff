// The template catalogue and the settings a resume renders with (template, accent, font, paper, margins).
import { PaperSize, type TemplateSettings } from '../../resume/model';
import { isFontFamilyId, type FontFamilyId } from '../fonts';
import { compact, classic, executive, modern } from './single-column';
import { sidebar, split } from './two-column';
import { type TemplateDefinition, type TemplateId } from './template';

export const TEMPLATES: readonly TemplateDefinition[] = [
  classic,
  modern,
  compact,
  executive,
  sidebar,
  split,
];

export function getTemplate(id: string | undefined): TemplateDefinition {
  return TEMPLATES.find((t) => t.id === id) ?? classic;
}

/** Settings with every choice made: what the preview and every export use. */
export type ResolvedTemplateSettings = {
  readonly id: TemplateId;
  readonly accentColor: string;
  readonly font: FontFamilyId;
  readonly paper: PaperSize;
  readonly marginMm: number;
};

export const MARGIN_RANGE_MM = { min: 8, max: 30 } as const;

/**
 * Fills in what the stored settings leave open from the template's defaults, and ignores values
 * that are out of range or unknown (a template or font from a newer version).
 */
export function resolveTemplateSettings(
  settings: TemplateSettings | undefined,
  defaultPaper: PaperSize = PaperSize.A4,
): ResolvedTemplateSettings {
  const template = getTemplate(settings?.id);
  const accent = settings?.accentColor;
  const margin = settings?.marginMm;
  return {
    id: template.id,
    accentColor:
      accent && /^#[0-9a-f]{6}$/i.test(accent)
        ? accent.toLowerCase()
        : template.defaults.accentColor,
    font: isFontFamilyId(settings?.font) ? settings.font : template.defaults.font,
    paper:
      settings?.paper === PaperSize.Letter || settings?.paper === PaperSize.A4
        ? settings.paper
        : defaultPaper,
    marginMm:
      typeof margin === 'number' && margin >= MARGIN_RANGE_MM.min && margin <= MARGIN_RANGE_MM.max
        ? margin
        : template.defaults.marginMm,
  };
}

/**
 * Settings after the user picks another template: the accent, font and margins follow the new
 * template unless the user had changed them from the old template's defaults.
 */
export function switchTemplate(
  current: TemplateSettings | undefined,
  nextId: TemplateId,
): TemplateSettings {
  const before = getTemplate(current?.id);
  const next: Record<string, unknown> = { ...current, id: nextId };
  if (!current?.accentColor || current.accentColor.toLowerCase() === before.defaults.accentColor)
    delete next.accentColor;
  if (!current?.font || current.font === before.defaults.font) delete next.font;
  if (current?.marginMm === undefined || current.marginMm === before.defaults.marginMm)
    delete next.marginMm;
  return next as TemplateSettings;
}
