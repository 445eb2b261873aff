// Locates ../shared/corpus (the parser corpus beside this repository) for tests and benchmarks.
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const configured = process.env.CORPUS_DIR ?? resolve(repoRoot, '..', 'shared', 'corpus');

/**
 * CORPUS_DIR if set, else the corpus that sits beside the checkout (`../shared/corpus`), with
 * symlinks resolved: score.mjs only runs when started by its real path.
 */
export const CORPUS_DIR = existsSync(configured) ? realpathSync(configured) : configured;

export function requireCorpus(): string {
  if (!existsSync(join(CORPUS_DIR, 'score.mjs'))) {
    throw new Error(
      `The resume corpus was not found at ${CORPUS_DIR}. Set CORPUS_DIR to the folder holding score.mjs.`,
    );
  }
  return CORPUS_DIR;
}

/** Every `*.truth.json` in the corpus, as [base name, parsed JSON]. */
export function readTruthFiles(): Array<[string, unknown]> {
  const dir = requireCorpus();
  return readdirSync(dir)
    .filter((f) => f.endsWith('.truth.json'))
    .sort()
    .map((f) => [f.replace(/\.truth\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8'))]);
}
