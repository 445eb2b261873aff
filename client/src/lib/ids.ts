// Record ids and timestamps for the browser.
import { createId } from '@career-copilot/shared/lib/ids';

export function newId(prefix = ''): string {
  return createId((bytes) => crypto.getRandomValues(bytes), prefix);
}

export function nowIso(): string {
  return new Date().toISOString();
}
