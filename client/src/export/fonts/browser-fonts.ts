// The app's font book in the browser: bundled font files fetched on demand (precached for offline use).
import { FONT_FAMILIES, FONT_STYLES, type FontFamilyId } from '@career-copilot/shared/render/fonts';
import { createFontBook, type FontBook } from './font-book';

/** Vite emits each bundled font as an asset and gives its URL; the service worker precaches them. */
const FONT_URLS = import.meta.glob<string>('./files/*.ttf', {
  query: '?url',
  import: 'default',
  eager: true,
});

function urlOf(fileName: string): string {
  const url = FONT_URLS[`./files/${fileName}`];
  if (!url) throw new Error(`The font file ${fileName} is not bundled.`);
  return url;
}

async function fetchFont(fileName: string): Promise<Uint8Array> {
  const response = await fetch(urlOf(fileName));
  if (!response.ok) {
    throw new Error(
      `Could not load the font ${fileName} (HTTP ${response.status}). Reload the page and try again.`,
    );
  }
  return new Uint8Array(await response.arrayBuffer());
}

let book: FontBook | undefined;

export function browserFontBook(): FontBook {
  book ??= createFontBook(fetchFont);
  return book;
}

/** Loads a family and its fallback, ready for layout and PDF embedding. */
export async function loadFontsFor(family: FontFamilyId): Promise<FontBook> {
  const fonts = browserFontBook();
  await Promise.all([fonts.load(family), fonts.load(FONT_FAMILIES[family].fallback)]);
  return fonts;
}

/** The CSS family name under which a bundled family is registered for the on-screen preview. */
export function previewFontFamily(family: FontFamilyId): string {
  return `cc-resume-${family}`;
}

const registered = new Set<FontFamilyId>();

/**
 * Registers a loaded family with the document (FontFace from the same bytes), so the preview draws
 * with exactly the glyphs and advances the layout measured and the PDF embeds.
 */
export async function registerPreviewFonts(family: FontFamilyId): Promise<void> {
  if (registered.has(family) || typeof FontFace === 'undefined') return;
  const fonts = browserFontBook();
  await fonts.load(family);
  const faces = FONT_STYLES.map((style) => {
    const bytes = fonts.bytesOf({ family, style });
    return new FontFace(previewFontFamily(family), bytes.slice().buffer, {
      weight: style === 'bold' ? '700' : '400',
      style: style === 'italic' ? 'italic' : 'normal',
    });
  });
  await Promise.all(faces.map((f) => f.load()));
  for (const face of faces) document.fonts.add(face);
  registered.add(family);
}
