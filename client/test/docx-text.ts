// Reads the parts of a DOCX file that tests look at (it is a ZIP of XML parts).
import { strFromU8, unzipSync } from 'fflate';

export type DocxParts = {
  readonly document: string;
  readonly rels: string;
  readonly numbering: string;
  readonly core: string;
};

export function readDocx(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes);
  const text = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  return {
    document: text('word/document.xml'),
    rels: text('word/_rels/document.xml.rels'),
    numbering: text('word/numbering.xml'),
    core: text('docProps/core.xml'),
  };
}

/** The visible text of the document body, paragraph by paragraph. */
export function docxParagraphs(document: string): string[] {
  return [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
      .map((t) => (t[1] === undefined ? '\t' : t[1]))
      .join('')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );
}
