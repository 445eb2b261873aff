import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, matchTotp, otpauthUrl, totpAt } from './totp';

// RFC 6238 appendix B (SHA-1 rows) and RFC 4226 appendix D.
const RFC_SECRET = Buffer.from('12345678901234567890', 'ascii');

describe('TOTP', () => {
  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ])('matches the RFC 6238 test vector at T=%i', (seconds, code) => {
    expect(totpAt(RFC_SECRET, seconds * 1000, 8)).toBe(code);
  });

  it('matches the RFC 4226 HOTP vectors', () => {
    const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922'];
    expected.forEach((code, counter) => expect(hotp(RFC_SECRET, counter)).toBe(code));
  });

  it('accepts the current step and one either side, and nothing further', () => {
    const t = 1_800_000_000_000;
    const step = Math.floor(t / 30_000);
    expect(matchTotp(RFC_SECRET, totpAt(RFC_SECRET, t), t)).toBe(step);
    expect(matchTotp(RFC_SECRET, totpAt(RFC_SECRET, t - 30_000), t)).toBe(step - 1);
    expect(matchTotp(RFC_SECRET, totpAt(RFC_SECRET, t + 30_000), t)).toBe(step + 1);
    expect(matchTotp(RFC_SECRET, totpAt(RFC_SECRET, t - 60_000), t)).toBeUndefined();
    expect(matchTotp(RFC_SECRET, totpAt(RFC_SECRET, t + 60_000), t)).toBeUndefined();
    expect(matchTotp(RFC_SECRET, '12345', t)).toBeUndefined();
  });

  it('round-trips base32 (RFC 4648 vectors) and builds an otpauth URL apps understand', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Decode('MZXW 6YTB OI======')?.toString()).toBe('foobar');
    expect(base32Decode('not base32!')).toBeUndefined();
    const url = new URL(
      otpauthUrl({ secret: RFC_SECRET, account: 'a@b.co', issuer: 'Career Copilot' }),
    );
    expect(url.protocol).toBe('otpauth:');
    expect(url.host).toBe('totp');
    expect(decodeURIComponent(url.pathname)).toBe('/Career Copilot:a@b.co');
    expect(url.searchParams.get('secret')).toBe(base32Encode(RFC_SECRET));
    expect(url.searchParams.get('period')).toBe('30');
  });
});
