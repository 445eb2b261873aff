// The font families a resume can use: names, files and the Office font a DOCX names for each.

export const FontFamilyId = {
  Lato: 'lato',
  OpenSans: 'open-sans',
  Roboto: 'roboto',
  Arimo: 'arimo',
  Tinos: 'tinos',
  NotoSerif: 'noto-serif',
} as const;
export type FontFamilyId = (typeof FontFamilyId)[keyof typeof FontFamilyId];
export const FONT_FAMILY_IDS: readonly FontFamilyId[] = Object.values(FontFamilyId);

export const FontStyle = { Regular: 'regular', Bold: 'bold', Italic: 'italic' } as const;
export type FontStyle = (typeof FontStyle)[keyof typeof FontStyle];
export const FONT_STYLES: readonly FontStyle[] = Object.values(FontStyle);

export type FontFamily = {
  readonly id: FontFamilyId;
  /** The name shown in the font picker. */
  readonly name: string;
  readonly category: 'sans' | 'serif';
  /** File names in the bundled font folder, one per style. */
  readonly files: Readonly<Record<FontStyle, string>>;
  /**
   * The font a DOCX asks for. Arimo and Tinos are metric clones of Arial and Times New Roman, so a
   * DOCX names the Office font and lays out the same on any machine; the others name themselves.
   */
  readonly docxName: string;
  /** Where characters this family lacks (arrows, some symbols) are taken from. */
  readonly fallback: FontFamilyId;
};

function files(base: string): Record<FontStyle, string> {
  return { regular: `${base}-Regular.ttf`, bold: `${base}-Bold.ttf`, italic: `${base}-Italic.ttf` };
}

export const FONT_FAMILIES: Readonly<Record<FontFamilyId, FontFamily>> = {
  lato: {
    id: 'lato',
    name: 'Lato',
    category: 'sans',
    files: files('Lato'),
    docxName: 'Lato',
    fallback: 'arimo',
  },
  'open-sans': {
    id: 'open-sans',
    name: 'Open Sans',
    category: 'sans',
    files: files('OpenSans'),
    docxName: 'Open Sans',
    fallback: 'arimo',
  },
  roboto: {
    id: 'roboto',
    name: 'Roboto',
    category: 'sans',
    files: files('Roboto'),
    docxName: 'Roboto',
    fallback: 'arimo',
  },
  arimo: {
    id: 'arimo',
    name: 'Arimo (Arial metrics)',
    category: 'sans',
    files: files('Arimo'),
    docxName: 'Arial',
    fallback: 'tinos',
  },
  tinos: {
    id: 'tinos',
    name: 'Tinos (Times metrics)',
    category: 'serif',
    files: files('Tinos'),
    docxName: 'Times New Roman',
    fallback: 'arimo',
  },
  'noto-serif': {
    id: 'noto-serif',
    name: 'Noto Serif',
    category: 'serif',
    files: files('NotoSerif'),
    docxName: 'Noto Serif',
    fallback: 'tinos',
  },
};

export function isFontFamilyId(value: unknown): value is FontFamilyId {
  return typeof value === 'string' && (FONT_FAMILY_IDS as readonly string[]).includes(value);
}

/** One concrete face: a family in one style. */
export type FontRef = { readonly family: FontFamilyId; readonly style: FontStyle };

/** A stable key for a face, for caches and PDF font names ("lato-bold"). */
export function fontKey(font: FontRef): string {
  return `${font.family}-${font.style}`;
}
