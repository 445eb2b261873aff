import { describe, expect, it } from 'vitest';
import { readTruthFiles } from '../../test/corpus';
import type { Resume } from '../resume/model';
import {
  extractResumeFacts,
  findNumbers,
  findUnsupportedFacts,
  isStatedFact,
} from './resume-facts';

const rendercv = readTruthFiles().find(([n]) => n === 'rendercv_classic')?.[1] as Resume;

describe('extractResumeFacts', () => {
  it('collects employers, titles, schools, degrees, dates and skills', () => {
    const facts = extractResumeFacts(rendercv);
    expect(facts.employers).toEqual([
      'Nexus AI',
      'NVIDIA Research',
      'Google DeepMind',
      'Apple ML Research',
      'Microsoft Research',
    ]);
    expect(facts.titles).toEqual(['Co-Founder & CTO', 'Research Intern']);
    expect(facts.institutions).toEqual(['Princeton University', 'Boğaziçi University']);
    expect(facts.degrees).toEqual(['PhD in Computer Science', 'BS in Computer Engineering']);
    expect(facts.dates).toContain('2023-06');
    expect(facts.skills).toEqual(
      expect.arrayContaining(['python', 'pytorch', 'kubernetes', 'machine-learning']),
    );
  });

  it('reads numbers with their scale', () => {
    expect(
      findNumbers(
        'Raised $18M, served 2M+ requests at 99.97% uptime across twelve offices in 2022',
      ).map((n) => [n.value, n.isYear]),
    ).toEqual([
      [18_000_000, false],
      [2_000_000, false],
      [99.97, false],
      [12, false],
      [2022, true],
    ]);
    expect(findNumbers('8,500+ GitHub stars').map((n) => n.value)).toEqual([8500]);
  });
});

describe('findUnsupportedFacts', () => {
  const facts = extractResumeFacts(rendercv);

  it('accepts a rewrite that only uses what the resume states', () => {
    expect(
      findUnsupportedFacts(
        'Scaled the engineering team from 3 to 28 while raising an $18M Series A',
        facts,
      ),
    ).toEqual([]);
  });

  it('flags a number, a year, a skill and a name the resume never mentions', () => {
    const found = findUnsupportedFacts('Cut latency by 85% in 2016 using Kafka at Stripe', facts);
    expect(found.map((f) => [f.kind, f.text])).toEqual([
      ['number', '85'],
      ['year', '2016'],
      ['skill', 'Kafka'],
      ['name', 'Stripe'],
    ]);
    expect(found[2]?.message).toBe('“Apache Kafka” is not a skill your resume shows.');
  });

  it('counts the user’s own notes as stated facts', () => {
    const withNotes = extractResumeFacts(
      rendercv,
      'I also ran Kafka clusters at Stripe for 3 years.',
    );
    expect(findUnsupportedFacts('Ran Kafka at Stripe', withNotes)).toEqual([]);
  });

  it('compares names loosely but not fuzzily', () => {
    expect(isStatedFact('nvidia research', facts.employers)).toBe(true);
    expect(isStatedFact('NVIDIA', facts.employers)).toBe(false);
  });
});
