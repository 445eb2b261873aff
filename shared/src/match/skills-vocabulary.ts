// The skills vocabulary shipped with the app: every domain's terms in one list, looked up by id.
import { BUSINESS_TERMS } from './vocabulary/business';
import { SkillCategory, type SkillTerm } from './vocabulary/define';
import { INFRASTRUCTURE_TERMS } from './vocabulary/infrastructure';
import { PEOPLE_TERMS } from './vocabulary/people';
import { SOFTWARE_TERMS } from './vocabulary/software';

/**
 * Tech and non-tech terms with their synonyms and abbreviations. To add a term, add a row to the
 * data file of its domain (`vocabulary/*.ts`); `skills-vocabulary.test.ts` checks ids are unique
 * and every `implies` points at a real term.
 */
export const SKILL_VOCABULARY: readonly SkillTerm[] = [
  ...SOFTWARE_TERMS,
  ...INFRASTRUCTURE_TERMS,
  ...BUSINESS_TERMS,
  ...PEOPLE_TERMS,
];

let byId: Map<string, SkillTerm> | undefined;

export function getSkillTerm(id: string): SkillTerm | undefined {
  byId ??= new Map(SKILL_VOCABULARY.map((t) => [t.id, t]));
  return byId.get(id);
}

/** Soft skills count for less in the score: recruiters judge them from the whole resume. */
export function isSoftSkill(id: string): boolean {
  return getSkillTerm(id)?.category === SkillCategory.Soft;
}

/** The term and every broader term it implies, transitively (Spring MVC → Spring → Java). */
export function withImplied(id: string): string[] {
  const out: string[] = [];
  const visit = (current: string) => {
    if (out.includes(current)) return;
    out.push(current);
    for (const parent of getSkillTerm(current)?.implies ?? []) visit(parent);
  };
  visit(id);
  return out;
}
