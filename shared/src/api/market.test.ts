import { describe, expect, it } from 'vitest';
import { isKnownRole, roleFromTitle, SharedPostingSchema, sharedPostingFor } from './market';

describe('roleFromTitle', () => {
  it('reduces a title to vocabulary words only', () => {
    expect(roleFromTitle('Senior Front-End Developer (React) at Acme Corp')).toBe(
      'frontend developer',
    );
    expect(roleFromTitle('Sr. Data Analyst II')).toBe('data analyst');
    expect(roleFromTitle('SRE')).toBe('site reliability engineer');
    expect(roleFromTitle('Staff Software Engineer, Payments')).toBe('software engineer');
    expect(roleFromTitle('Head of Growth at Jane Doe Consulting')).toBeUndefined();
    expect(roleFromTitle('Ninja')).toBeUndefined();
  });

  it('never passes a word outside the vocabulary', () => {
    for (const title of ['Acme Zorblat Engineer', 'John Smith Accountant', 'x'.repeat(200)]) {
      const role = roleFromTitle(title);
      if (role) expect(isKnownRole(role), role).toBe(true);
    }
    expect(roleFromTitle('John Smith Accountant')).toBe('accountant');
  });
});

describe('SharedPostingSchema', () => {
  const valid = {
    role: 'frontend developer',
    seniority: 'senior',
    skills: ['react', 'typescript'],
  };

  it('accepts role, seniority and vocabulary skill ids', () => {
    expect(SharedPostingSchema.safeParse(valid).success).toBe(true);
  });

  it('rejects any other field, free-text roles and unknown skills', () => {
    for (const extra of [
      { company: 'Acme' },
      { description: 'We are hiring' },
      { userId: 'u_1' },
      { email: 'a@b.c' },
    ]) {
      expect(
        SharedPostingSchema.safeParse({ ...valid, ...extra }).success,
        JSON.stringify(extra),
      ).toBe(false);
    }
    expect(SharedPostingSchema.safeParse({ ...valid, role: 'acme developer' }).success).toBe(false);
    expect(
      SharedPostingSchema.safeParse({ ...valid, skills: ['react', 'my secret'] }).success,
    ).toBe(false);
  });
});

describe('sharedPostingFor', () => {
  it('keeps only what the report needs from a structured job', () => {
    const posting = sharedPostingFor({
      title: 'Senior Frontend Engineer at Acme',
      details: {
        seniority: 'senior',
        requiredSkills: ['React', 'TypeScript or JavaScript', 'Our in-house framework Zorb'],
        preferredSkills: ['GraphQL'],
      },
    });
    expect(posting).toEqual({
      role: 'frontend engineer',
      seniority: 'senior',
      skills: ['react', 'typescript', 'javascript', 'graphql'],
    });
    expect(SharedPostingSchema.parse(posting)).toEqual(posting);
  });
});
