// Where things are, relative to the repository.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLIENT_DIST = resolve(REPO_ROOT, 'client', 'dist');
export const ARTIFACTS = resolve(REPO_ROOT, 'e2e', '.artifacts');
export const CORPUS_DIR = process.env.CORPUS_DIR ?? resolve(REPO_ROOT, '..', 'shared', 'corpus');
