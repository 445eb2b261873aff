// From lines in reading order to a Resume: sections, then each section's own reader.
import type {
  Award,
  Basics,
  Certificate,
  Education,
  Interest,
  Language,
  Project,
  Publication,
  Reference,
  Resume,
  ResumeSourceKind,
  Skill,
  Volunteer,
  Work,
} from '../resume/model';
import { parseBasics } from './fields/basics';
import { Confidence } from './fields/confidence';
import { parseEducationSection } from './fields/education';
import {
  parseAwards,
  parseCertificates,
  parseCourses,
  parseInterests,
  parseProjects,
  parsePublications,
  parseReferences,
  parseSummary,
} from './fields/others';
import { parseLanguages, parseSkills } from './fields/skills';
import { parseWorkSection, recordWork, toVolunteer } from './fields/work';
import { bodySize, splitSections, type Section } from './sections/split';
import type { HyphenPolicy } from './text/join';
import type { Line, ParseLayout, ParseResult, ParseWarning, SourceSection } from './types';

export type LinesInput = {
  readonly lines: readonly Line[];
  readonly hyphens: HyphenPolicy;
  readonly layout: ParseLayout;
  /** Warnings the adapter already has (rotated text, missing glyphs). */
  readonly warnings?: readonly ParseWarning[];
  readonly source?: { readonly kind: ResumeSourceKind; readonly fileName?: string };
};

type Lists = {
  work: Work[];
  volunteer: Volunteer[];
  education: Education[];
  skills: Skill[];
  languages: Language[];
  projects: Project[];
  certificates: Certificate[];
  awards: Award[];
  publications: Publication[];
  interests: Interest[];
  references: Reference[];
};

function sectionText(section: Section): string {
  return section.lines.map((l) => l.text).join('\n');
}

function recordList<T extends object>(
  confidence: Confidence,
  key: string,
  start: number,
  items: readonly T[],
  value: number,
): void {
  items.forEach((item, i) =>
    confidence.setAll(`/${key}/${start + i}`, item as Record<string, unknown>, value),
  );
}

function warn(code: ParseWarning['code'], message: string): ParseWarning {
  return { code, message };
}

