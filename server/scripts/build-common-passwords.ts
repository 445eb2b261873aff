// Rebuilds data/common-passwords.txt.gz from the MIT-licensed zxcvbn-ts common password list.
// Only entries our length rule would accept are kept (shorter ones are refused anyway), normalised
// the way the server compares them (NFKC, lower case). Run: pnpm --filter server build:passwords
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PASSWORD_MIN_LENGTH } from '@career-copilot/shared/auth/password-policy';

const require = createRequire(import.meta.url);
const source = require.resolve('@zxcvbn-ts/language-common/src/passwords.json');
const entries = JSON.parse(readFileSync(source, 'utf8')) as string[];
const normalised = new Set<string>();
for (const entry of entries) {
  const value = entry.normalize('NFKC').toLowerCase();
  if ([...value].length >= PASSWORD_MIN_LENGTH) normalised.add(value);
}
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'common-passwords.txt.gz');
writeFileSync(out, gzipSync([...normalised].join('\n') + '\n', { level: 9 }));
console.log(`${normalised.size} of ${entries.length} entries written to ${out}`);
