// Resume checks that screening software and recruiters care about, each with a severity and a fix.
import type { IsoDate } from '../lib/dates';
import {
  resolveSectionLayout,
  sectionHasContent,
  type Resume,
  type SectionKey,
} from '../resume/model';
import { ACTION_VERB_STEMS, WEAK_OPENER } from './action-verbs';
import { checkToday, roleLabel } from './career';
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
import { tokenize } from './tokens';

export type CheckOptions = { readonly today: IsoDate };

type Bullet = { where: string; text: string };

/** Every bullet in work, volunteering and projects. */
function bulletsOf(resume: Resume): Bullet[] {
  const roles = [
    ...(resume.work ?? []).map((w) => ({
      name: `Experience · ${roleLabel(w.position, w.name)}`,
      highlights: w.highlights,
    })),
    ...(resume.volunteer ?? []).map((v) => ({
      name: `Volunteering · ${roleLabel(v.position, v.organization)}`,
      highlights: v.highlights,
    })),
    ...(resume.projects ?? []).map((p) => ({
      name: `Projects · ${p.name ?? ''}`,
      highlights: p.highlights,
    })),
  ];
  return roles.flatMap((r) =>
    (r.highlights ?? [])
      .filter((h) => h.trim())
      .map((h, i) => ({ where: `${r.name} · bullet ${i + 1}`, text: h.trim() })),
  );
}

/** Role descriptions written as prose: what to check when a resume has no bullets. */
function proseOf(resume: Resume): Bullet[] {
  return [
    ...(resume.work ?? []).map((w) => ({
      where: `Experience · ${roleLabel(w.position, w.name)}`,
      text: w.summary ?? '',
    })),
    ...(resume.projects ?? []).map((p) => ({
      where: `Projects · ${p.name ?? ''}`,
      text: p.description ?? '',
    })),
  ].filter((p) => p.text.trim() !== '');
}

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

const LONG_BULLET_WORDS = 35;
const LONG_BULLET_CHARS = 220;
const SHORT_BULLET_WORDS = 4;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function checkBulletLength(resume: Resume, bullets: readonly Bullet[]): ResumeCheck {
  const prose = (resume.work ?? []).filter(
    (w) => (w.highlights ?? []).length === 0 && (w.summary ?? '').trim() !== '',
  );
  if (bullets.length === 0) {
    if (prose.length === 0)
      return pass(CheckId.BulletLength, 'Bullet length', 'No bullets to check yet.');
    return {
      id: CheckId.BulletLength,
      label: 'Bullet length',
      severity: CheckSeverity.Info,
      message: `Your ${prose.length} role${prose.length === 1 ? ' is' : 's are'} written as paragraphs, with no bullets.`,
      fix: 'Recruiters skim; one result per bullet (one or two lines each) is read, a paragraph is skipped.',
      findings: prose.map((w) => ({
        where: `Experience · ${roleLabel(w.position, w.name)}`,
        text: 'paragraph, no bullets',
      })),
    };
  }
  const long = bullets.filter(
    (b) => wordCount(b.text) > LONG_BULLET_WORDS || b.text.length > LONG_BULLET_CHARS,
  );
  const short = bullets.filter((b) => wordCount(b.text) < SHORT_BULLET_WORDS);
  if (long.length === 0 && short.length === 0) {
    return pass(
      CheckId.BulletLength,
      'Bullet length',
      `All ${bullets.length} bullets are between ${SHORT_BULLET_WORDS} and ${LONG_BULLET_WORDS} words.`,
    );
  }
  return {
    id: CheckId.BulletLength,
    label: 'Bullet length',
    severity: long.length > 0 ? CheckSeverity.Warning : CheckSeverity.Info,
    message: `${long.length} of ${bullets.length} bullets run over ${LONG_BULLET_WORDS} words; ${short.length} are under ${SHORT_BULLET_WORDS} words.`,
    fix: 'Keep each bullet to one or two lines: what you did, how, and the result. Split long ones; give short ones their outcome.',
    findings: [
      ...long.map((b) => ({ where: b.where, text: b.text, note: `${wordCount(b.text)} words` })),
      ...short.map((b) => ({ where: b.where, text: b.text, note: 'very short' })),
    ],
  };
}

