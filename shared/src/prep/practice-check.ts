// Feedback on a practice answer without a model: which STAR parts it has and which job requirements it meets.
import type { JobDetails } from '../job/model';
import { ACTION_VERB_STEMS } from '../match/action-verbs';
import { skillMatcher } from '../match/term-matcher';
import { stem, tokenize } from '../match/tokens';
import type { PracticeFeedback, PrepQuestion } from './model';

const SITUATION =
  /\b(?:when i|when we|at my|at the time|while (?:i|we)|in my (?:last|previous|current|first)|during|last year|the team was|we were|our (?:team|product|company|client)|my (?:team|manager|company))\b/i;
const TASK =
  /\b(?:my (?:goal|task|job|role|responsibility|aim)|i (?:was|were) (?:asked|responsible|tasked)|i (?:needed|had) to|responsible for|the goal was|we needed to|the challenge was|the problem was|objective)\b/i;
const RESULT =
  /\b(?:as a result|result(?:ed)?|outcome|which (?:led|meant|cut|saved)|in the end|afterwards|that (?:cut|saved|reduced|increased|improved)|reduc\w*|increas\w*|improv\w*|sav(?:ed|ing)|grew|halved|doubled|fewer|faster|on time)\b/i;

const STOP = new Set(
  'a an and the of to in for on with at by from as or our we you your is are be will this that it its into years year experience strong ability'.split(
    ' ',
  ),
);

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Counts "I <action verb>" pairs: what the speaker did, not what "we" did. */
function ownActions(text: string): number {
  const tokens = tokenize(text);
  let count = 0;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i]?.lower !== 'i') continue;
    const next = tokens[i + 1];
    if (next && ACTION_VERB_STEMS.has(stem(next.lower))) count += 1;
  }
  return count;
}

/** Requirements the answer speaks to: a skill the requirement names, or most of its words. */
function coveredRequirements(answer: string, requirements: readonly string[]): string[] {
  const matcher = skillMatcher();
  const answerSkills = new Set(matcher.find(answer).flatMap((h) => h.termIds));
  const answerStems = new Set(tokenize(answer).map((t) => t.stem));
  return requirements.filter((requirement) => {
    const skills = matcher.find(requirement).flatMap((h) => h.termIds);
    if (skills.some((id) => answerSkills.has(id))) return true;
    const words = tokenize(requirement)
      .map((t) => t.stem)
      .filter((s) => !STOP.has(s) && s.length > 2);
    if (words.length === 0) return false;
    const shared = words.filter((w) => answerStems.has(w)).length;
    return shared >= Math.max(2, Math.ceil(words.length * 0.6));
  });
}

/**
 * A deterministic judge of one practice answer: STAR parts by their usual signals, "I" actions over
 * "we", a measurable result, length for a one-to-two-minute answer, and the job's requirements the
 * answer meets (the question's own requirement first).
 */
export function checkPracticeAnswer(
  answer: string,
  question: Pick<PrepQuestion, 'requirement' | 'group'>,
  details: Pick<JobDetails, 'requiredSkills' | 'requiredQualifications' | 'preferredSkills'>,
): PracticeFeedback {
  const text = answer.trim();
  const words = wordCount(text);
  const actions = ownActions(text);
  const weCount = tokenize(text).filter((t) => t.lower === 'we').length;
  const hasNumber = /\d/.test(text);
  const star = {
    situation: SITUATION.test(text) || /\b(?:19|20)\d{2}\b/.test(text),
    task: TASK.test(text),
    action: actions > 0,
    result: RESULT.test(text) || /\d+\s?%/.test(text),
  };
  const requirements = [
    ...(question.requirement ? [question.requirement] : []),
    ...details.requiredSkills,
    ...details.requiredQualifications,
    ...details.preferredSkills,
  ].filter((r, i, all) => all.indexOf(r) === i);
  const covered = coveredRequirements(text, requirements).slice(0, 20);

  const strengths: string[] = [];
  const improvements: string[] = [];
  if (star.situation) strengths.push('You set the scene before diving in.');
  else improvements.push('Open with the situation: where you were and what was at stake.');
  if (star.task) strengths.push('Your own goal or responsibility is clear.');
  else improvements.push('Say what you were responsible for (“My goal was to …”).');
  if (star.action)
    strengths.push(
      `You say what you did yourself (${actions} “I …” action${actions === 1 ? '' : 's'}).`,
    );
  else
    improvements.push('Describe your own actions with “I” and a verb: “I rebuilt …”, “I led …”.');
  if (weCount > actions + 1)
    improvements.push(`You say “we” ${weCount} times; make your own part unmistakable.`);
  if (star.result && hasNumber) strengths.push('You end with a measurable result.');
  else if (star.result)
    improvements.push('Put a number on the result if you have one (time, money, errors, users).');
  else improvements.push('Finish with the result: what changed because of what you did.');
  if (question.requirement && !covered.includes(question.requirement))
    improvements.push(`Tie the answer to what the job asks: “${question.requirement}”.`);
  else if (covered.length)
    strengths.push(`It speaks to the job’s requirements: ${covered.slice(0, 3).join(', ')}.`);
  if (words < 60)
    improvements.push(`At ${words} words it is too short; aim for 150–300 (one to two minutes).`);
  if (words > 400)
    improvements.push(`At ${words} words it is long; aim for 150–300 so it fits in two minutes.`);

  const parts = Object.values(star).filter(Boolean).length;
  const score = Math.min(
    5,
    Math.max(1, parts + (hasNumber && star.result ? 1 : 0) - (words < 60 ? 1 : 0)),
  );
  return {
    star,
    requirementsCovered: covered,
    strengths: strengths.slice(0, 6),
    improvements: improvements.slice(0, 6),
    score,
  };
}
