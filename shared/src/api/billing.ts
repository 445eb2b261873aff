// Contract of /api/billing/*: the account's plan and subscription, Stripe Checkout, the customer portal, the webhook.
import { z } from 'zod';
import { PAID_PLAN_IDS, PLAN_IDS } from '../billing/plans';

export const BillingRoutes = {
  status: '/api/billing',
  checkout: '/api/billing/checkout',
  portal: '/api/billing/portal',
  /** Stripe calls this; authenticated by the Stripe-Signature header, not a session. */
  webhook: '/api/billing/webhook',
} as const;

export const BillingStatusResponseSchema = z.object({
  /** False when the server has no Stripe keys: plans can still be granted by an admin. */
  configured: z.boolean(),
  plan: z.enum(PLAN_IDS),
  /** The plan the subscription pays for, when there is one. */
  subscription: z
    .object({
      plan: z.enum(PAID_PLAN_IDS),
      status: z.string(),
      currentPeriodEnd: z.iso.datetime().optional(),
      cancelAtPeriodEnd: z.boolean(),
      /** After a failed payment: the plan holds until then. */
      graceUntil: z.iso.datetime().optional(),
    })
    .optional(),
  /** The plan comes from a role an admin granted, not from billing. */
  grantedByRole: z.boolean(),
  /** Whether the portal can open (the account has a Stripe customer). */
  canManage: z.boolean(),
});
export type BillingStatusResponse = z.infer<typeof BillingStatusResponseSchema>;

export const CheckoutRequestSchema = z.object({ plan: z.enum(PAID_PLAN_IDS) });
export type CheckoutRequest = z.infer<typeof CheckoutRequestSchema>;

/** Where to send the browser next (Stripe Checkout or the portal). */
export const RedirectResponseSchema = z.object({ url: z.url() });
export type RedirectResponse = z.infer<typeof RedirectResponseSchema>;
