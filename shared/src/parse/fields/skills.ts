// Skills: groups with a printed label, proficiency levels, plain lists; spoken languages apart.
import type { Language, Skill } from '../../resume/model';
import { isSpokenLanguage, PROFICIENCY_WORDS } from '../lexicon';
import type { Line } from '../types';
import { readGridColumns, splitList } from './lists';

export type SkillsResult = { readonly skills: Skill[]; readonly languages: Language[] };

// A group label may hold a bracketed list of its own: "Cloud (AWS, GCP): Terraform".
const LABEL = /^((?:[^:,()]|\([^()]*\)){2,40}?)\s*:\s*(.*)$/;

function isLevel(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  return words.length <= 3 && words.some((w) => PROFICIENCY_WORDS.has(w));
}

/** The line above stopped because the next word would not fit: the text wraps, it is not a new item. */
function wrapped(above: Line, below: Line): boolean {
  const word = below.segments[0]?.words[0];
  const width = word && word.x1 > word.x0 ? word.x1 - word.x0 : below.size * 3;
  return Math.max(above.columnRight, above.x1) - above.x1 < width + 0.35 * below.size;
}

/**
 * Joins wrapped lines: a line that continues the list on the line before it. When a comma list
 * breaks without a comma, the item itself goes on ("…, Google Cloud" / "Platform, Firebase").
 */
function logicalLines(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const prevText = prev?.text.trim() ?? '';
    const text = line.text.trim();
    const simple =
      prev !== undefined &&
      !line.bullet &&
      line.segments.length === 1 &&
      prev.segments.length <= 2 &&
      line.gapAbove < 0.9;
    const wraps =
      simple &&
      (/[,;&/]$/.test(prevText) ||
        /^\p{Ll}/u.test(text) ||
        (prev.bullet && line.indent > prev.indent + 1) ||
        (/,/.test(prevText) && !prev.paragraphEnd && !LABEL.test(text) && wrapped(prev, line)));
    if (wraps && prev) {
      const last = prev.segments[prev.segments.length - 1]!;
      const joinedText = `${last.text} ${line.text}`;
      out[out.length - 1] = {
        ...prev,
        segments: [...prev.segments.slice(0, -1), { ...last, text: joinedText }],
        text: `${prev.text} ${line.text}`,
        x1: line.x1,
        paragraphEnd: line.paragraphEnd,
      };
    } else out.push(line);
  }
  return out;
}

/** Reads a skills section. */
export function parseSkills(lines: readonly Line[]): SkillsResult {
  const skills: Skill[] = [];
  const loose: string[] = [];
  const languages: Language[] = [];
  const addGroup = (label: string | undefined, items: string[], printedLevel?: string) => {
    // "Web Technologies (Advanced)": a proficiency in brackets after the group's name is its level.
    const bracketed = printedLevel ? null : label?.match(/^(.+?)\s*\(([^()]+)\)$/);
    const qualified = bracketed && isLevel(bracketed[2]!) ? bracketed : null;
    const name = qualified ? qualified[1]!.trim() : label;
    const level = qualified ? qualified[2]!.trim() : printedLevel;
    const spoken = items.filter(isSpokenLanguage);
    if (items.length > 0 && spoken.length === items.length && (!name || /language/i.test(name))) {
      for (const item of items) languages.push(toLanguage(item));
      return;
    }
    const keywords = items.filter((i) => !isSpokenLanguage(i) || !/language/i.test(name ?? ''));
    if (name) {
      skills.push({
        name,
        ...(level ? { level } : {}),
        ...(keywords.length > 0 ? { keywords } : {}),
      });
    } else loose.push(...keywords);
  };
  for (const column of readGridColumns(logicalLines(lines))) {
    let pendingName: string | undefined;
    let pendingLevel: string | undefined;
    const flushPending = () => {
      if (pendingName) loose.push(pendingName);
      pendingName = undefined;
      pendingLevel = undefined;
    };
    column.forEach((line, i) => {
      const text = line.text.trim();
      const next = column[i + 1];
      const labelled = text.match(LABEL);
      if (labelled && labelled[2] && labelled[1]!.split(/\s+/).length <= 5) {
        flushPending();
        addGroup(labelled[1]!.trim(), splitList(labelled[2]));
        return;
      }
      // A bold label set apart from its items: "Technical Skills:" ‖ "Go, Python, …".
      const [first, ...rest] = line.segments;
      if (
        first &&
        rest.length > 0 &&
        (first.bold || /:$/.test(first.text)) &&
        first.text.split(/\s+/).length <= 4
      ) {
        flushPending();
        addGroup(
          first.text.replace(/:$/, '').trim(),
          rest.flatMap((s) => splitList(s.text)),
        );
        return;
      }
      if (pendingName && isLevel(text)) {
        pendingLevel = text;
        return;
      }
      const items = line.segments.flatMap((s) => splitList(s.text));
      // "Web Technologies" over "Advanced" over "HTML5, JavaScript": a named group.
      const nextIsList =
        next !== undefined && (splitList(next.text).length >= 2 || isLevel(next.text));
      if (!pendingName && items.length === 1 && !/,/.test(text) && nextIsList && !line.bullet) {
        pendingName = text;
        return;
      }
      if (pendingName) {
        addGroup(pendingName, items, pendingLevel);
        pendingName = undefined;
        pendingLevel = undefined;
        return;
      }
      addGroup(undefined, items);
    });
    flushPending();
  }
  if (loose.length > 0) {
    const spoken = loose.filter(isSpokenLanguage);
    for (const item of spoken) languages.push(toLanguage(item));
    const keywords = loose.filter((i) => !isSpokenLanguage(i));
    if (keywords.length > 0) skills.push({ keywords });
  }
  return { skills, languages };
}

/** "Spanish (Intermediate)", "English – Native" → language and fluency. */
export function toLanguage(text: string): Language {
  const m = text.match(/^([\p{L} ]+?)\s*(?:\(([^)]+)\)|[-–—:]\s*(.+))$/u);
  if (m) return { language: m[1]!.trim(), fluency: (m[2] ?? m[3] ?? '').trim() };
  return { language: text.trim() };
}

/** Reads a languages section: names, each with the fluency printed beside or under it. */
export function parseLanguages(lines: readonly Line[]): Language[] {
  const out: Language[] = [];
  for (const column of readGridColumns(lines)) {
    for (const line of column) {
      for (const item of line.segments.flatMap((s) => splitList(s.text))) {
        const last = out[out.length - 1];
        if (isSpokenLanguage(item) || !last) out.push(toLanguage(item));
        else if (!last.fluency) out[out.length - 1] = { ...last, fluency: item };
      }
    }
  }
  return out;
}
