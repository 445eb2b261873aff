// Section headings by their wording: "Work History", "Technical Skills", "Honors & Awards" ….
import { memoizeText } from '../memo';

export const SectionKind = {
  Basics: 'basics',
  Summary: 'summary',
  Work: 'work',
  Volunteer: 'volunteer',
  Education: 'education',
  Courses: 'courses',
  Skills: 'skills',
  Projects: 'projects',
  Certificates: 'certificates',
  Awards: 'awards',
  Publications: 'publications',
  Languages: 'languages',
  Interests: 'interests',
  References: 'references',
  /** A section with no home in JSON Resume (patents, talks, strengths…): kept out of the resume. */
  Other: 'other',
} as const;
export type SectionKind = (typeof SectionKind)[keyof typeof SectionKind];

const EXACT: ReadonlyArray<readonly [SectionKind, readonly string[]]> = [
  [
    'basics',
    [
      'contact',
      'contacts',
      'contact information',
      'contact info',
      'contact details',
      'personal information',
      'personal info',
      'personal details',
      'personal data',
      'profiles',
      'social',
      'social profiles',
      'links',
      'online presence',
      'find me online',
    ],
  ],
  [
    'summary',
    [
      'summary',
      'professional summary',
      'career summary',
      'executive summary',
      'summary of qualifications',
      'qualifications summary',
      'profile',
      'professional profile',
      'career profile',
      'personal profile',
      'about',
      'about me',
      'objective',
      'career objective',
      'professional objective',
      'personal statement',
      'overview',
      'professional overview',
      'bio',
      'introduction',
      'highlights',
      'career highlights',
    ],
  ],
  [
    'work',
    [
      'employment',
      'employment history',
      'work history',
      'career history',
      'professional history',
      'career',
      'professional background',
      'internships',
      'internship',
      'research',
      'positions',
      'positions held',
      'appointments',
      'work',
    ],
  ],
  [
    'volunteer',
    [
      'volunteer',
      'volunteering',
      'volunteer work',
      'community service',
      'community involvement',
      'activities',
      'extracurricular activities',
      'extracurriculars',
      'extra curricular activities',
      'involvement',
      'campus involvement',
      'leadership',
      'leadership and activities',
      'leadership and involvement',
      'activities and leadership',
      'service',
    ],
  ],
  [
    'education',
    [
      'education',
      'academic background',
      'academics',
      'academic history',
      'educational background',
      'academic qualifications',
      'education and training',
      'studies',
      'schooling',
    ],
  ],
  ['courses', ['coursework', 'relevant coursework', 'courses', 'relevant courses']],
  [
    'skills',
    [
      'competencies',
      'core competencies',
      'key competencies',
      'technologies',
      'tech stack',
      'technical stack',
      'tools',
      'tools and technologies',
      'technologies and tools',
      'expertise',
      'areas of expertise',
      'technical expertise',
      'proficiencies',
      'technical proficiencies',
      'programming languages',
      'abilities',
      'toolbox',
    ],
  ],
  [
    'projects',
    [
      'projects',
      'project',
      'personal projects',
      'academic projects',
      'selected projects',
      'key projects',
      'side projects',
      'open source',
      'open source projects',
      'open source contributions',
      'portfolio',
      'project experience',
    ],
  ],
  [
    'certificates',
    [
      'certifications',
      'certification',
      'certificates',
      'certificate',
      'licenses',
      'licences',
      'licenses and certifications',
      'licences and certifications',
      'certifications and licenses',
      'credentials',
      'professional certifications',
      'courses and certifications',
      'certifications and training',
      'training',
      'trainings',
    ],
  ],
  [
    'awards',
    [
      'awards',
      'award',
      'honors',
      'honours',
      'awards and honors',
      'honors and awards',
      'awards and honours',
      'honours and awards',
      'achievements',
      'accomplishments',
      'key achievements',
      'scholarships',
      'scholarships and awards',
      'recognition',
      'recognitions',
      'distinctions',
      'selected honors',
      'awards and achievements',
    ],
  ],
  [
    'publications',
    [
      'publications',
      'publication',
      'selected publications',
      'papers',
      'research papers',
      'articles',
      'publications and presentations',
    ],
  ],
  [
    'languages',
    ['languages', 'language', 'spoken languages', 'language skills', 'language proficiency'],
  ],
  [
    'interests',
    [
      'interests',
      'hobbies',
      'hobbies and interests',
      'interests and hobbies',
      'personal interests',
      'passions',
    ],
  ],
  ['references', ['references', 'referees', 'reference']],
  [
    'other',
    [
      'strengths',
      'key strengths',
      'focus areas',
      'patents',
      'talks',
      'presentations',
      'conferences',
      'committees',
      'memberships',
      'affiliations',
      'professional affiliations',
      'professional memberships',
      'additional information',
      'additional',
      'miscellaneous',
      'other',
      'declaration',
    ],
  ],
];

