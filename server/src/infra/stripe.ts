// The Stripe client, built once from configuration; STRIPE_API_BASE points it at the local double.
import Stripe from 'stripe';
import type { StripeConfig } from '../config';

export type StripeClient = Stripe;

export function createStripeClient(config: StripeConfig): StripeClient {
  const base = config.apiBase ? new URL(config.apiBase) : undefined;
  return new Stripe(config.secretKey, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    appInfo: { name: 'Career Copilot' },
    ...(base
      ? {
          host: base.hostname,
          port: base.port || (base.protocol === 'https:' ? 443 : 80),
          protocol: base.protocol === 'https:' ? 'https' : 'http',
        }
      : {}),
  });
}
