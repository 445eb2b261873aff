// Builds the account services from their dependencies; main.ts and the tests both build them here.
import type { BackgroundTasks } from '../infra/background-tasks';
import type { Clock } from '../infra/clock';
import { createCommonPasswordList, type CommonPasswordList } from '../infra/common-passwords';
import type { Logger } from '../infra/logger';
import { createMailTemplates } from '../infra/mail-templates';
import type { Mailer } from '../infra/mailer';
import { createPasswordHasher, type PasswordHasher } from '../infra/password-hasher';
import type { RedisHandle } from '../infra/redis';
import { deriveAuthKeys, type AuthKeys } from '../infra/secret-keys';
import { DEFAULT_AUTH_LIMITS, type AuthLimits } from './auth-limits';
import { createAuthMail, type AuthMail } from './auth-mail';
import { createChallengeStore, type ChallengeStore } from './challenges';
import { createRateLimiter, type RateLimiter } from './rate-limiter';
import { createSecurityLog, type SecurityLog } from './security-log';
import { createSessionService, type SessionConfig, type SessionService } from './session-service';
import { createUserStore, type UserStore } from './user-store';

export type AuthServices = {
  readonly users: UserStore;
  readonly sessions: SessionService;
  readonly limiter: RateLimiter;
  readonly limits: AuthLimits;
  readonly securityLog: SecurityLog;
  readonly challenges: ChallengeStore;
  readonly hasher: PasswordHasher;
  readonly commonPasswords: CommonPasswordList;
  readonly mail: AuthMail;
  readonly mailer: Mailer;
  readonly tasks: BackgroundTasks;
  readonly keys: AuthKeys;
  readonly clock: Clock;
  /** The name authenticator apps show next to the account. */
  readonly issuer: string;
};

export function createAuthServices(input: {
  redis: RedisHandle;
  clock: Clock;
  logger: Logger;
  mailer: Mailer;
  tasks: BackgroundTasks;
  secretKey: Buffer;
  publicOrigin: string;
  session: SessionConfig;
  limits?: Partial<AuthLimits>;
  hasher?: PasswordHasher;
  commonPasswords?: CommonPasswordList;
}): AuthServices {
  const { redis, clock, logger } = input;
  const keys = deriveAuthKeys(input.secretKey);
  return {
    users: createUserStore({ redis, clock }),
    sessions: createSessionService({ redis, clock, config: input.session }),
    limiter: createRateLimiter({ redis, clock }),
    limits: { ...DEFAULT_AUTH_LIMITS, ...input.limits },
    securityLog: createSecurityLog({ redis, clock, logger }),
    challenges: createChallengeStore({ redis, clock, codeKey: keys.codes }),
    hasher: input.hasher ?? createPasswordHasher(),
    commonPasswords: input.commonPasswords ?? createCommonPasswordList(),
    mail: createAuthMail({
      mailer: input.mailer,
      templates: createMailTemplates(),
      tasks: input.tasks,
      clock,
      publicOrigin: input.publicOrigin,
    }),
    mailer: input.mailer,
    tasks: input.tasks,
    keys,
    clock,
    issuer: 'Career Copilot',
  };
}
