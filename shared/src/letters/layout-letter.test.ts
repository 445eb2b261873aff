import { describe, expect, it } from 'vitest';
import { fixedMeasurer } from '../../test/measurer';
import { sampleResume } from '../../test/letters';
import { TEMPLATES, resolveTemplateSettings } from '../render/templates/registry';
import { layoutCoverLetter, letterParagraphs } from './layout-letter';

const LETTER =
  'Dear team,\n\nFirst paragraph about the role.\n\nSecond one.\n\nSincerely,\nAda Moreno';

describe('layoutCoverLetter', () => {
  it('keeps the sign-off’s line break and drops blank paragraphs', () => {
    expect(letterParagraphs('Dear team,\r\n\r\n\r\nBody  text.\n\nSincerely,\nAda')).toEqual([
      ['Dear team,'],
      ['Body text.'],
      ['Sincerely,', 'Ada'],
    ]);
  });

  it.each(TEMPLATES.map((t) => t.id))(
    'sets the letter under the %s template’s header, in its font',
    (id) => {
      const settings = resolveTemplateSettings({ id });
      const laidOut = layoutCoverLetter(
        sampleResume(),
        LETTER,
        settings,
        fixedMeasurer(),
        '24 November 2026',
      );
      const texts = laidOut.pages.flatMap((p) =>
        p.items.flatMap((i) => (i.kind === 'text' ? [i] : [])),
      );
      const joined = texts.map((t) => t.text).join(' ');
      expect(joined).toMatch(/^Ada Moreno/);
      expect(joined).toContain('ada@example.com');
      expect(joined).toContain('24 November 2026');
      expect(joined).toContain('First paragraph about the role.');
      expect(joined).toMatch(/Sincerely, Ada Moreno$/);
      const body = texts.find((t) => t.text === 'Second one.');
      expect(body?.font.family).toBe(settings.font);
      expect(joined).not.toMatch(/Experience|Education/i);
      const name = texts.find((t) => t.text === 'Ada Moreno');
      expect(name && body && name.y < body.y).toBe(true);
    },
  );
});
