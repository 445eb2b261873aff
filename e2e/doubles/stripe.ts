// A double of the Stripe API calls we make (customers, Checkout sessions, portal sessions), with a
// hosted "checkout" and "portal" page that complete the flow and deliver signed webhooks like Stripe.
import type { IncomingMessage, ServerResponse } from 'node:http';
import Stripe from 'stripe';
import { header, sendJson, startDouble, type Double } from './http-double';

export const STRIPE_DOUBLE_KEYS = {
  secretKey: 'sk_test_double0000000000000000',
  webhookSecret: 'whsec_double0000000000000000000000',
  prices: { pro: 'price_doublePro', premium: 'price_doublePremium' },
} as const;

type Obj = Record<string, unknown>;

export type StripeDouble = Double & {
  /** Where the signed webhooks go (our /api/billing/webhook); set before a checkout completes. */
  webhookUrl: string | undefined;
  readonly customers: Map<string, Obj>;
  readonly sessions: Map<string, Obj>;
  readonly subscriptions: Map<string, Obj>;
  /** Every event delivered, with our server's HTTP status for it. */
  readonly delivered: Array<{ event: Obj; status: number }>;
  /** A Stripe event (as Stripe would send it) and its signature header. */
  readonly signEvent: (
    type: string,
    object: Obj,
    options?: { created?: number; id?: string; timestamp?: number; secret?: string },
  ) => { payload: string; signature: string; event: Obj };
  /** Posts a signed event to `webhookUrl`; returns our server's status. */
  readonly deliver: (type: string, object: Obj, options?: { created?: number }) => Promise<number>;
  /** What paying on the hosted checkout page does: a subscription, two events, the redirect. */
  readonly completeCheckout: (sessionId: string) => Promise<string>;
  /** Updates a subscription the way the portal or dunning would, and delivers the event. */
  readonly updateSubscription: (
    id: string,
    changes: Obj,
    type?: 'customer.subscription.updated' | 'customer.subscription.deleted',
  ) => Promise<number>;
};

/** Stripe's form encoding (a[b][0][c]=v) back into objects and arrays. */
export function parseStripeForm(raw: string): Obj {
  const out: Obj = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    const path = key.split(/\[|\]\[|\]/).filter((p) => p !== '');
    let node: Obj = out;
    path.forEach((part, i) => {
      if (i === path.length - 1) node[part] = value;
      else node = (node[part] ??= /^\d+$/.test(path[i + 1]!) ? [] : {}) as Obj;
    });
  }
  return out;
}

let counter = 0;
const newId = (prefix: string) =>
  `${prefix}_${Date.now().toString(36)}${(counter++).toString(36).padStart(4, '0')}`;
const nowSeconds = () => Math.floor(Date.now() / 1000);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;
}

