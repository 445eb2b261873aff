// `pnpm --filter @career-copilot/server admin:create EMAIL`: makes EMAIL an admin. Promotes an
// existing account; otherwise creates a verified one. The password comes from standard input when it
// is piped (`echo "$PASSWORD" | pnpm … admin:create EMAIL`), else one is generated and shown once.
// Uses the server's environment (REDIS_URL, REDIS_PREFIX), so run it where the server runs.
import { loadConfig } from '../src/config';
import { createCommonPasswordList } from '../src/infra/common-passwords';
import { createLogger } from '../src/infra/logger';
import { createPasswordHasher } from '../src/infra/password-hasher';
import { connectRedis, redactUrl } from '../src/infra/redis';
import { systemClock } from '../src/infra/clock';
import { createOrPromoteAdmin } from '../src/services/admin-bootstrap';
import { createSecurityLog } from '../src/services/security-log';
import { createUserStore } from '../src/services/user-store';

function exit(message: string, code: number): never {
  (code === 0 ? process.stdout : process.stderr).write(`${message}\n`);
  process.exit(code);
}

async function readPipedPassword(): Promise<string | undefined> {
  if (process.stdin.isTTY) return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  return text === '' ? undefined : text;
}

const args = process.argv.slice(2).filter((a) => a !== '--');
if (args.length !== 1 || args[0] === '--help' || args[0] === '-h') {
  exit(
    'Usage: pnpm --filter @career-copilot/server admin:create EMAIL\n' +
      '  Promotes the account with EMAIL to admin, or creates it (verified) when there is none.\n' +
      '  Pipe a password on standard input to choose it; otherwise one is generated and printed.',
    args.length === 1 ? 0 : 2,
  );
}

const config = loadConfig(process.env);
if (!config.ok) exit(`Cannot read the configuration:\n  - ${config.error.join('\n  - ')}`, 1);
const logger = createLogger('error');
const redis = connectRedis({
  url: config.value.redisUrl,
  prefix: config.value.redisPrefix,
  logger,
});
if (!(await redis.whenReady(3000))) {
  await redis.close();
  exit(
    `Cannot reach Redis at ${redactUrl(config.value.redisUrl)}. Start it (node scripts/ensure-redis.mjs) or set REDIS_URL to the one the server uses.`,
    1,
  );
}
try {
  const outcome = await createOrPromoteAdmin(
    {
      users: createUserStore({ redis, clock: systemClock }),
      securityLog: createSecurityLog({ redis, clock: systemClock, logger }),
      hasher: createPasswordHasher(),
      commonPasswords: createCommonPasswordList(),
    },
    args[0]!,
    await readPipedPassword(),
  );
  if (!outcome.ok) {
    await redis.close();
    exit(`admin:create: ${outcome.error}`, 1);
  }
  const o = outcome.value;
  await redis.close();
  if (o.kind === 'already-admin') exit(`${o.email} is already an admin. Nothing changed.`, 0);
  if (o.kind === 'promoted') exit(`${o.email} is now an admin (was ${o.previous}).`, 0);
  exit(
    o.generatedPassword
      ? `Created the admin account ${o.email}.\nIts password (shown only now; change it after signing in): ${o.generatedPassword}`
      : `Created the admin account ${o.email} with the password from standard input.`,
    0,
  );
} catch (error) {
  await redis.close();
  exit(`admin:create failed: ${error instanceof Error ? error.message : String(error)}`, 1);
}
