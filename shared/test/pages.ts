// Saved job board pages written by hand as browsers save them, for the saved-page reader's tests.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'pages');

export const SAVED_PAGES = ['board-json-ld', 'careers-page', 'escaped-description'] as const;
export type SavedPageFixture = (typeof SAVED_PAGES)[number];

export function savedPagePath(name: SavedPageFixture): string {
  return join(pagesDir, `${name}.html`);
}

export function readSavedPageFixture(name: SavedPageFixture): string {
  return readFileSync(savedPagePath(name), 'utf8');
}
