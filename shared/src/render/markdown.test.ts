import { describe, expect, it } from 'vitest';
import type { Resume } from '../resume/model';
import { buildResumeDocument } from './document';
import { escapeMarkdown, toMarkdown, toPlainText } from './markdown';

const resume: Resume = {
  basics: {
    name: 'Ada Lovelace',
    label: 'Engineer',
    email: 'ada@example.com',
    url: 'https://ada.dev',
    summary: 'Builds *engines*.',
    profiles: [{ network: 'GitHub', url: 'https://github.com/ada_l' }],
  },
  work: [
    {
      name: 'Analytical Engines',
      position: 'Programmer',
      location: 'London',
      startDate: '2020-03',
      highlights: ['Wrote the first program', '1. Then the second'],
    },
  ],
  skills: [{ name: 'Languages', keywords: ['C#', 'C++'] }],
};

describe('Markdown', () => {
  it('prints headings, entries, bullets and links', () => {
    expect(toMarkdown(buildResumeDocument(resume))).toBe(
      [
        '# Ada Lovelace',
        '',
        '**Engineer**',
        '',
        '[ada@example.com](mailto:ada@example.com) · [ada.dev](https://ada.dev) · [github.com/ada\\_l](https://github.com/ada_l)',
        '',
        '## Summary',
        '',
        'Builds \\*engines\\*.',
        '',
        '## Experience',
        '',
        '### Programmer — Analytical Engines',
        '',
        'Mar 2020 – Present · London',
        '',
        '- Wrote the first program',
        '- 1\\. Then the second',
        '',
        '## Skills',
        '',
        '- **Languages:** C#, C++',
        '',
      ].join('\n'),
    );
  });

  it('escapes markup so it stays text, and never links an unsafe URL', () => {
    const md = toMarkdown(
      buildResumeDocument({
        basics: {
          name: '<script>alert(1)</script>',
          url: 'javascript:alert(1)',
          summary: '[click](javascript:alert(1)) <img src=x onerror=alert(1)>',
        },
      }),
    );
    expect(md).toContain('# \\<script\\>alert(1)\\</script\\>');
    expect(md).toContain('\\[click\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\>');
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(md).not.toMatch(/(?<!\\)</);
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
  });
});

describe('plain text', () => {
  it('prints one item per line with headings in capitals', () => {
    expect(toPlainText(buildResumeDocument(resume))).toBe(
      [
        'Ada Lovelace',
        'Engineer',
        'ada@example.com | https://ada.dev | https://github.com/ada_l',
        '',
        'SUMMARY',
        'Builds *engines*.',
        '',
        'EXPERIENCE',
        'Programmer — Analytical Engines',
        'Mar 2020 – Present | London',
        '• Wrote the first program',
        '• 1. Then the second',
        '',
        'SKILLS',
        'Languages: C#, C++',
        '',
      ].join('\n'),
    );
  });
});
