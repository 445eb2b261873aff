// `pnpm bench:parse`: per corpus PDF, the median full parse time against the median time of
// pdf.js's bare getTextContent over all pages of the same file, and their ratio (target ≤ 1.5).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { nodeParseAdapters, parseResumeBytes } from '../node/parse-file';
import { requireCorpus } from '../test/corpus';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const TARGET = 1.5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** What any pdf.js user pays at least: open the document and get every page's text. */
async function bareExtraction(bytes: Uint8Array): Promise<void> {
  const doc = await pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    ...nodeParseAdapters.pdfOptions,
  }).promise;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    await page.getTextContent();
    page.cleanup();
  }
  await doc.destroy();
}

async function timeIt(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function main(): Promise<number> {
  const dir = requireCorpus();
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.pdf'))
    .sort();
  const rows: Array<{ file: string; parse: number; bare: number }> = [];
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(join(dir, file)));
    // Warm-up: fonts, JIT and pdf.js's worker code are loaded once per process, not per file.
    await bareExtraction(bytes);
    await parseResumeBytes(bytes, file);
    const parse: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Alternate the order so drift on a shared machine hits both sides alike.
      if (i % 2 === 0) {
        bare.push(await timeIt(() => bareExtraction(bytes)));
        parse.push(await timeIt(() => parseResumeBytes(bytes, file)));
      } else {
        parse.push(await timeIt(() => parseResumeBytes(bytes, file)));
        bare.push(await timeIt(() => bareExtraction(bytes)));
      }
    }
    rows.push({ file, parse: median(parse), bare: median(bare) });
  }
  const width = Math.max(...rows.map((r) => r.file.length), 5);
  const fmt = (ms: number) => ms.toFixed(1).padStart(8);
  console.log(`${'file'.padEnd(width)}  parse ms  bare ms   ratio`);
  for (const row of rows) {
    console.log(
      `${row.file.padEnd(width)}${fmt(row.parse)}${fmt(row.bare)}  ${(row.parse / row.bare).toFixed(2).padStart(6)}`,
    );
  }
  const parse = rows.reduce((n, r) => n + r.parse, 0);
  const bare = rows.reduce((n, r) => n + r.bare, 0);
  const ratio = parse / bare;
  console.log(`${'total'.padEnd(width)}${fmt(parse)}${fmt(bare)}  ${ratio.toFixed(2).padStart(6)}`);
  console.log(
    `median per file: parse ${median(rows.map((r) => r.parse)).toFixed(1)} ms, bare ${median(rows.map((r) => r.bare)).toFixed(1)} ms; ${RUNS} runs each`,
  );
  console.log(
    `target: parse ≤ ${TARGET} × bare extraction: ${ratio <= TARGET ? 'met' : 'NOT met'} (${ratio.toFixed(2)})`,
  );
  return 0;
}

process.exitCode = await main();