export async function startStripeDouble(): Promise<StripeDouble> {
  const stripe = new Stripe(STRIPE_DOUBLE_KEYS.secretKey);
  const customers = new Map<string, Obj>();
  const sessions = new Map<string, Obj>();
  const subscriptions = new Map<string, Obj>();
  const delivered: Array<{ event: Obj; status: number }> = [];
  const state: { webhookUrl: string | undefined; origin: string } = {
    webhookUrl: undefined,
    origin: '',
  };

  const signEvent: StripeDouble['signEvent'] = (type, object, options = {}) => {
    const event = {
      id: options.id ?? newId('evt'),
      object: 'event',
      api_version: '2025-10-29.clover',
      created: options.created ?? nowSeconds(),
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
      data: { object },
    };
    const payload = JSON.stringify(event);
    const signature = stripe.webhooks.generateTestHeaderString({
      payload,
      secret: options.secret ?? STRIPE_DOUBLE_KEYS.webhookSecret,
      ...(options.timestamp !== undefined ? { timestamp: options.timestamp } : {}),
    });
    return { payload, signature, event };
  };

  const deliver: StripeDouble['deliver'] = async (type, object, options = {}) => {
    if (!state.webhookUrl) throw new Error('the Stripe double has no webhookUrl');
    const { payload, signature, event } = signEvent(type, object, options);
    const response = await fetch(state.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': signature },
      body: payload,
    });
    await response.text();
    delivered.push({ event, status: response.status });
    return response.status;
  };

  const completeCheckout = async (sessionId: string): Promise<string> => {
    const session = sessions.get(sessionId);
    if (!session) throw new Error(`no checkout session ${sessionId}`);
    const price = ((session.line_items as Obj[] | undefined)?.[0]?.price as string) ?? '';
    const periodEnd = nowSeconds() + 30 * 86_400;
    const subscription: Obj = {
      id: newId('sub'),
      object: 'subscription',
      customer: session.customer,
      status: 'active',
      cancel_at_period_end: false,
      created: nowSeconds(),
      metadata: (session.subscription_data as Obj | undefined)?.metadata ?? {},
      items: {
        object: 'list',
        data: [
          {
            id: newId('si'),
            object: 'subscription_item',
            price: { id: price, object: 'price' },
            quantity: 1,
            current_period_end: periodEnd,
          },
        ],
      },
    };
    subscriptions.set(subscription.id as string, subscription);
    Object.assign(session, {
      status: 'complete',
      payment_status: 'paid',
      subscription: subscription.id,
    });
    await deliver('checkout.session.completed', { ...session });
    await deliver('customer.subscription.created', { ...subscription });
    return session.success_url as string;
  };

  const updateSubscription: StripeDouble['updateSubscription'] = async (
    id,
    changes,
    type = 'customer.subscription.updated',
  ) => {
    const subscription = subscriptions.get(id);
    if (!subscription) throw new Error(`no subscription ${id}`);
    Object.assign(subscription, changes);
    return deliver(type, { ...subscription });
  };

  async function api(req: IncomingMessage, res: ServerResponse, raw: unknown, url: URL) {
    if (header(req, 'authorization') !== `Bearer ${STRIPE_DOUBLE_KEYS.secretKey}`) {
      return sendJson(res, 401, {
        error: { type: 'invalid_request_error', message: 'Invalid API Key provided.' },
      });
    }
    const form = typeof raw === 'string' ? parseStripeForm(raw) : {};
    const path = url.pathname;
    if (req.method === 'POST' && path === '/v1/customers') {
      const customer = { id: newId('cus'), object: 'customer', created: nowSeconds(), ...form };
      customers.set(customer.id, customer);
      return sendJson(res, 200, customer);
    }
    if (req.method === 'POST' && path === '/v1/checkout/sessions') {
      if (!form.customer || !customers.has(form.customer as string)) {
        return sendJson(res, 400, {
          error: {
            type: 'invalid_request_error',
            message: `No such customer: '${String(form.customer)}'`,
          },
        });
      }
      const id = newId('cs_test');
      const session: Obj = {
        id,
        object: 'checkout.session',
        status: 'open',
        payment_status: 'unpaid',
        subscription: null,
        ...form,
        url: `${state.origin}/pay/${id}`,
      };
      sessions.set(id, session);
      return sendJson(res, 200, session);
    }
    if (req.method === 'POST' && path === '/v1/billing_portal/sessions') {
      const id = newId('bps');
      return sendJson(res, 200, {
        id,
        object: 'billing_portal.session',
        ...form,
        url: `${state.origin}/portal/${id}?customer=${encodeURIComponent(String(form.customer))}&return_url=${encodeURIComponent(String(form.return_url))}`,
      });
    }
    const sub = /^\/v1\/subscriptions\/([^/]+)$/.exec(path);
    if (req.method === 'DELETE' && sub && subscriptions.has(sub[1]!)) {
      const subscription = subscriptions.get(sub[1]!)!;
      subscription.status = 'canceled';
      return sendJson(res, 200, subscription);
    }
    if (req.method === 'GET' && sub && subscriptions.has(sub[1]!)) {
      return sendJson(res, 200, subscriptions.get(sub[1]!));
    }
    return sendJson(res, 404, {
      error: {
        type: 'invalid_request_error',
        message: `Unrecognized request URL (${req.method}: ${path}).`,
      },
    });
  }

  const double = await startDouble(async (req, res, body, url) => {
    if (url.pathname.startsWith('/v1/')) return api(req, res, body, url);
    const pay = /^\/pay\/([^/]+)$/.exec(url.pathname);
    if (pay && sessions.has(pay[1]!)) {
      if (req.method === 'POST') {
        const next = await completeCheckout(pay[1]!);
        res.writeHead(303, { location: next });
        return void res.end();
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end(
        page(
          'Stripe test checkout',
          `<p>Subscribe with test card 4242 4242 4242 4242.</p><form method="post"><button type="submit">Pay and subscribe</button></form>`,
        ),
      );
    }
    const portal = /^\/portal\/([^/]+)$/.exec(url.pathname);
    if (portal) {
      const customer = url.searchParams.get('customer') ?? '';
      const back = url.searchParams.get('return_url') ?? '/';
      if (req.method === 'POST') {
        for (const s of subscriptions.values()) {
          if (s.customer === customer && s.status !== 'canceled') {
            await updateSubscription(
              s.id as string,
              { status: 'canceled' },
              'customer.subscription.deleted',
            );
          }
        }
        res.writeHead(303, { location: back });
        return void res.end();
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end(
        page(
          'Stripe test customer portal',
          `<form method="post"><button type="submit">Cancel subscription</button></form><p><a href="${back}">Return</a></p>`,
        ),
      );
    }
    return sendJson(res, 404, { error: { type: 'invalid_request_error', message: 'Not found.' } });
  });
  state.origin = double.origin;

  return {
    ...double,
    get webhookUrl() {
      return state.webhookUrl;
    },
    set webhookUrl(value: string | undefined) {
      state.webhookUrl = value;
    },
    customers,
    sessions,
    subscriptions,
    delivered,
    signEvent,
    deliver,
    completeCheckout,
    updateSubscription,
  };
}
