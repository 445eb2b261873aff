// Builders for records used across client tests.
import { createApplication } from '@career-copilot/shared/application/model';
import type { JobRecord } from '@career-copilot/shared/job/model';
import type { ResumeRecord } from '@career-copilot/shared/resume/record';

export function resumeRecord(overrides: Partial<ResumeRecord> = {}): ResumeRecord {
  return {
    id: 'r1',
    schemaVersion: 1,
    name: 'Backend resume',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    revision: 0,
    resume: { basics: { name: 'Ada Lovelace', email: 'ada@example.com' } },
    ...overrides,
  };
}

export function jobRecord(overrides: Partial<JobRecord> = {}): JobRecord {
  return {
    id: 'j1',
    schemaVersion: 1,
    createdAt: '2026-01-02T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    sourceText: 'Senior Backend Engineer at Acme. Python, PostgreSQL.',
    job: { title: 'Senior Backend Engineer', company: 'Acme' },
    details: {
      requiredQualifications: [],
      preferredQualifications: [],
      requiredSkills: [],
      preferredSkills: [],
      structuredBy: 'rules',
    },
    ...overrides,
  };
}

export function applicationRecord(id = 'a1', jobId = 'j1') {
  return createApplication({ id, jobId, now: '2026-01-03T00:00:00.000Z' });
}

let dbCounter = 0;
/** A database name no other test uses, so tests never see each other's data. */
export function uniqueDbName(): string {
  dbCounter += 1;
  return `test-db-${Date.now()}-${dbCounter}-${Math.random().toString(36).slice(2)}`;
}
