import { describe, expect, it } from 'vitest';
import { diffWords } from './word-diff';

describe('diffWords', () => {
  it('marks the words removed and added, and joins back to each text', () => {
    const before = 'Built the checkout page in React and TypeScript.';
    const after = 'Built an accessible checkout page in React and TypeScript.';
    const parts = diffWords(before, after);
    expect(parts).toEqual([
      { type: 'same', text: 'Built ' },
      { type: 'removed', text: 'the ' },
      { type: 'added', text: 'an accessible ' },
      { type: 'same', text: 'checkout page in React and TypeScript.' },
    ]);
    const join = (skip: string) =>
      parts
        .filter((p) => p.type !== skip)
        .map((p) => p.text)
        .join('');
    expect(join('added')).toBe(before);
    expect(join('removed')).toBe(after);
  });

  it('handles empty texts', () => {
    expect(diffWords('', 'New text')).toEqual([{ type: 'added', text: 'New text' }]);
    expect(diffWords('Old', '')).toEqual([{ type: 'removed', text: 'Old' }]);
  });
});
