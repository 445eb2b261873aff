import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadOrCreateLocalSecret } from './local-secret';

const dirs: string[] = [];
const tempPath = () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-secret-'));
  dirs.push(dir);
  return join(dir, 'data', 'auth-secret.key');
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadOrCreateLocalSecret', () => {
  it('creates an owner-only key once and gives the same key on every later start', () => {
    const path = tempPath();
    const first = loadOrCreateLocalSecret(path);
    expect(first).toMatchObject({ ok: true, value: { created: true } });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const second = loadOrCreateLocalSecret(path);
    expect(second).toMatchObject({ ok: true, value: { created: false } });
    if (first.ok && second.ok) {
      expect(second.value.key.equals(first.value.key)).toBe(true);
      expect(first.value.key).toHaveLength(32);
    }
    expect(readFileSync(path, 'utf8').trim()).toHaveLength(44);
  });

  it('refuses a damaged key file with a message that says what to do', () => {
    const path = tempPath();
    loadOrCreateLocalSecret(path);
    writeFileSync(path, 'not a key');
    const result = loadOrCreateLocalSecret(path);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toMatch(/does not hold a valid key.*Delete it.*AUTH_SECRET_KEY/);
  });
});
