// Vitest global setup for the server: a Redis must answer on 127.0.0.1:6379 (started if none does).
import { ensureRedis } from '../../scripts/ensure-redis.mjs';

export default async function setup(): Promise<void> {
  await ensureRedis();
}
