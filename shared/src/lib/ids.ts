// Record identifiers: random, URL-safe, made from the platform's CSPRNG passed in by the caller.

/** A source of random bytes: `crypto.getRandomValues` in the browser and in Node. */
export type RandomSource = (bytes: Uint8Array) => Uint8Array;

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** 16 characters of base36 from 128 random bits' worth of bytes (about 82 bits kept). */
export function createId(random: RandomSource, prefix = ''): string {
  const bytes = random(new Uint8Array(16));
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte % 36];
  return prefix + id;
}
