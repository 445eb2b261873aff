// The Resume model: JSON Resume v1 (every section) with Career Copilot's additions under `meta`.
import { z } from 'zod';
import { ISO_DATE_PATTERN } from '../lib/dates';

/**
 * Objects are loose: JSON Resume allows properties beyond the schema, and an import followed by an
 * export must give back exactly what came in.
 */
const text = z.string();
const textList = z.array(z.string());

export const IsoDateSchema = z
  .string()
  .regex(ISO_DATE_PATTERN, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');

export const LocationSchema = z.looseObject({
  address: text.optional(),
  postalCode: text.optional(),
  city: text.optional(),
  countryCode: text.optional(),
  region: text.optional(),
});

export const ProfileSchema = z.looseObject({
  network: text.optional(),
  username: text.optional(),
  url: text.optional(),
});

export const BasicsSchema = z.looseObject({
  name: text.optional(),
  label: text.optional(),
  image: text.optional(),
  email: text.optional(),
  phone: text.optional(),
  url: text.optional(),
  summary: text.optional(),
  location: LocationSchema.optional(),
  profiles: z.array(ProfileSchema).optional(),
});

const dated = {
  startDate: IsoDateSchema.optional(),
  endDate: IsoDateSchema.optional(),
};

export const WorkSchema = z.looseObject({
  name: text.optional(),
  location: text.optional(),
  description: text.optional(),
  position: text.optional(),
  url: text.optional(),
  ...dated,
  summary: text.optional(),
  highlights: textList.optional(),
});

export const VolunteerSchema = z.looseObject({
  organization: text.optional(),
  position: text.optional(),
  url: text.optional(),
  ...dated,
  summary: text.optional(),
  highlights: textList.optional(),
});

export const EducationSchema = z.looseObject({
  institution: text.optional(),
  url: text.optional(),
  area: text.optional(),
  studyType: text.optional(),
  ...dated,
  score: text.optional(),
  courses: textList.optional(),
});

export const AwardSchema = z.looseObject({
  title: text.optional(),
  date: IsoDateSchema.optional(),
  awarder: text.optional(),
  summary: text.optional(),
});

export const CertificateSchema = z.looseObject({
  name: text.optional(),
  date: IsoDateSchema.optional(),
  url: text.optional(),
  issuer: text.optional(),
});

export const PublicationSchema = z.looseObject({
  name: text.optional(),
  publisher: text.optional(),
  releaseDate: IsoDateSchema.optional(),
  url: text.optional(),
  summary: text.optional(),
});

export const SkillSchema = z.looseObject({
  name: text.optional(),
  level: text.optional(),
  keywords: textList.optional(),
});

export const LanguageSchema = z.looseObject({
  language: text.optional(),
  fluency: text.optional(),
});

export const InterestSchema = z.looseObject({
  name: text.optional(),
  keywords: textList.optional(),
});

export const ReferenceSchema = z.looseObject({
  name: text.optional(),
  reference: text.optional(),
});

export const ProjectSchema = z.looseObject({
  name: text.optional(),
  description: text.optional(),
  highlights: textList.optional(),
  keywords: textList.optional(),
  ...dated,
  url: text.optional(),
  roles: textList.optional(),
  entity: text.optional(),
  type: text.optional(),
});

/** The sections a resume can show, in JSON Resume's own order; `summary` lives in basics. */
export const SectionKey = {
  Summary: 'summary',
  Work: 'work',
  Volunteer: 'volunteer',
  Education: 'education',
  Awards: 'awards',
  Certificates: 'certificates',
  Publications: 'publications',
  Skills: 'skills',
  Languages: 'languages',
  Interests: 'interests',
  References: 'references',
  Projects: 'projects',
} as const;
export type SectionKey = (typeof SectionKey)[keyof typeof SectionKey];
export const SECTION_KEYS: readonly SectionKey[] = Object.values(SectionKey);

/** Where a resume came from, kept so the review screen and support can say what was imported. */
export const ResumeSourceKind = {
  Pdf: 'pdf',
  Docx: 'docx',
  JsonResume: 'json',
  Text: 'text',
  Scratch: 'scratch',
  Tailored: 'tailored',
} as const;
export type ResumeSourceKind = (typeof ResumeSourceKind)[keyof typeof ResumeSourceKind];

export const PaperSize = { A4: 'a4', Letter: 'letter' } as const;
export type PaperSize = (typeof PaperSize)[keyof typeof PaperSize];

export const TemplateSettingsSchema = z.looseObject({
  id: z.string().min(1),
  accentColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1f6feb')
    .optional(),
  font: z.string().optional(),
  paper: z.enum([PaperSize.A4, PaperSize.Letter]).optional(),
  /** Page margins in millimetres. */
  marginMm: z.number().min(0).max(50).optional(),
});

export const SectionLayoutSchema = z.looseObject({
  key: z.enum(SECTION_KEYS as [SectionKey, ...SectionKey[]]),
  title: z.string().optional(),
  hidden: z.boolean().optional(),
  /** Positions (0-based) of entries left out of the rendered resume; the data stays. */
  hiddenEntries: z.array(z.number().int().nonnegative()).optional(),
});

/** JSON Resume's own meta fields plus ours; all optional so plain JSON Resume files validate. */
export const ResumeMetaSchema = z.looseObject({
  canonical: text.optional(),
  version: text.optional(),
  lastModified: text.optional(),
  template: TemplateSettingsSchema.optional(),
  /** Section order, custom titles and visibility; sections not listed follow in default order. */
  sections: z.array(SectionLayoutSchema).optional(),
  source: z
    .looseObject({
      kind: z.enum(Object.values(ResumeSourceKind) as [ResumeSourceKind, ...ResumeSourceKind[]]),
      fileName: z.string().optional(),
      importedAt: z.string().optional(),
    })
    .optional(),
  /** Warnings from the import, shown until the user dismisses them. */
  warnings: z.array(z.string()).optional(),
});

export const ResumeSchema = z.looseObject({
  $schema: text.optional(),
  basics: BasicsSchema.optional(),
  work: z.array(WorkSchema).optional(),
  volunteer: z.array(VolunteerSchema).optional(),
  education: z.array(EducationSchema).optional(),
  awards: z.array(AwardSchema).optional(),
  certificates: z.array(CertificateSchema).optional(),
  publications: z.array(PublicationSchema).optional(),
  skills: z.array(SkillSchema).optional(),
  languages: z.array(LanguageSchema).optional(),
  interests: z.array(InterestSchema).optional(),
  references: z.array(ReferenceSchema).optional(),
  projects: z.array(ProjectSchema).optional(),
  meta: ResumeMetaSchema.optional(),
});

export type Resume = z.infer<typeof ResumeSchema>;
export type Basics = z.infer<typeof BasicsSchema>;
export type Location = z.infer<typeof LocationSchema>;
export type Profile = z.infer<typeof ProfileSchema>;
export type Work = z.infer<typeof WorkSchema>;
export type Volunteer = z.infer<typeof VolunteerSchema>;
export type Education = z.infer<typeof EducationSchema>;
export type Award = z.infer<typeof AwardSchema>;
export type Certificate = z.infer<typeof CertificateSchema>;
export type Publication = z.infer<typeof PublicationSchema>;
export type Skill = z.infer<typeof SkillSchema>;
export type Language = z.infer<typeof LanguageSchema>;
export type Interest = z.infer<typeof InterestSchema>;
export type Reference = z.infer<typeof ReferenceSchema>;
export type Project = z.infer<typeof ProjectSchema>;
export type ResumeMeta = z.infer<typeof ResumeMetaSchema>;
export type TemplateSettings = z.infer<typeof TemplateSettingsSchema>;
export type SectionLayout = z.infer<typeof SectionLayoutSchema>;

/** Default human titles for each section; templates and the editor show these unless renamed. */
export const DEFAULT_SECTION_TITLES: Readonly<Record<SectionKey, string>> = {
  summary: 'Summary',
  work: 'Experience',
  volunteer: 'Volunteering',
  education: 'Education',
  awards: 'Awards',
  certificates: 'Certificates',
  publications: 'Publications',
  skills: 'Skills',
  languages: 'Languages',
  interests: 'Interests',
  references: 'References',
  projects: 'Projects',
};

/**
 * The order sections print in until the user reorders them: the story first (summary, experience,
 * projects, education, skills), then the extras, references last.
 */
export const DEFAULT_SECTION_ORDER: readonly SectionKey[] = [
  'summary',
  'work',
  'projects',
  'education',
  'skills',
  'volunteer',
  'awards',
  'certificates',
  'publications',
  'languages',
  'interests',
  'references',
];

/** The sections a resume actually has content for, in display order with titles applied. */
export function resolveSectionLayout(resume: Resume): SectionLayout[] {
  const listed = resume.meta?.sections ?? [];
  const seen = new Set(listed.map((s) => s.key));
  const rest = DEFAULT_SECTION_ORDER.filter((key) => !seen.has(key)).map((key) => ({ key }));
  return [...listed, ...rest];
}

/** True when the section holds something worth showing. */
export function sectionHasContent(resume: Resume, key: SectionKey): boolean {
  if (key === 'summary') return Boolean(resume.basics?.summary?.trim());
  const entries = resume[key];
  return Array.isArray(entries) && entries.length > 0;
}
