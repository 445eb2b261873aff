// Types for PDFKit's output helpers (pdfkit/output ships without declarations).
declare module 'pdfkit/output' {
  /** Collects a document's stream into bytes; call before `doc.end()`. */
  export function toBytes(document: PDFKit.PDFDocument): Promise<Uint8Array>;
  export function toBlob(document: PDFKit.PDFDocument): Promise<Blob>;
}
