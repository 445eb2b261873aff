// A predictable text measurer for layout tests: every character is half an em wide.
import type { FontRef } from '../src/render/fonts';
import type { TextMeasurer } from '../src/render/layout/types';

/** Half-em characters; `narrowFamilies` lack everything outside ASCII (for fallback tests). */
export function fixedMeasurer(narrowFamilies: readonly string[] = []): TextMeasurer {
  return {
    widthOf: (text, _font, size) => Array.from(text).length * size * 0.5,
    verticalMetrics: () => ({ ascent: 0.8, descent: -0.2 }),
    covers: (font: FontRef, char: string) =>
      !narrowFamilies.includes(font.family) || char.charCodeAt(0) < 128,
  };
}
