import { describe, expect, it } from 'vitest';
import { seniorityFromTitle, titleCore, titleSimilarity } from './titles';

describe('titles', () => {
  it('folds spellings and synonyms of a role (words are stemmed)', () => {
    expect(titleCore('Sr. Front-End Developer II')).toEqual(['frontend', 'engineer']);
    expect(titleCore('Software Engineer (Front End)')).toEqual(['softwar', 'engineer', 'frontend']);
    expect(titleCore('MERN Stack Developer')).toEqual(['fullstack', 'engineer']);
  });

  it('scores the head noun and the words before it', () => {
    expect(titleSimilarity('Front End Engineer', 'Front-End Developer')).toBe(1);
    expect(titleSimilarity('Java Developer', 'Full Stack Java Developer')).toBe(1);
    expect(titleSimilarity('Senior Backend Engineer', 'Software Engineer')).toBe(0.5);
    expect(titleSimilarity('Product Manager', 'Accounting Manager')).toBeCloseTo(0.2);
    expect(titleSimilarity('Accountant', 'Certified Public Accountant')).toBe(1);
    expect(titleSimilarity('Machine Learning Engineer', 'ML Engineer')).toBe(1);
    expect(titleSimilarity('Data Scientist', 'Office Manager')).toBe(0);
  });

  it('reads the level a title states, and only where it is a level', () => {
    expect(seniorityFromTitle('Senior Software Engineer')).toBe('senior');
    expect(seniorityFromTitle('Staff Engineer, Platform')).toBe('lead');
    expect(seniorityFromTitle('Staff Accountant')).toBeUndefined();
    expect(seniorityFromTitle('Product Manager')).toBeUndefined();
    expect(seniorityFromTitle('Engineering Manager')).toBe('manager');
    expect(seniorityFromTitle('Research Intern')).toBe('intern');
    expect(seniorityFromTitle('Co-Founder & CTO')).toBe('executive');
    expect(seniorityFromTitle('Software Engineer I')).toBe('entry');
  });
});
