// Match quality on the corpus: the resume a posting was written for beats unrelated ones.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTruthFiles, requireCorpus } from '../../test/corpus';
import type { Resume } from '../resume/model';
import { analyseMatch } from './analyse-match';
import { structureJob, type StructuredJob } from './structure-job';

const today = '2026-11-24';
const resumes = new Map(readTruthFiles().map(([name, truth]) => [name, truth as Resume]));
const corpusJob = (name: string) =>
  structureJob(readFileSync(join(requireCorpus(), 'jobs', `${name}.txt`), 'utf8'));
const fixtureJob = (name: string) =>
  structureJob(
    readFileSync(join(import.meta.dirname, '../../test/fixtures/jobs', `${name}.txt`), 'utf8'),
  );

function scoreOf(job: StructuredJob, resume: string): number {
  const truth = resumes.get(resume);
  if (!truth) throw new Error(`no corpus resume ${resume}`);
  return analyseMatch(truth, job, { today }).score;
}

/** Every corpus resume, best first; DOCX twins are left out (they repeat their PDF's truth). */
function ranking(job: StructuredJob): string[] {
  return [...resumes.keys()]
    .filter((name) => !name.endsWith('_docx'))
    .sort((a, b) => scoreOf(job, b) - scoreOf(job, a));
}

const NON_TECH = [
  'soupboss_01_accountant_pdf',
  'soupboss_02_accountant_pdf',
  'soupboss_01_office_coordinator_pdf',
  'soupboss_02_office_coordinator_pdf',
  'offlinecv_synthetic-two-experience-sections', // a singer's resume
];
const DEVELOPERS = [
  'resumematcher_barry_allen_fe',
  'resumematcher_bruce_wayne_fullstack',
  'resumematcher_john_doe',
];

/** The margin an intended resume must win by: a clear difference, not a rounding accident. */
const MARGIN = 15;

describe('match quality on the corpus', () => {
  // Pairs named by the upstream files (jobs/README.md).
  const pairs = [
    ['resumematcher_jd_front_end_engineer', 'resumematcher_barry_allen_fe'],
    ['resumematcher_jd_full_stack_engineer', 'resumematcher_bruce_wayne_fullstack'],
    ['resumematcher_jd_product_manager', 'resumematcher_alfred_pennyworth_pm'],
  ] as const;

  for (const [jobName, intended] of pairs) {
    it(`${jobName}: ${intended} ranks first and beats unrelated resumes clearly`, () => {
      const job = corpusJob(jobName);
      const order = ranking(job);
      expect(order[0]).toBe(intended);
      const unrelated = jobName.includes('product_manager')
        ? [...NON_TECH, 'soupboss_01_desktop_support_pdf', 'offlinecv_name-set-apart-tagline']
        : [...NON_TECH, 'resumematcher_alfred_pennyworth_pm', 'offlinecv_name-set-apart-tagline'];
      for (const other of unrelated) {
        expect(scoreOf(job, intended), `${intended} vs ${other}`).toBeGreaterThanOrEqual(
          scoreOf(job, other) + MARGIN,
        );
      }
    });
  }

  it('a product manager against the Java developer posting is a clear mismatch', () => {
    const job = corpusJob('resumematcher_jd_java_developer');
    expect(scoreOf(job, 'resumematcher_john_doe')).toBeGreaterThanOrEqual(
      scoreOf(job, 'resumematcher_alfred_pennyworth_pm') + MARGIN,
    );
    expect(ranking(job)[0]).toBe('resumematcher_john_doe');
  });

  it('the short postings rank the resume of their field first', () => {
    expect(ranking(corpusJob('resumematcher_e2e_jd_ml-eng'))[0]).toBe(
      'resumematcher_harvey_dent_mle',
    );
    expect(ranking(corpusJob('resumematcher_e2e_jd_product-manager'))[0]).toBe(
      'resumematcher_alfred_pennyworth_pm',
    );
    expect(ranking(corpusJob('resumematcher_e2e_jd_frontend-eng'))[0]).toBe(
      'resumematcher_barry_allen_fe',
    );
  });

  it('accountants and office coordinators score below every developer on software postings', () => {
    for (const jobName of [
      'resumematcher_jd_front_end_engineer',
      'resumematcher_jd_full_stack_engineer',
      'resumematcher_jd_java_developer',
    ]) {
      const job = corpusJob(jobName);
      const weakestDeveloper = Math.min(...DEVELOPERS.map((d) => scoreOf(job, d)));
      for (const other of NON_TECH)
        expect(scoreOf(job, other), `${other} on ${jobName}`).toBeLessThan(weakestDeveloper);
    }
  });

  it('outside tech, the accountant, desktop support and office resumes win their own postings', () => {
    const cases = [
      ['staff-accountant', ['soupboss_01_accountant_pdf', 'soupboss_02_accountant_pdf']],
      [
        'desktop-support-technician',
        ['soupboss_01_desktop_support_pdf', 'soupboss_02_desktop_support_pdf'],
      ],
      [
        'office-manager',
        ['soupboss_01_office_coordinator_pdf', 'soupboss_02_office_coordinator_pdf'],
      ],
    ] as const;
    for (const [jobName, intended] of cases) {
      const job = fixtureJob(jobName);
      const order = ranking(job);
      expect(order.slice(0, 2).sort(), jobName).toEqual([...intended].sort());
      for (const dev of DEVELOPERS) {
        expect(
          Math.min(...intended.map((r) => scoreOf(job, r))),
          `${jobName} vs ${dev}`,
        ).toBeGreaterThanOrEqual(scoreOf(job, dev) + MARGIN);
      }
    }
  });
});
