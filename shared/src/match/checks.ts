// Resume checks that screening software and recruiters care about, each with a severity and a fix.
import type { IsoDate } from '../lib/dates';
import {
  resolveSectionLayout,
  sectionHasContent,
  type Resume,
  type SectionKey,
} from '../resume/model';
import { checkToday } from './career';
import {
  bulletsOf,
  checkActionVerbs,
  checkBulletLength,
  checkPronouns,
  checkQuantified,
  proseOf,
  wordCount,
} from './checks-bullets';
import { checkDates, checkGaps } from './checks-dates';
import {
  CheckId,
  CheckSeverity,
  SEVERITY_RANK,
  worstSeverity,
  type CheckFinding,
  type CheckSeverity as Severity,
  type ResumeCheck,
} from './checks-model';

export type CheckOptions = { readonly today: IsoDate };

function pass(id: CheckId, label: string, message: string): ResumeCheck {
  return { id, label, severity: CheckSeverity.Pass, message, findings: [] };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

function checkContact(resume: Resume): ResumeCheck {
  const b = resume.basics ?? {};
  const problems: Array<{ text: string; severity: Severity }> = [];
  if (!b.name?.trim()) problems.push({ text: 'no name', severity: CheckSeverity.Problem });
  if (!b.email?.trim())
    problems.push({ text: 'no email address', severity: CheckSeverity.Problem });
  else if (!EMAIL.test(b.email.trim()))
    problems.push({
      text: `“${b.email}” is not a valid email address`,
      severity: CheckSeverity.Problem,
    });
  const digits = (b.phone ?? '').replace(/\D/g, '');
  if (!b.phone?.trim()) problems.push({ text: 'no phone number', severity: CheckSeverity.Warning });
  else if (digits.length < 7)
    problems.push({
      text: `“${b.phone}” has too few digits for a phone number`,
      severity: CheckSeverity.Warning,
    });
  if (!b.location?.city?.trim() && !b.location?.region?.trim()) {
    problems.push({ text: 'no city or region', severity: CheckSeverity.Info });
  }
  if (problems.length === 0)
    return pass(
      CheckId.Contact,
      'Contact details',
      'Name, email, phone and location are all present.',
    );
  return {
    id: CheckId.Contact,
    label: 'Contact details',
    severity: worstSeverity(problems.map((p) => p.severity)),
    message: `Missing or wrong: ${problems.map((p) => p.text).join('; ')}.`,
    fix: 'Put your name, a professional email, a phone number and your city in the header (as text, not in an image): recruiters need them to reach you, and many searches filter by location.',
    findings: problems.map((p) => ({ where: 'Header', text: p.text })),
  };
}

function checkSections(resume: Resume): ResumeCheck {
  const missing: Array<{ text: string; severity: Severity }> = [];
  if (!sectionHasContent(resume, 'work'))
    missing.push({ text: 'Experience', severity: CheckSeverity.Problem });
  if (!sectionHasContent(resume, 'skills'))
    missing.push({ text: 'Skills', severity: CheckSeverity.Warning });
  if (!sectionHasContent(resume, 'education'))
    missing.push({ text: 'Education', severity: CheckSeverity.Info });
  if (!sectionHasContent(resume, 'summary'))
    missing.push({ text: 'Summary', severity: CheckSeverity.Info });
  if (missing.length === 0)
    return pass(
      CheckId.Sections,
      'Key sections',
      'Summary, Experience, Education and Skills are all there.',
    );
  return {
    id: CheckId.Sections,
    label: 'Key sections',
    severity: worstSeverity(missing.map((m) => m.severity)),
    message: `No ${missing.map((m) => m.text).join(', ')} section.`,
    fix: 'Screening software looks for Experience, Education and Skills by name; a short Summary lets you use the posting’s words up front.',
    findings: missing.map((m) => ({ where: m.text, text: 'section is empty or missing' })),
  };
}

/** Headings parsers recognise, per section; a renamed section should still read as one of these. */
const RECOGNISED_HEADINGS: Readonly<Record<SectionKey, RegExp>> = {
  summary: /summary|profile|objective|about|overview|introduction/i,
  work: /experience|employment|work history|career|professional background|positions/i,
  volunteer: /volunteer|community|service|activities|involvement|leadership|extracurricular/i,
  education: /education|academic|qualifications|degrees?|studies|training/i,
  awards: /awards?|honou?rs|achievements|recognition/i,
  certificates: /certific|licen[cs]es?|credentials|accreditations?/i,
  publications: /publications?|papers|research|articles/i,
  skills: /skills|competenc|expertise|technolog|proficienc|tools|tech stack|abilities/i,
  languages: /languages?/i,
  interests: /interests|hobbies|activities/i,
  references: /references?|referees/i,
  projects: /projects?|portfolio/i,
};

function checkHeadings(resume: Resume): ResumeCheck {
  const findings: CheckFinding[] = [];
  for (const layout of resolveSectionLayout(resume)) {
    if (layout.hidden || !layout.title || !sectionHasContent(resume, layout.key)) continue;
    if (!RECOGNISED_HEADINGS[layout.key].test(layout.title)) {
      findings.push({
        where: layout.title,
        text: `“${layout.title}” may not be read as your ${layout.key === 'work' ? 'experience' : layout.key} section`,
      });
    }
  }
  if (findings.length === 0)
    return pass(
      CheckId.Headings,
      'Section headings',
      'Every section heading is one that resume parsers recognise.',
    );
  return {
    id: CheckId.Headings,
    label: 'Section headings',
    severity: CheckSeverity.Warning,
    message: `${findings.length} heading${findings.length === 1 ? '' : 's'} a resume parser may not recognise.`,
    fix: 'Use plain headings such as “Experience”, “Education”, “Skills”, “Projects”: screening software files your content by them.',
    findings,
  };
}

const MAX_WORDS = 900;
const MIN_WORDS = 150;

function checkLength(resume: Resume): ResumeCheck {
  const { meta: _meta, ...content } = resume;
  const words = wordCount(
    JSON.stringify(content)
      .replace(/"[A-Za-z$]+":/g, ' ')
      .replace(/[{}[\]",]/g, ' '),
  );
  if (words > MAX_WORDS) {
    return {
      id: CheckId.Length,
      label: 'Length',
      severity: CheckSeverity.Info,
      message: `About ${words} words: likely more than two pages.`,
      fix: 'Recruiters spend seconds on a first read; cut older roles to their best one or two bullets.',
      findings: [],
    };
  }
  if (words < MIN_WORDS) {
    return {
      id: CheckId.Length,
      label: 'Length',
      severity: CheckSeverity.Warning,
      message: `About ${words} words: too little for a recruiter to judge your experience.`,
      fix: 'Add what you did in each role and the results, and a skills section.',
      findings: [],
    };
  }
  return pass(CheckId.Length, 'Length', `About ${words} words: within one to two pages.`);
}

/** Runs every check on a resume; the worst first, passes last. */
export function checkResume(resume: Resume, options: CheckOptions): ResumeCheck[] {
  const today = checkToday(options.today);
  const bullets = bulletsOf(resume);
  const prose = proseOf(resume);
  const checks = [
    checkContact(resume),
    checkSections(resume),
    checkHeadings(resume),
    checkDates(resume, today),
    checkGaps(resume, today),
    checkBulletLength(resume, bullets),
    checkQuantified(bullets, prose),
    checkActionVerbs(bullets),
    checkPronouns(resume, bullets, prose),
    checkLength(resume),
  ];
  return checks
    .map((c, i) => ({ c, i }))
    .sort((a, b) => SEVERITY_RANK[b.c.severity] - SEVERITY_RANK[a.c.severity] || a.i - b.i)
    .map(({ c }) => c);
}
