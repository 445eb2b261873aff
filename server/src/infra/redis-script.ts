// Lua scripts on Redis: defined once per client (EVALSHA with EVAL fallback, key prefix applied by ioredis).
import type { Redis } from 'ioredis';

export type RedisScript = (
  keys: readonly string[],
  args: readonly (string | number)[],
) => Promise<unknown>;

/**
 * Registers `lua` on the client under `name` and returns a caller. Every key a script touches must be
 * passed in KEYS, and all of them must share one hash tag, so the script also runs on Redis Cluster.
 */
export function defineScript(client: Redis, name: string, numberOfKeys: number, lua: string) {
  client.defineCommand(name, { numberOfKeys, lua });
  const command = (client as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>)[
    name
  ];
  if (!command) throw new Error(`script ${name} was not registered`);
  const run: RedisScript = (keys, args) => command.call(client, ...keys, ...args);
  return run;
}