const NUMBER =
  /\d|[%$€£¥]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty|hundred|thousand|million|billion|dozen|double[sd]?|tripled?|half|halved)\b/i;
const QUANTIFIED_TARGET = 0.3;

function checkQuantified(bullets: readonly Bullet[], prose: readonly Bullet[]): ResumeCheck {
  const lines = bullets.length > 0 ? bullets : prose;
  if (lines.length === 0)
    return pass(CheckId.Quantified, 'Quantified results', 'No bullets to check yet.');
  const plain = lines.filter((l) => !NUMBER.test(l.text));
  const withNumbers = lines.length - plain.length;
  const share = withNumbers / lines.length;
  const unit = bullets.length > 0 ? 'bullets' : 'role descriptions';
  const message = `${withNumbers} of ${lines.length} ${unit} (${Math.round(share * 100)}%) carry a number: a count, a percentage, money or time.`;
  if (share >= QUANTIFIED_TARGET) return pass(CheckId.Quantified, 'Quantified results', message);
  return {
    id: CheckId.Quantified,
    label: 'Quantified results',
    severity: CheckSeverity.Warning,
    message: `${message} Aim for at least ${Math.round(QUANTIFIED_TARGET * 100)}%.`,
    fix: 'Add the scale or the outcome where you know it: how many, how much, how fast, how often (“for 40 clients”, “cut close time by 3 days”). Only numbers you can stand behind.',
    findings: plain.slice(0, 8).map((l) => ({ where: l.where, text: l.text })),
  };
}

function checkActionVerbs(bullets: readonly Bullet[]): ResumeCheck {
  if (bullets.length === 0)
    return pass(CheckId.ActionVerbs, 'Action verbs', 'No bullets to check yet.');
  const weak: CheckFinding[] = [];
  const noVerb: CheckFinding[] = [];
  for (const b of bullets) {
    const opener = b.text.match(WEAK_OPENER)?.[0];
    if (opener) {
      weak.push({ where: b.where, text: b.text, note: `starts with “${opener}”` });
      continue;
    }
    const first = tokenize(b.text)[0];
    if (first && !ACTION_VERB_STEMS.has(first.stem))
      noVerb.push({ where: b.where, text: b.text, note: `starts with “${first.text}”` });
  }
  const strong = bullets.length - weak.length - noVerb.length;
  const message = `${strong} of ${bullets.length} bullets start with an action verb; ${weak.length} start with a weak opener.`;
  if (weak.length === 0 && noVerb.length === 0)
    return pass(CheckId.ActionVerbs, 'Action verbs', message);
  return {
    id: CheckId.ActionVerbs,
    label: 'Action verbs',
    severity: weak.length > 0 ? CheckSeverity.Warning : CheckSeverity.Info,
    message,
    fix: 'Open each bullet with what you did (“Reconciled”, “Built”, “Negotiated”) rather than “Responsible for” or “Helped with”.',
    findings: [...weak, ...noVerb],
  };
}

const PRONOUN = /(?<![\p{L}'])(?:I|I'm|I've|I'd|I'll|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)(?![\p{L}'])/u;

function checkPronouns(
  resume: Resume,
  bullets: readonly Bullet[],
  prose: readonly Bullet[],
): ResumeCheck {
  const texts = [
    ...(resume.basics?.summary ? [{ where: 'Summary', text: resume.basics.summary }] : []),
    ...bullets,
    ...prose,
  ];
  const findings = texts
    .map((t) => ({ ...t, m: t.text.replace(/[’]/g, "'").match(PRONOUN) }))
    .filter((t) => t.m)
    .map((t) => ({ where: t.where, text: t.text, note: `“${t.m?.[0] ?? ''}”` }));
  if (findings.length === 0)
    return pass(
      CheckId.Pronouns,
      'First-person pronouns',
      'No “I”, “me” or “my” in your summary or bullets.',
    );
  return {
    id: CheckId.Pronouns,
    label: 'First-person pronouns',
    severity: CheckSeverity.Warning,
    message: `“I”, “me” or “my” appears in ${findings.length} place${findings.length === 1 ? '' : 's'}.`,
    fix: 'Resumes are written without pronouns: “Led a team of 6”, not “I led a team of 6”.',
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
