// Lays the resume out for the preview with the same engine, fonts and settings as the PDF.
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { FONT_FAMILIES, type FontFamilyId } from '@career-copilot/shared/render/fonts';
import { layoutResume, type LaidOutResume } from '@career-copilot/shared/render/layout-resume';
import type { ResolvedTemplateSettings } from '@career-copilot/shared/render/templates/registry';
import type { Resume } from '@career-copilot/shared/resume/model';
import { loadFontsFor, registerPreviewFonts } from '../../../export/fonts/browser-fonts';
import type { FontBook } from '../../../export/fonts/font-book';

export type PreviewLayout =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | {
      readonly status: 'ready';
      readonly layout: LaidOutResume;
      readonly missing: readonly string[];
    };

/** Characters neither the family nor its fallback can print (they would come out as boxes). */
function missingCharacters(fonts: FontBook, layout: LaidOutResume, family: FontFamilyId): string[] {
  const text = layout.pages
    .flatMap((p) => p.items.flatMap((i) => (i.kind === 'text' ? [i.text] : [])))
    .join('');
  const fallback = FONT_FAMILIES[family].fallback;
  const inFallback = new Set(fonts.missingCharacters(text, fallback));
  return fonts.missingCharacters(text, family).filter((c) => inFallback.has(c));
}

export function useResumeLayout(resume: Resume, settings: ResolvedTemplateSettings): PreviewLayout {
  const [fonts, setFonts] = useState<
    { family: FontFamilyId; book: FontBook } | { family: FontFamilyId; error: string } | null
  >(null);
  const family = settings.font;

  useEffect(() => {
    let live = true;
    const fallback = FONT_FAMILIES[family].fallback;
    Promise.all([
      loadFontsFor(family),
      registerPreviewFonts(family),
      registerPreviewFonts(fallback),
    ])
      .then(([book]) => live && setFonts({ family, book }))
      .catch(
        (e: unknown) =>
          live && setFonts({ family, error: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      live = false;
    };
  }, [family]);

  // Typing stays responsive: the preview lays out the latest resume when the browser has time.
  const deferredResume = useDeferredValue(resume);
  const deferredSettings = useDeferredValue(settings);
  return useMemo<PreviewLayout>(() => {
    if (!fonts || fonts.family !== deferredSettings.font) return { status: 'loading' };
    if ('error' in fonts) return { status: 'error', message: fonts.error };
    const layout = layoutResume(deferredResume, deferredSettings, fonts.book.measurer);
    return {
      status: 'ready',
      layout,
      missing: missingCharacters(fonts.book, layout, deferredSettings.font),
    };
  }, [fonts, deferredResume, deferredSettings]);
}
