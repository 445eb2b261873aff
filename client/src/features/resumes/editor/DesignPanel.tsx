// Template, accent colour, font, paper and margins; every change shows in the preview at once.
import { useId } from 'react';
import {
  FONT_FAMILIES,
  FONT_FAMILY_IDS,
  type FontFamilyId,
} from '@career-copilot/shared/render/fonts';
import {
  MARGIN_RANGE_MM,
  switchTemplate,
  TEMPLATES,
  type ResolvedTemplateSettings,
} from '@career-copilot/shared/render/templates/registry';
import type { TemplateId } from '@career-copilot/shared/render/templates/template';
import { PaperSize, type TemplateSettings } from '@career-copilot/shared/resume/model';
import { editResume, useEditor } from './editor-store';

function setTemplate(
  change: (current: TemplateSettings | undefined) => TemplateSettings,
  key?: string,
) {
  editResume((r) => ({ ...r, meta: { ...r.meta, template: change(r.meta?.template) } }), key);
}

function patch(values: Partial<TemplateSettings>, key: string) {
  setTemplate(
    (current) => ({ id: current?.id ?? TEMPLATES[0]?.id ?? 'classic', ...current, ...values }),
    key,
  );
}

export function DesignPanel({ settings }: { readonly settings: ResolvedTemplateSettings }) {
  const stored = useEditor((s) => s.working.resume.meta?.template);
  const id = useId();
  return (
    <section className="card design-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Design</h2>
      <fieldset className="template-picker">
        <legend>Template</legend>
        {TEMPLATES.map((t) => (
          <label key={t.id} className={`template-option${settings.id === t.id ? ' selected' : ''}`}>
            <input
              type="radio"
              name={`${id}-template`}
              value={t.id}
              checked={settings.id === t.id}
              onChange={() => setTemplate((current) => switchTemplate(current, t.id as TemplateId))}
            />
            <span className="template-name">{t.name}</span>
            <span className="template-meta">{t.columns === 2 ? 'Two columns' : 'One column'}</span>
          </label>
        ))}
      </fieldset>
      <p className="muted template-description">
        {TEMPLATES.find((t) => t.id === settings.id)?.description}
      </p>
      <div className="design-controls">
        <div className="field">
          <label htmlFor={`${id}-accent`}>Accent colour</label>
          <input
            id={`${id}-accent`}
            type="color"
            value={settings.accentColor}
            onChange={(e) => patch({ accentColor: e.target.value }, 'template.accent')}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-font`}>Font</label>
          <select
            id={`${id}-font`}
            value={settings.font}
            onChange={(e) => patch({ font: e.target.value as FontFamilyId }, 'template.font')}
          >
            {FONT_FAMILY_IDS.map((f) => (
              <option key={f} value={f}>
                {FONT_FAMILIES[f].name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-paper`}>Paper</label>
          <select
            id={`${id}-paper`}
            value={settings.paper}
            onChange={(e) => patch({ paper: e.target.value as PaperSize }, 'template.paper')}
          >
            <option value={PaperSize.A4}>A4</option>
            <option value={PaperSize.Letter}>US Letter</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-margin`}>Margins: {settings.marginMm} mm</label>
          <input
            id={`${id}-margin`}
            type="range"
            min={MARGIN_RANGE_MM.min}
            max={MARGIN_RANGE_MM.max}
            step={1}
            value={settings.marginMm}
            onChange={(e) => patch({ marginMm: Number(e.target.value) }, 'template.margin')}
          />
        </div>
      </div>
      {stored?.accentColor || stored?.font || stored?.marginMm !== undefined ? (
        <button
          type="button"
          className="btn btn-ghost btn-sm"
          onClick={() =>
            setTemplate((current) => ({
              id: current?.id ?? settings.id,
              ...(current?.paper ? { paper: current.paper } : {}),
            }))
          }
        >
          Use the template’s colour, font and margins
        </button>
      ) : null}
    </section>
  );
}
