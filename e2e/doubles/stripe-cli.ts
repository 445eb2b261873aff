// `pnpm stripe:double`: the Stripe test double on its own, for running the app locally with billing.
// WEBHOOK_URL is where it delivers signed events (default: the app on http://localhost:8787).
import { STRIPE_DOUBLE_KEYS, startStripeDouble } from './stripe';

const double = await startStripeDouble();
double.webhookUrl = process.env.WEBHOOK_URL ?? 'http://localhost:8787/api/billing/webhook';
process.stdout.write(
  [
    `Stripe test double on ${double.origin}, webhooks to ${double.webhookUrl}`,
    'Start the app with:',
    `  STRIPE_SECRET_KEY=${STRIPE_DOUBLE_KEYS.secretKey} STRIPE_WEBHOOK_SECRET=${STRIPE_DOUBLE_KEYS.webhookSecret} \\`,
    `  STRIPE_PRICE_PRO=${STRIPE_DOUBLE_KEYS.prices.pro} STRIPE_PRICE_PREMIUM=${STRIPE_DOUBLE_KEYS.prices.premium} \\`,
    `  STRIPE_API_BASE=${double.origin} pnpm start`,
    '',
  ].join('\n'),
);
const stop = () => void double.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
