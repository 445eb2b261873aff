// Parses the whole corpus and scores it with the corpus's own scorer; the level reached is kept.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseResumeAt } from '../node/parse-file';
import { requireCorpus } from './corpus';

/** The level reached so far; raise it when the parser improves, never lower it. */
const threshold = JSON.parse(
  readFileSync(new URL('./parse-corpus-threshold.json', import.meta.url), 'utf8'),
) as { overallF1: number; groups: Record<string, number> };

type Score = {
  overallF1: number;
  missing: string[];
  groups: Record<string, { f1: number }>;
};

describe('resume corpus', () => {
  const corpus = requireCorpus();
  const out = mkdtempSync(join(tmpdir(), 'cc-parse-corpus-'));
  let score: Score;
  const failures: string[] = [];

  beforeAll(async () => {
    const files = readdirSync(corpus).filter((f) => /\.(pdf|docx)$/.test(f));
    for (const file of files) {
      const result = await parseResumeAt(join(corpus, file));
      if (!result.ok) {
        failures.push(`${file}: ${result.error.code}`);
        continue;
      }
      writeFileSync(
        join(out, `${file.replace(/\.(pdf|docx)$/, '')}.json`),
        JSON.stringify(result.value.resume),
      );
    }
    const printed = execFileSync(
      process.execPath,
      [join(corpus, 'score.mjs'), '--truth', corpus, '--pred', out, '--json'],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    score = JSON.parse(printed) as Score;
  }, 300_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('parses every file', () => {
    expect(failures).toEqual([]);
    expect(score.missing).toEqual([]);
  });

  it(`keeps overall F1 at or above ${threshold.overallF1}`, () => {
    expect(score.overallF1).toBeGreaterThanOrEqual(threshold.overallF1);
  });

  it('keeps every field group at or above its level', () => {
    const below = Object.entries(threshold.groups)
      .filter(([group, level]) => (score.groups[group]?.f1 ?? 0) < level)
      .map(([group, level]) => `${group}: ${score.groups[group]?.f1.toFixed(3)} < ${level}`);
    expect(below).toEqual([]);
  });
});
