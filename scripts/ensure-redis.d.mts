export function pingRedis(port?: number, host?: string, timeoutMs?: number): Promise<boolean>;
export function ensureRedis(port?: number): Promise<void>;
