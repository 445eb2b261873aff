// STAR answer drafts built only from a resume bullet, and the bullet that best backs a question.
import { skillMatcher } from '../match/term-matcher';
import { startsWithVerb } from '../letters/template-letter';
import { tokenize } from '../match/tokens';
import type { Achievement } from '../letters/achievements';
import type { StarDraft } from './model';

const STOP = new Set(
  'a an and the of to in for on with at by from as or our we you your is are be will this that it its into about time tell me how have has had do did what when where which who why'.split(
    ' ',
  ),
);

function contentStems(text: string): Set<string> {
  return new Set(
    tokenize(text)
      .map((t) => t.stem)
      .filter((s) => !STOP.has(s) && s.length > 1),
  );
}

/** The achievement sharing most with `topic` (its skills first, then words), if any shares anything. */
export function bestAchievementFor(
  topic: string,
  achievements: readonly Achievement[],
): Achievement | undefined {
  const matcher = skillMatcher();
  const topicSkills = new Set(matcher.find(topic).flatMap((h) => h.termIds));
  const topicStems = contentStems(topic);
  let best: { a: Achievement; score: number } | undefined;
  for (const a of achievements) {
    let score = 0;
    for (const id of matcher.find(a.text).flatMap((h) => h.termIds))
      if (topicSkills.has(id)) score += 3;
    for (const s of contentStems(a.text)) if (topicStems.has(s)) score += 1;
    if (score > 0 && (!best || score > best.score)) best = { a, score };
  }
  return best?.a;
}

function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text;
}

function asSentence(text: string): string {
  const t = text.trim().replace(/[;,:\s]+$/, '');
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/**
 * A STAR outline from one bullet. It states only what the bullet and its role say; where the resume
 * is silent (the situation's detail, a measurable result) the draft says what to add instead of
 * inventing it.
 */
export function starFromAchievement(achievement: Achievement, aim: string): StarDraft {
  const role = [
    achievement.position,
    achievement.organisation ? `at ${achievement.organisation}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const action = startsWithVerb(achievement.text)
    ? `I ${lowerFirst(asSentence(achievement.text))}`
    : asSentence(achievement.text);
  const measured = /\d/.test(achievement.text);
  return {
    situation: role
      ? `As ${role}. Set the scene in a sentence: the team, the product, what was at stake.`
      : 'Set the scene in a sentence: the team, the product, what was at stake.',
    task: `My goal was to ${lowerFirst(aim.replace(/[.?!]+$/, ''))}.`,
    action: `${action} Name the two or three steps you took yourself.`,
    result: measured
      ? `The result, as your resume states it: ${asSentence(achievement.text)} Say what it meant for the users or the business.`
      : 'Your resume gives no measurable result for this; add one only if it is true (time saved, errors avoided, people helped).',
  };
}
