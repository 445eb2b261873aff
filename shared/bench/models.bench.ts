// How fast the shared models read what the app stores: every corpus truth resume, and resume dates.
import { bench, describe } from 'vitest';
import { readTruthFiles } from '../test/corpus';
import { findDateRanges, parseDateRange } from '../src/lib/dates';
import { ResumeSchema } from '../src/resume/model';

const truths = readTruthFiles().map(([, t]) => t);
const dateLines = [
  'Jan 2020 – Present',
  '01/2019 to 12/2020',
  'Summer 2019',
  '2018-2020',
  'Sept 2015 - Jun 2019',
  'Expected May 2026',
];
const longLine =
  'Senior Engineer, Acme Corp — Platform Reliability, San Francisco, CA   Jan 2020 – Present   (led 12 engineers)';

describe('resume model', () => {
  bench(`validate ${truths.length} corpus resumes`, () => {
    for (const t of truths) ResumeSchema.parse(t);
  });
});

describe('dates', () => {
  bench('parseDateRange × 6 formats', () => {
    for (const line of dateLines) parseDateRange(line);
  });
  bench('findDateRanges in a resume line', () => {
    findDateRanges(longLine);
  });
});
