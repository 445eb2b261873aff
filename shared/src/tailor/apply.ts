// Writes accepted suggestions into a copy of the base resume; the base itself is never touched.
import { moveSection } from '../resume/edit';
import { resolveSectionLayout, type Resume } from '../resume/model';
import { SuggestionKind, type Suggestion } from './suggestions';
import { writeTarget } from './targets';

/** Groups ordered by their best-ranked name or keyword; keywords within a group by rank. */
function reorderSkills(resume: Resume, order: readonly string[]): void {
  if (!resume.skills) return;
  const rank = (name: string | undefined) => {
    const i = name === undefined ? -1 : order.indexOf(name);
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  const groups = resume.skills.map((group, index) => {
    const keywords = group.keywords
      ?.map((k, i) => ({ k, i }))
      .sort((a, b) => rank(a.k) - rank(b.k) || a.i - b.i)
      .map((x) => x.k);
    const best = Math.min(rank(group.name), ...(keywords ?? []).map(rank));
    return { group: keywords ? { ...group, keywords } : group, best, index };
  });
  resume.skills = groups.sort((a, b) => a.best - b.best || a.index - b.index).map((g) => g.group);
}

/** The first place a section can move up to: right after the summary when that leads. */
function topIndex(resume: Resume): number {
  return resolveSectionLayout(resume)[0]?.key === 'summary' ? 1 : 0;
}

/** A new resume with the accepted suggestions applied, in the order the model gave them. */
export function applySuggestions(
  base: Resume,
  suggestions: readonly Suggestion[],
  accepted: ReadonlySet<string>,
): Resume {
  let resume = structuredClone(base);
  const chosen = suggestions.filter((s) => accepted.has(s.id));
  for (const s of chosen) {
    if (s.kind === SuggestionKind.Summary || s.kind === SuggestionKind.Rewrite)
      writeTarget(resume, s.targetId, s.after);
    else if (s.kind === SuggestionKind.SkillsOrder) reorderSkills(resume, s.order);
  }
  // Moved last to first, so the first suggested section ends on top.
  const moves = chosen.filter((s) => s.kind === SuggestionKind.SectionUp).reverse();
  for (const s of moves)
    if (s.kind === SuggestionKind.SectionUp)
      resume = moveSection(resume, s.section, topIndex(resume));
  return resume;
}