const BY_PHRASE = new Map<string, SectionKind>(
  EXACT.flatMap(([kind, phrases]) => phrases.map((p) => [p, kind] as const)),
);

/** Lower case, "&" as "and", punctuation and a trailing colon gone, spaces collapsed. */
export function normaliseHeading(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** Headings longer than this are prose, whatever words they contain. */
const MAX_HEADING_WORDS = 6;

/**
 * The kind of section a heading names, or null when the text is not a known heading.
 * Exact phrases first, then the head word: any "… Experience" is work (except volunteer
 * experience), any "… Skills" is skills, "… Education" is education.
 */
export const classifyHeading = memoizeText(classifyHeadingUncached);

function classifyHeadingUncached(text: string): SectionKind | null {
  const phrase = normaliseHeading(text);
  if (phrase === '' || phrase.split(' ').length > MAX_HEADING_WORDS) return null;
  const exact = BY_PHRASE.get(phrase);
  if (exact) return exact;
  if (/\bvolunteer(ing)?\b|\bextra ?curricular|\bcommunity (service|involvement)\b/.test(phrase)) {
    return 'volunteer';
  }
  if (/\bexperiences?$/.test(phrase)) return 'work';
  if (/^(work|employment|career|professional) (history|background|experience)\b/.test(phrase)) {
    return 'work';
  }
  if (/\bskills?\b|\bcompetenc(y|ies)$/.test(phrase)) return 'skills';
  if (/\beducation\b/.test(phrase)) return 'education';
  if (/\bprojects$/.test(phrase)) return 'projects';
  if (/\b(certifications?|certificates?|licen[cs]es)$/.test(phrase)) return 'certificates';
  if (/\b(awards|honou?rs|achievements)$/.test(phrase)) return 'awards';
  if (/\bpublications$/.test(phrase)) return 'publications';
  if (/\binterests$/.test(phrase)) return 'interests';
  if (/\bcoursework$/.test(phrase)) return 'courses';
  if (/\bsummary$|\bobjective$|\bprofile$/.test(phrase)) return 'summary';
  return null;
}

/**
 * Heading words that are also everyday list items ("Tools" in a skills list, "Languages" as a
 * skill group): they need the headings' own style, not just emphasis.
 */
const WEAK = new Set([
  'tools',
  'technologies',
  'languages',
  'language',
  'interests',
  'activities',
  'service',
  'research',
  'training',
  'highlights',
  'profile',
  'about',
  'links',
  'social',
  'work',
  'career',
  'leadership',
  'involvement',
  'project',
  'overview',
  'bio',
  'abilities',
  'expertise',
  'competencies',
  'contact',
  'award',
  'certificate',
  'reference',
  'positions',
  'studies',
]);

/** A heading word that is also an everyday list item ("Tools", "Languages"). */
export function isWeakHeading(text: string): boolean {
  return WEAK.has(normaliseHeading(text));
}
