import { describe, expect, it } from 'vitest';
import { getSkillTerm, SKILL_VOCABULARY, withImplied } from './skills-vocabulary';
import { skillMatcher } from './term-matcher';
import { stem, tokenize } from './tokens';
import { SkillCategory } from './vocabulary/define';

const ids = (text: string) =>
  skillMatcher()
    .find(text)
    .flatMap((h) => h.termIds);
const spans = (text: string) =>
  skillMatcher()
    .find(text)
    .map((h) => `${h.text}→${h.termIds.join('|')}`);

describe('tokens', () => {
  it('keeps tech spellings whole and splits on hyphens and slashes', () => {
    expect(
      tokenize('C++, C#, F#, .NET, ASP.NET, Node.js, R&D, CI/CD, front-end').map((t) => t.text),
    ).toEqual(['C++', 'C#', 'F#', '.NET', 'ASP.NET', 'Node.js', 'R&D', 'CI', 'CD', 'front', 'end']);
  });

  it('stems the forms of one word together without merging different words', () => {
    expect(new Set(['managed', 'manages', 'managing', 'manage'].map(stem))).toEqual(
      new Set(['manag']),
    );
    expect(stem('planning')).toBe(stem('plan'));
    expect(stem('policies')).toBe(stem('policy'));
    expect(stem('budgets')).toBe(stem('budget'));
    expect(stem('management')).not.toBe(stem('manage'));
    expect(stem('marketing')).not.toBe(stem('market'));
    expect(stem('accounting')).not.toBe(stem('account'));
    expect(stem('analysis')).toBe('analysis');
  });
});

describe('the skills vocabulary', () => {
  it('has unique ids, and every implied term exists', () => {
    const seen = new Set<string>();
    for (const term of SKILL_VOCABULARY) {
      expect(seen.has(term.id), `duplicate id ${term.id}`).toBe(false);
      seen.add(term.id);
      for (const parent of term.implies)
        expect(getSkillTerm(parent), `${term.id} implies ${parent}`).toBeDefined();
    }
  });

  it('covers non-tech roles as well as tech ones', () => {
    const categories = new Set(SKILL_VOCABULARY.map((t) => t.category));
    for (const c of Object.values(SkillCategory)) expect(categories.has(c), c).toBe(true);
    expect(SKILL_VOCABULARY.length).toBeGreaterThan(500);
  });

  it('folds synonyms and abbreviations into one term', () => {
    expect(ids('JS')).toEqual(ids('JavaScript'));
    expect(ids('k8s')).toEqual(['kubernetes']);
    expect(ids('K8s and Kubernetes')).toEqual(['kubernetes', 'kubernetes']);
    expect(ids('CPA')).toEqual(ids('Certified Public Accountant'));
    expect(ids('Postgres')).toEqual(ids('PostgreSQL'));
    expect(ids('front-end')).toEqual(ids('frontend'));
    expect(ids('Front End')).toEqual(ids('frontend'));
    expect(ids('A/R')).toEqual(['accounts-receivable']);
    expect(ids('Google Cloud Platform')).toEqual(ids('GCP'));
  });

  it('matches light inflections: "reconciled accounts", "budget forecasts", "unit tests"', () => {
    expect(ids('Reconciled accounts monthly')).toContain('reconciliation');
    expect(ids('Prepared tax returns')).toContain('tax-preparation');
    expect(ids('wrote unit tests')).toContain('unit-testing');
    expect(ids('maintained accounts payable')).toContain('accounts-payable');
  });

  it('tells Go the language from "go to market" and "Go live"', () => {
    expect(ids('Services in Go and Rust')).toEqual(['go', 'rust']);
    expect(ids('Go to market strategy')).toEqual(['go-to-market']);
    expect(ids('Go live in March; go to the office')).toEqual([]);
    expect(ids('Golang')).toEqual(['go']);
  });

  it('does not find R or C in every capital letter', () => {
    expect(ids('Python and R for statistics')).toEqual(['python', 'r', 'statistics']);
    expect(ids('R&D budget')).not.toContain('r');
    expect(ids('Raised a Series C round')).not.toContain('c');
    expect(ids('presented to the C-suite')).not.toContain('c');
    expect(ids('Vitamin C, grade C')).toEqual([]);
    expect(ids('J. R. Smith')).not.toContain('r');
  });

  it('keeps C, C++, C#, .NET and Node.js apart', () => {
    expect(spans('C, C++, C# and .NET; Node.js; Objective-C')).toEqual([
      'C→c',
      'C++→cpp',
      'C#→csharp',
      '.NET→dotnet',
      'Node.js→nodejs',
      'Objective-C→objective-c',
    ]);
    expect(ids('C/C++')).toEqual(['c', 'cpp']);
    expect(ids('ASP.NET Core')).toEqual(['dotnet']);
    expect(ids('Java and JavaScript')).toEqual(['java', 'javascript']);
  });

  it('needs the product spelling for words that are also ordinary words', () => {
    expect(ids('React, Redux')).toEqual(['react', 'redux']);
    expect(ids('react quickly to incidents')).toEqual([]);
    expect(ids('Microsoft Excel and Excel')).toEqual(['excel', 'excel']);
    expect(ids('excel at customer service')).toEqual(['customer-service']);
    expect(ids('IT support and help desk')).toEqual(['it-support', 'it-support']);
    expect(ids('made it support more users')).toEqual([]);
  });

  it('takes the longest spelling first and implies broader terms', () => {
    expect(ids('Java EE')).toEqual(['java-ee']);
    expect(withImplied('java-ee')).toEqual(['java-ee', 'java']);
    expect(withImplied('spring-mvc')).toEqual(expect.arrayContaining(['spring', 'java']));
    expect(ids('Spring Boot')).toEqual(['spring']);
  });

  it('looks up what a user typed, case-insensitively', () => {
    const m = skillMatcher();
    expect(m.lookup('react')).toEqual(['react']);
    expect(m.lookup('K8S')).toEqual(['kubernetes']);
    expect(m.lookup('certified public accountant')).toEqual(['cpa']);
    expect(m.lookup('Apache Wicket')).toEqual(['wicket']);
    expect(m.lookup('Basket weaving')).toBeUndefined();
  });
});
