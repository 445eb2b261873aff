import { describe, expect, it } from 'vitest';
import { createCommonPasswordList } from './common-passwords';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryLogger } from './logger';
import { createOutboxMailer } from './mailer';
import { createMailTemplates } from './mail-templates';
import { createPasswordHasher } from './password-hasher';
import { deriveAuthKeys, generateSecretKey, parseSecretKey, seal, unseal } from './secret-keys';
import { createSemaphore } from './semaphore';

describe('password hasher', () => {
  it('hashes with argon2id at OWASP parameters and verifies, NFKC-normalised', async () => {
    const hasher = createPasswordHasher();
    const hashed = await hasher.hash('caf\u00e9 au lait, no sugar');
    if (!hashed.ok) throw new Error('busy');
    expect(hashed.value).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(hasher.needsRehash(hashed.value)).toBe(false);
    expect(hasher.needsRehash('$argon2id$v=19$m=4096,t=3,p=1$abc$def')).toBe(true);
    expect(await hasher.verify(hashed.value, 'cafe\u0301 au lait, no sugar')).toEqual({
      ok: true,
      value: true,
    });
    expect(await hasher.verify(hashed.value, 'cafe au lait, no sugar')).toEqual({
      ok: true,
      value: false,
    });
    // No account: the same work against a dummy hash, and always false.
    expect(await hasher.verify(undefined, 'anything')).toEqual({ ok: true, value: false });
  });

  it('runs at most `concurrency` hashes at once and sheds load beyond the queue', async () => {
    const hasher = createPasswordHasher({ concurrency: 2, maxQueue: 3 });
    let peak = 0;
    const watch = setInterval(() => (peak = Math.max(peak, hasher.stats().active)), 1);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => hasher.hash(`password number ${i}`)),
    );
    clearInterval(watch);
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error)).toEqual(
      Array(3).fill('busy'),
    );
    expect(peak).toBeLessThanOrEqual(2);
    expect(hasher.stats()).toEqual({ active: 0, queued: 0 });
  });
});

describe('semaphore', () => {
  it('releases its slot when a task throws', async () => {
    const semaphore = createSemaphore({ concurrency: 1, maxQueue: 0 });
    await expect(
      semaphore.run(async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await semaphore.run(async () => 42)).toEqual({ ok: true, value: 42 });
  });
});

describe('secret keys', () => {
  it('accepts 32-byte keys as base64 or hex only', () => {
    const key = generateSecretKey();
    expect(parseSecretKey(key.toString('base64'))?.equals(key)).toBe(true);
    expect(parseSecretKey(key.toString('base64url'))?.equals(key)).toBe(true);
    expect(parseSecretKey(key.toString('hex'))?.equals(key)).toBe(true);
    expect(parseSecretKey('short')).toBeUndefined();
    expect(parseSecretKey(generateSecretKey().subarray(0, 16).toString('hex'))).toBeUndefined();
  });

  it('seals so that only the same key and context open it', () => {
    const keys = deriveAuthKeys(generateSecretKey());
    const sealed = seal(keys.secretBox, Buffer.from('totp secret'), 'u_1');
    expect(unseal(keys.secretBox, sealed, 'u_1')?.toString()).toBe('totp secret');
    expect(unseal(keys.secretBox, sealed, 'u_2')).toBeUndefined();
    expect(unseal(deriveAuthKeys(generateSecretKey()).secretBox, sealed, 'u_1')).toBeUndefined();
    const tampered = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA');
    expect(unseal(keys.secretBox, tampered, 'u_1')).toBeUndefined();
  });
});

describe('common passwords', () => {
  it('ships more than 10,000 entries and matches regardless of case', () => {
    const list = createCommonPasswordList();
    expect(list.size()).toBeGreaterThan(10_000);
    expect(list.has('Password123')).toBe(true);
    expect(list.has('iloveyou2')).toBe(true);
    expect(list.has('plum kettle orbit 7 lantern')).toBe(false);
  });
});

describe('mail templates', () => {
  const templates = createMailTemplates();
  it('fills text and HTML, escaping values in HTML only', () => {
    const mail = templates.render('security-alert', {
      origin: 'https://copilot.example',
      headline: 'New sign-in <b>',
      detail: 'A & B',
      advice: 'Check it.',
      ip: '203.0.113.9',
      device: 'Firefox on Linux',
      when: '2026-11-24 12:00 UTC',
    });
    expect(mail.subject).toBe('Security alert: New sign-in <b>');
    expect(mail.text).toContain('A & B');
    expect(mail.html).toContain('New sign-in &lt;b&gt;');
    expect(mail.html).toContain('A &amp; B');
    expect(mail.html).not.toContain('<b>');
  });

  it('never lets a value break the subject into a new header', () => {
    const mail = templates.render('security-alert', {
      origin: 'x',
      headline: 'Hi\r\nBcc: attacker@evil.example',
      detail: '',
      advice: '',
      ip: '',
      device: '',
      when: '',
    });
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  it('refuses to render with a variable missing', () => {
    expect(() => templates.render('verify-email', { origin: 'x' })).toThrow(/needs \{\{code\}\}/);
  });
});

describe('outbox mailer', () => {
  it('writes .eml and a readable .txt, and logs where without logging the code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-outbox-test-'));
    try {
      const logger = createMemoryLogger();
      const mailer = createOutboxMailer({
        dir,
        from: 'Career Copilot <no-reply@localhost>',
        logger,
      });
      const mail = createMailTemplates().render('verify-email', {
        origin: 'http://localhost:8787',
        code: '482913',
        minutes: '10',
      });
      await mailer.send({ to: 'jane@example.test', ...mail });
      const files = readdirSync(dir).sort();
      expect(files.map((f) => f.split('.').pop())).toEqual(['eml', 'txt']);
      const text = readFileSync(join(dir, files[1]!), 'utf8');
      expect(text).toContain('To: jane@example.test');
      expect(text).toContain('    482913');
      expect(readFileSync(join(dir, files[0]!), 'utf8')).toMatch(
        /^Content-Type: multipart\/alternative/m,
      );
      const line = logger.lines.find((l) => l.msg === 'mail written to outbox');
      expect(line?.path).toBe(join(dir, files[1]!));
      expect(JSON.stringify(logger.lines)).not.toContain('482913');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
