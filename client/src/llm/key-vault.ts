// API keys on this device only: AES-GCM encrypted with a non-extractable WebCrypto key kept in IndexedDB,
// bound to one provider and one origin, shown masked, and handed out only as a fetch for that origin.
import { PROVIDERS, type KeyScheme } from '@career-copilot/shared/ai/catalog';
import type { ProviderId } from '@career-copilot/shared/ai/contract';
import { createKeyedFetch, parseOrigin } from '@career-copilot/shared/ai/keyed-fetch';
import type { FetchLike } from '@career-copilot/shared/ai/transport';
import { err, ok, type Result } from '@career-copilot/shared/lib/result';
import { secretsRepo } from '../storage/secrets';

const VAULT_KEY_ID = 'vault:aes-gcm';
const recordId = (provider: ProviderId) => `apikey:${provider}`;

type EncryptedKey = {
  id: string;
  provider: ProviderId;
  /** The only origin this key may be sent to. */
  origin: string;
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: ArrayBuffer;
  /** "sk-…a1b2", for recognising the key without decrypting it. */
  hint: string;
  savedAt: string;
};

export type KeySummary = {
  readonly provider: ProviderId;
  readonly origin: string;
  readonly hint: string;
  readonly savedAt: string;
};

/** Cryptography the vault needs; tests may pass Node's webcrypto. */
export type VaultCrypto = Pick<Crypto, 'subtle' | 'getRandomValues'>;

const encoder = new TextEncoder();

export function maskKey(key: string): string {
  if (key.length <= 8) return `…${key.slice(-2)}`;
  return `${key.slice(0, Math.min(6, key.indexOf('-', 3) + 1 || 3))}…${key.slice(-4)}`;
}

/** What a pasted key must look like: one token of printable ASCII, no spaces or quotes. */
export function checkKeyText(raw: string): Result<string, string> {
  const key = raw.trim();
  if (key === '') return err('Paste the key first.');
  if (key.length > 512) return err('That is too long to be an API key.');
  if (!/^[\x21-\x7e]+$/.test(key) || /["'`<>]/.test(key)) {
    return err(
      'An API key is one word of letters, digits and - _ . characters; check you copied only the key.',
    );
  }
  return ok(key);
}

/** Associated data: a ciphertext moved to another provider's record or origin no longer decrypts. */
const binding = (provider: ProviderId, origin: string) =>
  encoder.encode(`career-copilot:${provider}:${origin}`);

async function vaultKey(crypto: VaultCrypto): Promise<CryptoKey> {
  const existing = await secretsRepo.get(VAULT_KEY_ID);
  if (existing?.key) return existing.key as CryptoKey;
  // Not extractable: script on this page can use it, but nothing can read its bytes out.
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const stored = await secretsRepo.putIfAbsent({
    id: VAULT_KEY_ID,
    key,
    createdAt: new Date().toISOString(),
  });
  return stored.key as CryptoKey;
}

function originFor(provider: ProviderId, endpoint?: string): string | undefined {
  const fixed = PROVIDERS[provider].keyOrigin;
  if (fixed) return fixed;
  return endpoint ? parseOrigin(endpoint) : undefined;
}

export type KeyVault = ReturnType<typeof createKeyVault>;

export function createKeyVault(crypto: VaultCrypto = globalThis.crypto) {
  async function read(provider: ProviderId): Promise<EncryptedKey | undefined> {
    return (await secretsRepo.get(recordId(provider))) as EncryptedKey | undefined;
  }

  return {
    /**
     * Encrypts and stores a key for a provider. Built-in vendors' keys are bound to the vendor's API
     * origin; a custom endpoint's key to the endpoint's origin (`endpoint` is required for it).
     */
    async save(
      provider: ProviderId,
      raw: string,
      endpoint?: string,
    ): Promise<Result<KeySummary, string>> {
      const scheme = PROVIDERS[provider].keyScheme;
      if (!scheme) return err(`${PROVIDERS[provider].label} does not use an API key.`);
      const checked = checkKeyText(raw);
      if (!checked.ok) return checked;
      const origin = originFor(provider, endpoint);
      if (!origin)
        return err('Set the endpoint address first; the key will only ever be sent there.');
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const ciphertext = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: binding(provider, origin) },
        await vaultKey(crypto),
        encoder.encode(checked.value),
      );
      const record: EncryptedKey = {
        id: recordId(provider),
        provider,
        origin,
        iv,
        ciphertext,
        hint: maskKey(checked.value),
        savedAt: new Date().toISOString(),
      };
      await secretsRepo.put(record);
      return ok({ provider, origin, hint: record.hint, savedAt: record.savedAt });
    },

    async remove(provider: ProviderId): Promise<void> {
      await secretsRepo.remove(recordId(provider));
    },

    async list(): Promise<KeySummary[]> {
      const records = (await secretsRepo.list()).filter((r) =>
        r.id.startsWith('apikey:'),
      ) as EncryptedKey[];
      return records.map(({ provider, origin, hint, savedAt }) => ({
        provider,
        origin,
        hint,
        savedAt,
      }));
    },

    /**
     * A fetch that carries the provider's key, only to the origin the key was saved for. Undefined
     * when there is no key, or when it was saved for another address than `endpoint`.
     */
    async fetchFor(
      provider: ProviderId,
      fetch: FetchLike,
      endpoint?: string,
    ): Promise<FetchLike | undefined> {
      const record = await read(provider);
      const scheme: KeyScheme | undefined = PROVIDERS[provider].keyScheme;
      if (!record || !scheme) return undefined;
      const origin = originFor(provider, endpoint);
      if (!origin || origin !== record.origin) return undefined;
      let plain: ArrayBuffer;
      try {
        plain = await crypto.subtle.decrypt(
          { name: 'AES-GCM', iv: record.iv, additionalData: binding(provider, record.origin) },
          await vaultKey(crypto),
          record.ciphertext,
        );
      } catch {
        // Tampered with, or the browser lost the vault key (site data partly cleared): ask again.
        return undefined;
      }
      return createKeyedFetch(fetch, {
        origin: record.origin,
        scheme,
        key: new TextDecoder().decode(plain),
      });
    },
  };
}

export const keyVault = createKeyVault();
