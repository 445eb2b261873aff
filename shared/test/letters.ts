// A resume and a structured job for the letters' and interview prep's tests.
import type { JobRecord } from '../src/job/model';
import { structureJob } from '../src/match/structure-job';
import type { Resume } from '../src/resume/model';

export const POSTING = `Senior Backend Engineer
Northwind Labs
Berlin, Germany (Hybrid)

About the role
You will build the services behind our logistics platform.

Responsibilities
- Design and build reliable APIs in TypeScript and Node.js
- Own PostgreSQL schemas and query performance
- Mentor engineers and review code

Requirements
- 5+ years of backend development experience
- Strong TypeScript and Node.js
- PostgreSQL
- Experience with Kubernetes
- Bachelor's degree in Computer Science or related field

Nice to have
- Kafka
`;

export function sampleJob(): JobRecord {
  const structured = structureJob(POSTING);
  return {
    id: 'job-1',
    schemaVersion: 1,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    sourceText: POSTING,
    job: { ...structured.job, company: 'Northwind Labs' },
    details: structured.details,
  };
}

export function sampleResume(): Resume {
  return {
    basics: {
      name: 'Ada Moreno',
      label: 'Backend Engineer',
      email: 'ada@example.com',
      summary: 'Backend engineer building APIs and data pipelines.',
    },
    work: [
      {
        name: 'Acme Freight',
        position: 'Backend Engineer',
        startDate: '2021-03',
        highlights: [
          'Cut API latency by 40% by redesigning PostgreSQL indexes',
          'Built a TypeScript and Node.js billing service handling 2M requests a day',
          'Mentored 3 junior engineers through code review and pairing',
        ],
      },
      {
        name: 'Globex',
        position: 'Software Developer',
        startDate: '2018-01',
        endDate: '2020-02',
        highlights: ['Migrated nightly batch jobs to an event-driven Python pipeline'],
      },
    ],
    education: [
      {
        institution: 'University of Leeds',
        studyType: 'BSc',
        area: 'Computer Science',
        startDate: '2014-09',
        endDate: '2017-06',
      },
    ],
    skills: [{ name: 'Backend', keywords: ['TypeScript', 'Node.js', 'PostgreSQL', 'Python'] }],
  };
}
