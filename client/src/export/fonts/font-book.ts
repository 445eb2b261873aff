// Loaded resume fonts: their bytes for embedding and their metrics for the layout engine (via fontkit).
import { create, type Font } from 'fontkit';
import {
  FONT_FAMILIES,
  FONT_STYLES,
  fontKey,
  type FontFamilyId,
  type FontRef,
} from '@career-copilot/shared/render/fonts';
import type { TextMeasurer } from '@career-copilot/shared/render/layout/types';

/** Reads one bundled font file by name ("Lato-Regular.ttf"). */
export type FontLoader = (fileName: string) => Promise<Uint8Array>;

type LoadedFace = {
  readonly font: Font;
  readonly bytes: Uint8Array;
  readonly advances: Map<number, number>;
};

export type FontBook = {
  /** Loads every style of a family (once); later calls return the same promise. */
  readonly load: (family: FontFamilyId) => Promise<void>;
  readonly measurer: TextMeasurer;
  /** The file bytes of a loaded face, for embedding in a PDF or a FontFace. */
  readonly bytesOf: (font: FontRef) => Uint8Array;
  /** Characters of `text` the family has no glyph for (they would print as boxes). */
  readonly missingCharacters: (text: string, family: FontFamilyId) => string[];
};

export function createFontBook(loader: FontLoader): FontBook {
  const faces = new Map<string, LoadedFace>();
  const loading = new Map<FontFamilyId, Promise<void>>();

  function face(font: FontRef): LoadedFace {
    const loaded = faces.get(fontKey(font));
    if (!loaded) throw new Error(`Font ${fontKey(font)} is used before it was loaded.`);
    return loaded;
  }

  async function loadFace(font: FontRef): Promise<void> {
    const bytes = await loader(FONT_FAMILIES[font.family].files[font.style]);
    const parsed = create(bytes as unknown as Buffer);
    if (!('glyphForCodePoint' in parsed)) throw new Error(`${fontKey(font)} is a font collection.`);
    faces.set(fontKey(font), { font: parsed, bytes, advances: new Map() });
  }

  const measurer: TextMeasurer = {
    widthOf(text, font, size) {
      const { font: f, advances } = face(font);
      let units = 0;
      for (const char of text) {
        const cp = char.codePointAt(0) ?? 0;
        let advance = advances.get(cp);
        if (advance === undefined) {
          advance = f.glyphForCodePoint(cp).advanceWidth;
          advances.set(cp, advance);
        }
        units += advance;
      }
      return (units / f.unitsPerEm) * size;
    },
    verticalMetrics(font) {
      const { font: f } = face(font);
      return { ascent: f.ascent / f.unitsPerEm, descent: f.descent / f.unitsPerEm };
    },
    covers(font, char) {
      const loaded = faces.get(fontKey(font));
      return loaded ? loaded.font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0) : false;
    },
  };

  return {
    load(family) {
      let pending = loading.get(family);
      if (!pending) {
        pending = Promise.all(FONT_STYLES.map((style) => loadFace({ family, style }))).then(
          () => {},
        );
        pending.catch(() => loading.delete(family));
        loading.set(family, pending);
      }
      return pending;
    },
    measurer,
    bytesOf: (font) => face(font).bytes,
    missingCharacters(text, family) {
      const { font } = face({ family, style: 'regular' });
      const missing = new Set<string>();
      for (const char of text) {
        if (/\s/.test(char)) continue;
        if (!font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0)) missing.add(char);
      }
      return [...missing];
    },
  };
}
