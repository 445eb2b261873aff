// Types for pdf.js's worker module, which ships without them; we only hand it to pdf.js.
declare module 'pdfjs-dist/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
