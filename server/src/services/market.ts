// The de-identified job-market report: counts per role and month of the skills shared postings ask
// for. Only counters keyed by vocabulary words are written; who shared, and from where, never is.
import {
  MARKET_RETENTION_MONTHS,
  type MarketSkillsResponse,
  type SharedPosting,
} from '@career-copilot/shared/api/market';
import { getSkillTerm } from '@career-copilot/shared/match/skills-vocabulary';
import type { Clock } from '../infra/clock';
import type { RedisHandle } from '../infra/redis';

export const MARKET_ROLES_KEY = 'market:roles';
const TTL_SECONDS = (MARKET_RETENTION_MONTHS + 1) * 31 * 86_400;
const TOP = 20;

/** One hash per role and month, under the role's hash tag. */
export function marketKey(role: string, month: string): string {
  return `{market:${role.replace(/ /g, '-')}}:${month}`;
}

export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while ((y < ty || (y === ty && m <= tm)) && out.length <= MARKET_RETENTION_MONTHS) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

export type MarketReport = ReturnType<typeof createMarketReport>;

export function createMarketReport(deps: { redis: RedisHandle; clock: Clock }) {
  const r = deps.redis.client;

  const topOf = (counts: Map<string, number>, postings: number) =>
    [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, TOP)
      .map(([id, count]) => ({
        id,
        label: getSkillTerm(id)?.label ?? id,
        count,
        share: postings === 0 ? 0 : Math.round((count / postings) * 1000) / 1000,
      }));

  return {
    /** Counts one posting (already validated against SharedPostingSchema). */
    share: async (posting: SharedPosting): Promise<void> => {
      const month = deps.clock.now().toISOString().slice(0, 7);
      const key = marketKey(posting.role, month);
      const tx = r.multi().hincrby(key, 'postings', 1);
      for (const id of posting.skills) tx.hincrby(key, `skill:${id}`, 1);
      tx.hincrby(key, `seniority:${posting.seniority ?? 'unspecified'}`, 1);
      await tx.expire(key, TTL_SECONDS).exec();
      await r.zincrby(MARKET_ROLES_KEY, 1, posting.role);
    },

    roles: async () => {
      const raw = await r.zrevrange(MARKET_ROLES_KEY, 0, 99, 'WITHSCORES');
      const roles: Array<{ role: string; postings: number }> = [];
      for (let i = 0; i < raw.length; i += 2) {
        roles.push({ role: raw[i]!, postings: Number(raw[i + 1]) });
      }
      return roles;
    },

    skills: async (role: string, from: string, to: string): Promise<MarketSkillsResponse> => {
      const months = monthsBetween(from, to);
      const hashes = await Promise.all(months.map((m) => r.hgetall(marketKey(role, m))));
      const total = new Map<string, number>();
      let postings = 0;
      const perMonth = months.map((month, i) => {
        const h = hashes[i] ?? {};
        const count = Number(h.postings ?? 0);
        postings += count;
        const skills = new Map<string, number>();
        for (const [field, value] of Object.entries(h)) {
          if (!field.startsWith('skill:')) continue;
          const id = field.slice(6);
          skills.set(id, Number(value));
          total.set(id, (total.get(id) ?? 0) + Number(value));
        }
        return { month, postings: count, top: topOf(skills, count) };
      });
      return { role, postings, top: topOf(total, postings), months: perMonth };
    },
  };
}
