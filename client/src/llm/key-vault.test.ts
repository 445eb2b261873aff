import { beforeEach, describe, expect, it } from 'vitest';
import { uniqueDbName } from '../../test/fixtures';
import { resetDbForTests } from '../storage/db';
import { secretsRepo } from '../storage/secrets';
import { exportBackup } from '../storage/backup';
import { checkKeyText, createKeyVault, maskKey } from './key-vault';

type Call = { url: string; headers: Headers };

function recordingFetch() {
  const calls: Call[] = [];
  const fetch = async (url: string, init: RequestInit) => {
    calls.push({ url, headers: new Headers(init.headers) });
    return new Response('{}');
  };
  return { calls, fetch };
}

beforeEach(async () => {
  await resetDbForTests(uniqueDbName());
});

describe('key vault', () => {
  it('stores keys encrypted under a non-extractable key, never in plain text', async () => {
    const vault = createKeyVault();
    await vault.save('openai', '  sk-proj-abcdefghijklmnop1234  ');
    const records = await secretsRepo.list();
    const stored = JSON.stringify(records, (_k, v) =>
      v instanceof ArrayBuffer || ArrayBuffer.isView(v)
        ? Array.from(new Uint8Array(v as ArrayBuffer))
        : v,
    );
    expect(stored).not.toContain('abcdefghijklmnop');
    const vaultKey = records.find((r) => r.id === 'vault:aes-gcm')?.key as CryptoKey;
    expect(vaultKey.extractable).toBe(false);
    expect(vaultKey.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(crypto.subtle.exportKey('raw', vaultKey)).rejects.toThrow();
  });

  it('lists keys masked, and removes them', async () => {
    const vault = createKeyVault();
    await vault.save('anthropic', 'sk-ant-api03-verysecretvalue-XyZ9');
    expect(await vault.list()).toEqual([
      {
        provider: 'anthropic',
        origin: 'https://api.anthropic.com',
        hint: 'sk-ant…XyZ9',
        savedAt: expect.any(String),
      },
    ]);
    await vault.remove('anthropic');
    expect(await vault.list()).toEqual([]);
    expect(await vault.fetchFor('anthropic', recordingFetch().fetch)).toBeUndefined();
  });

  it('sends a key only to its own vendor’s origin, with the vendor’s header', async () => {
    const vault = createKeyVault();
    await vault.save('openai', 'sk-openai-secret-1');
    await vault.save('gemini', 'AIzaSecret2');
    const { calls, fetch } = recordingFetch();
    const openai = await vault.fetchFor('openai', fetch);
    const gemini = await vault.fetchFor('gemini', fetch);
    await openai?.('https://api.openai.com/v1/models', {});
    await gemini?.('https://generativelanguage.googleapis.com/v1beta/models', {});
    expect(
      calls.map((c) => [c.url, c.headers.get('authorization'), c.headers.get('x-goog-api-key')]),
    ).toEqual([
      ['https://api.openai.com/v1/models', 'Bearer sk-openai-secret-1', null],
      ['https://generativelanguage.googleapis.com/v1beta/models', null, 'AIzaSecret2'],
    ]);
    await expect(
      openai?.('https://generativelanguage.googleapis.com/v1beta/models', {}),
    ).rejects.toThrow(/refusing to send the key/);
    await expect(gemini?.('https://api.openai.com/v1/models', {})).rejects.toThrow(
      /refusing to send the key/,
    );
    expect(calls).toHaveLength(2);
  });

  it('binds a custom endpoint’s key to that endpoint; a new address needs the key again', async () => {
    const vault = createKeyVault();
    expect(await vault.save('custom', 'local-key-123')).toEqual({
      ok: false,
      error: expect.stringContaining('Set the endpoint address first'),
    });
    await vault.save('custom', 'local-key-123', 'http://127.0.0.1:8000/v1');
    const { calls, fetch } = recordingFetch();
    expect(await vault.fetchFor('custom', fetch, 'http://127.0.0.1:9999/v1')).toBeUndefined();
    const keyed = await vault.fetchFor('custom', fetch, 'http://127.0.0.1:8000/v2');
    await keyed?.('http://127.0.0.1:8000/v2/models', {});
    expect(calls[0]?.headers.get('authorization')).toBe('Bearer local-key-123');
  });

  it('refuses a ciphertext moved to another provider’s record', async () => {
    const vault = createKeyVault();
    await vault.save('openai', 'sk-openai-secret-1');
    const record = await secretsRepo.get('apikey:openai');
    await secretsRepo.put({
      ...record,
      id: 'apikey:groq',
      provider: 'groq',
      origin: 'https://api.groq.com',
    });
    expect(await vault.fetchFor('groq', recordingFetch().fetch)).toBeUndefined();
  });

  it('never puts keys in a backup', async () => {
    await createKeyVault().save('openai', 'sk-openai-secret-1');
    expect(await exportBackup('test')).not.toContain('apikey');
  });

  it('checks pasted text and masks it', () => {
    expect(checkKeyText('  sk-abc  ')).toEqual({ ok: true, value: 'sk-abc' });
    expect(checkKeyText('')).toMatchObject({ ok: false });
    expect(checkKeyText('Bearer sk-abc')).toMatchObject({ ok: false });
    expect(checkKeyText('"sk-abc"')).toMatchObject({ ok: false });
    expect(maskKey('gsk_abcdefghijklmnop')).toBe('gsk…mnop');
    expect(maskKey('short')).toBe('…rt');
  });
});
