import { describe, expect, it } from 'vitest';
import { diffWords } from './word-diff';

describe('diffWords', () => {
  it('marks removed and added words, and the parts rebuild both texts', () => {
    const before = 'I led the billing team.\n\nThank you.';
    const after = 'I led the payments team at Acme.\n\nThank you.';
    const parts = diffWords(before, after);
    expect(parts).toEqual([
      { kind: 'same', text: 'I led the ' },
      { kind: 'removed', text: 'billing team.\n\n' },
      { kind: 'added', text: 'payments team at Acme.\n\n' },
      { kind: 'same', text: 'Thank you.' },
    ]);
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
  });

  it('shows a sentence cut from the middle as one removal', () => {
    const before =
      'I built it. Before that, at Globex, I led a team.\n\nI have mentored engineers.';
    const after = 'I built it.\n\nI have mentored engineers.';
    expect(diffWords(before, after)).toEqual([
      { kind: 'same', text: 'I built it.\n\n' },
      { kind: 'removed', text: 'Before that, at Globex, I led a team.\n\n' },
      { kind: 'same', text: 'I have mentored engineers.' },
    ]);
  });

  it('finds nothing changed in equal texts', () => {
    expect(diffWords('Same words here.', 'Same words here.')).toEqual([
      { kind: 'same', text: 'Same words here.' },
    ]);
  });
});

describe('diffWords on a rewritten bullet', () => {
  it('marks the words removed and added, and joins back to each text', () => {
    const before = 'Built the checkout page in React and TypeScript.';
    const after = 'Built an accessible checkout page in React and TypeScript.';
    expect(diffWords(before, after)).toEqual([
      { kind: 'same', text: 'Built ' },
      { kind: 'removed', text: 'the ' },
      { kind: 'added', text: 'an accessible ' },
      { kind: 'same', text: 'checkout page in React and TypeScript.' },
    ]);
  });

  it('handles empty texts', () => {
    expect(diffWords('', 'New text')).toEqual([{ kind: 'added', text: 'New text' }]);
    expect(diffWords('Old', '')).toEqual([{ kind: 'removed', text: 'Old' }]);
  });
});
