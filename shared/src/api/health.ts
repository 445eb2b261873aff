// Contract of GET /api/health: whether the server and the services behind it are usable.
import { z } from 'zod';

export const HealthRoutes = { health: '/api/health' } as const;

export const ServiceState = { Up: 'up', Down: 'down' } as const;
export type ServiceState = (typeof ServiceState)[keyof typeof ServiceState];

export const HealthResponseSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  time: z.iso.datetime(),
  services: z.object({
    redis: z.enum([ServiceState.Up, ServiceState.Down]),
  }),
  /** Which server features are on; the client hides what the server cannot do. */
  features: z.object({
    accounts: z.boolean(),
    billing: z.boolean(),
    serverInference: z.boolean(),
  }),
});
export type HealthResponse = z.infer<typeof HealthResponseSchema>;
