// The job-market report endpoints, typed by the shared contract.
import { z } from 'zod';
import {
  MarketRolesResponseSchema,
  MarketRoutes,
  MarketSkillsResponseSchema,
  type SharedPosting,
} from '@career-copilot/shared/api/market';
import { apiRequest } from '../../api/client';

export const marketApi = {
  share: (posting: SharedPosting) =>
    apiRequest(MarketRoutes.postings, {
      method: 'POST',
      body: posting,
      schema: z.object({ status: z.literal('accepted') }),
    }),
  roles: () => apiRequest(MarketRoutes.roles, { schema: MarketRolesResponseSchema }),
  skills: (role: string, from: string, to: string) =>
    apiRequest(`${MarketRoutes.skills}?${new URLSearchParams({ role, from, to })}`, {
      schema: MarketSkillsResponseSchema,
    }),
};
