// Resume checks on how bullets are written: length, numbers, action verbs, first-person pronouns.
import type { Resume } from '../resume/model';
import { ACTION_VERB_STEMS, WEAK_OPENER } from './action-verbs';
import { roleLabel } from './career';
import { CheckId, CheckSeverity, type CheckFinding, type ResumeCheck } from './checks-model';
import { tokenize } from './tokens';

export type Bullet = { where: string; text: string };

function pass(id: CheckId, label: string, message: string): ResumeCheck {
  return { id, label, severity: CheckSeverity.Pass, message, findings: [] };
}

/** Every bullet in work, volunteering and projects. */
export function bulletsOf(resume: Resume): Bullet[] {
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
export function proseOf(resume: Resume): Bullet[] {
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

const LONG_BULLET_WORDS = 35;
const LONG_BULLET_CHARS = 220;
const SHORT_BULLET_WORDS = 4;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function checkBulletLength(resume: Resume, bullets: readonly Bullet[]): ResumeCheck {
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

export function checkQuantified(bullets: readonly Bullet[], prose: readonly Bullet[]): ResumeCheck {
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

export function checkActionVerbs(bullets: readonly Bullet[]): ResumeCheck {
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

export function checkPronouns(
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
