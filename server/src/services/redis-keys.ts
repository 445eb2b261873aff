// Where account data lives in Redis. Everything about one user shares the hash tag {user:ID}, so
// multi-key scripts and transactions on it also work on Redis Cluster (one slot per user).
import { sha256 } from '../infra/secret-keys';

export function userKeys(userId: string) {
  const tag = `{user:${userId}}`;
  return {
    profile: `${tag}:profile`,
    /** Sorted set of this user's session token hashes, scored by absolute expiry (ms). */
    sessions: `${tag}:sessions`,
    session: (tokenHash: string) => `${tag}:s:${tokenHash}`,
    backupCodes: `${tag}:backup`,
    /** Sorted set of open login challenges (hash → expiry ms), so deletion finds them all. */
    challenges: `${tag}:challenges`,
    challenge: (secretHash: string) => `${tag}:mfa:${secretHash}`,
    code: (purpose: 'verify' | 'reset') => `${tag}:otp:${purpose}`,
    totpPending: `${tag}:totp-pending`,
    devices: `${tag}:devices`,
    events: `${tag}:events`,
    /** Prefix of the daily usage counters (`…:usage:YYYY-MM-DD`, expiring). */
    usage: `${tag}:usage`,
    /** Hash of the user's API tokens (token hash → JSON record). */
    apiTokens: `${tag}:api-tokens`,
    /** Hash of notification kinds the user unsubscribed from. */
    unsubscribed: `${tag}:unsubscribed`,
    /** Hash of follow-up reminders the user registered (id → JSON). */
    reminders: `${tag}:reminders`,
    /** A per-user rate-limit budget charged with the session check (see SessionBudget). */
    budget: (name: string) => `${tag}:budget:${name}`,
    /** Server inference: the per-minute budget, and one usage hash per UTC day. */
    aiMinute: `${tag}:ai:minute`,
    aiDay: (day: string) => `${tag}:ai:${day}`,
    /** Billing: Stripe customer and subscription state. */
    billing: `${tag}:billing`,
  } as const;
}

/** The email index: one key per address (by hash, so addresses never appear in key names). */
export function emailKey(normalizedEmail: string): string {
  return `{email:${sha256(normalizedEmail)}}`;
}

/** Which user a Stripe customer belongs to. */
export function stripeCustomerKey(customerId: string): string {
  return `{stripe-customer:${customerId}}`;
}

/** A Stripe event already handled (or being handled), by id. */
export function stripeEventKey(eventId: string): string {
  return `{stripe-event:${eventId}}`;
}

export const USERS_INDEX_KEY = 'users:index';
export const SECURITY_STREAM_KEY = 'security:events';

export function normalizeEmail(email: string): string {
  return email.trim().normalize('NFC').toLowerCase();
}
