// The model-free letter on every corpus posting and resume: the anti-invention guard finds nothing to flag in it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTruthFiles, requireCorpus } from '../../test/corpus';
import type { JobRecord } from '../job/model';
import { structureJob } from '../match/structure-job';
import type { Resume } from '../resume/model';
import { checkLetterClaims } from './claims';
import { writeTemplateLetter } from './template-letter';

function corpusJobs(): Array<{ name: string; record: JobRecord }> {
  const dir = join(requireCorpus(), 'jobs');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const structured = structureJob(text);
      return {
        name,
        record: {
          id: name,
          schemaVersion: 1,
          createdAt: '2026-11-24T09:00:00.000Z',
          updatedAt: '2026-11-24T09:00:00.000Z',
          sourceText: text,
          // Postings that name no employer get one, as a user would type it.
          job: { ...structured.job, company: structured.job.company ?? 'Acme' },
          details: structured.details,
        },
      };
    });
}

describe('the template letter on corpus pairs', () => {
  it('states only what the resume and the posting back, for every length', () => {
    const resumes = readTruthFiles().filter(([name]) => !name.endsWith('_docx'));
    const flagged: string[] = [];
    let letters = 0;
    for (const { name: jobName, record } of corpusJobs())
      for (const [resumeName, truth] of resumes)
        for (const length of ['short', 'medium', 'long'] as const) {
          const resume = truth as Resume;
          const letter = writeTemplateLetter({
            resume,
            job: record,
            options: { tone: 'professional', length, leadAchievements: [] },
          });
          letters += 1;
          for (const c of checkLetterClaims(letter, {
            resume,
            job: record.job,
            jobText: record.sourceText,
          }))
            flagged.push(`${jobName} × ${resumeName} (${length}): ${c.kind} “${c.text}”`);
        }
    expect(letters).toBeGreaterThan(500);
    expect(flagged).toEqual([]);
  }, 60_000);
});