/** Builds the Resume, with a confidence per field and warnings for the review screen. */
export function resumeFromLines(input: LinesInput): ParseResult {
  const { lines, hyphens } = input;
  const confidence = new Confidence();
  const sections = splitSections(lines);
  const header = sections.filter((s) => s.kind === 'header').flatMap((s) => s.lines);
  const contact = sections.filter((s) => s.kind === 'basics').flatMap((s) => s.lines);
  const hasSummary = sections.some((s) => s.kind === 'summary' && s.lines.length > 0);
  const { basics: parsedBasics } = parseBasics(
    { header, contact, all: lines, bodySize: bodySize(lines), hyphens, wantSummary: !hasSummary },
    confidence,
  );
  const basics: { -readonly [K in keyof Basics]: Basics[K] } = { ...parsedBasics };
  const lists: Lists = {
    work: [],
    volunteer: [],
    education: [],
    skills: [],
    languages: [],
    projects: [],
    certificates: [],
    awards: [],
    publications: [],
    interests: [],
    references: [],
  };
  const append = <K extends keyof Lists>(key: K, items: Lists[K], value: number) => {
    recordList(confidence, key, lists[key].length, items, value);
    (lists[key] as unknown[]).push(...items);
  };
  const summaries: string[] = [];
  for (const section of sections) {
    const sectionLines = section.lines;
    switch (section.kind) {
      case 'summary': {
        const text = parseSummary(sectionLines, hyphens);
        if (text) summaries.push(text);
        break;
      }
      case 'work':
        lists.work.push(
          ...recordWork(
            parseWorkSection(sectionLines, hyphens),
            '/work',
            lists.work.length,
            confidence,
          ),
        );
        break;
      case 'volunteer':
        append(
          'volunteer',
          parseWorkSection(sectionLines, hyphens).map((e) => toVolunteer(e.fields)),
          0.6,
        );
        break;
      case 'education':
        lists.education.push(
          ...parseEducationSection(sectionLines, '/education', lists.education.length, confidence),
        );
        break;
      case 'courses': {
        const last = lists.education[lists.education.length - 1];
        const courses = parseCourses(sectionLines);
        if (last && courses.length > 0) {
          lists.education[lists.education.length - 1] = {
            ...last,
            courses: [...(last.courses ?? []), ...courses],
          };
        }
        break;
      }
      case 'skills': {
        const { skills, languages } = parseSkills(sectionLines);
        append('skills', skills, 0.75);
        append('languages', languages, 0.7);
        break;
      }
      case 'languages':
        append('languages', parseLanguages(sectionLines), 0.75);
        break;
      case 'projects':
        append('projects', parseProjects(sectionLines, hyphens), 0.7);
        break;
      case 'certificates':
        append('certificates', parseCertificates(sectionLines), 0.7);
        break;
      case 'awards':
        append('awards', parseAwards(sectionLines, hyphens), 0.7);
        break;
      case 'publications':
        append('publications', parsePublications(sectionLines, hyphens), 0.6);
        break;
      case 'interests':
        append('interests', parseInterests(sectionLines), 0.7);
        break;
      case 'references':
        append('references', parseReferences(sectionLines, hyphens), 0.6);
        break;
      case 'header':
      case 'basics':
      case 'other':
        break;
    }
  }
  if (summaries.length > 0 && !basics.summary) {
    basics.summary = summaries.join('\n\n');
    confidence.set('/basics/summary', 0.85);
  }
  const warnings = buildWarnings(input, sections, basics, lists);
  const resume: Resume = {
    basics,
    ...Object.fromEntries(Object.entries(lists).filter(([, list]) => list.length > 0)),
    meta: {
      ...(input.source ? { source: { ...input.source } } : {}),
      ...(warnings.length > 0 ? { warnings: warnings.map((w) => w.message) } : {}),
    },
  };
  const sourceSections: SourceSection[] = sections.map((s) => ({
    key:
      s.kind === 'header'
        ? 'basics'
        : s.kind === 'courses'
          ? 'education'
          : s.kind === 'summary'
            ? 'summary'
            : s.kind,
    heading: s.heading,
    text: sectionText(s),
  }));
  return {
    resume,
    confidence: confidence.toRecord(),
    warnings,
    layout: input.layout,
    sections: sourceSections,
  };
}

function buildWarnings(
  input: LinesInput,
  sections: readonly Section[],
  basics: Basics,
  lists: Lists,
): ParseWarning[] {
  const warnings: ParseWarning[] = [...(input.warnings ?? [])];
  if (input.layout.columns >= 2) {
    warnings.push(
      warn(
        'two_column',
        'Two-column layout detected: check that each section kept its own content.',
      ),
    );
  }
  if (input.layout.gutter) {
    warnings.push(
      warn(
        'label_gutter',
        'Labels or dates printed in a side column were matched to the text beside them.',
      ),
    );
  }
  if (!basics.name)
    warnings.push(warn('no_name', 'No name was found: add it on the review screen.'));
  if (!basics.email && !basics.phone) {
    warnings.push(warn('no_contact', 'No email address or phone number was found.'));
  }
  if (lists.work.length === 0) {
    warnings.push(warn('no_experience', 'No work experience was found: check the sections below.'));
  }
  const named = sections.filter((s) => s.kind !== 'header');
  if (named.length < 2) {
    warnings.push(
      warn(
        'few_sections',
        'Few section headings were recognised, so most text may be in the wrong place.',
      ),
    );
  }
  const unknown = named.filter((s) => s.kind === 'other').map((s) => `“${s.heading}”`);
  if (unknown.length > 0) {
    warnings.push(
      warn(
        'unknown_sections',
        `Sections with no place in the resume were left out: ${unknown.join(', ')}.`,
      ),
    );
  }
  return warnings;
}
