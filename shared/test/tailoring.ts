// A small resume and job for tailoring tests, with facts the guard can check against.
import type { JobForMatch } from '../src/match/analyse-match';
import type { Resume } from '../src/resume/model';

export function sampleResume(): Resume {
  return {
    basics: {
      name: 'Dana Reyes',
      label: 'Front-End Developer',
      email: 'dana@example.com',
      summary: 'Front-end developer who builds accessible web apps.',
    },
    work: [
      {
        name: 'Brightwave',
        position: 'Front-End Developer',
        startDate: '2021-03',
        highlights: [
          'Built the checkout page in React and TypeScript.',
          'Cut bundle size by 30% with Webpack code splitting.',
          'Worked with designers on an accessible component library.',
        ],
      },
    ],
    projects: [{ name: 'Trail Log', description: 'A hiking log in Vue with offline sync.' }],
    education: [
      {
        institution: 'Lakeside College',
        studyType: 'B.S.',
        area: 'Computer Science',
        endDate: '2020',
      },
    ],
    skills: [
      { name: 'Languages', keywords: ['JavaScript', 'TypeScript', 'HTML', 'CSS'] },
      { name: 'Frameworks', keywords: ['React', 'Vue', 'Jest'] },
    ],
  };
}

export function sampleJob(): JobForMatch {
  return {
    job: {
      title: 'Front End Engineer',
      company: 'Tech Solutions',
      responsibilities: ['Build accessible React interfaces.'],
    },
    details: {
      seniority: 'mid',
      requiredQualifications: ['3+ years building web apps with React'],
      preferredQualifications: [],
      requiredSkills: ['React', 'TypeScript', 'Accessibility'],
      preferredSkills: ['GraphQL', 'Jest'],
      minYears: 3,
      structuredBy: 'rules',
    },
  };
}
