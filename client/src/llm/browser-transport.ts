// The browser's transport for providers: fetch, and a probe that tells "blocked" from "not there".
import type {
  FetchLike,
  NetworkProbe,
  NetworkVerdict,
  Transport,
} from '@career-copilot/shared/ai/transport';

/** connect-src violations by origin, when they happened (ms). */
const cspViolations = new Map<string, number>();
let listening = false;

function listenForCspViolations(): void {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  document.addEventListener('securitypolicyviolation', (event) => {
    if (event.effectiveDirective !== 'connect-src' && event.violatedDirective !== 'connect-src')
      return;
    try {
      cspViolations.set(new URL(event.blockedURI).origin, Date.now());
    } catch {
      // blockedURI can be a keyword ("inline"); nothing to record for a connection
    }
  });
}

const RECENT_MS = 10_000;

function blockedByCsp(origin: string, since: number): boolean {
  const at = cspViolations.get(origin);
  return at !== undefined && at >= since - RECENT_MS;
}

const nextTask = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Why a fetch got no answer. fetch's TypeError hides the reason, so: a connect-src violation report
 * means our CSP blocked it; an opaque (no-cors) request that gets through means the server is up and
 * refused us by CORS; otherwise nothing answered.
 */
export const probeNetwork: NetworkProbe = async (url: string): Promise<NetworkVerdict> => {
  const since = Date.now();
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return 'unreachable';
  }
  if (blockedByCsp(origin, since)) return 'csp_blocked';
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'unreachable';
  try {
    await fetch(url, {
      mode: 'no-cors',
      cache: 'no-store',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    return 'cors_blocked';
  } catch {
    // The violation event is queued as a task; give it a moment to arrive.
    await nextTask(50);
    return blockedByCsp(origin, since) ? 'csp_blocked' : 'unreachable';
  }
};

const browserFetch: FetchLike = (url, init) => fetch(url, init);

/** Fetch and probe for providers that call endpoints straight from the page. */
export function browserTransport(overrides: Partial<Transport> = {}): Transport {
  listenForCspViolations();
  return {
    fetch: browserFetch,
    probe: probeNetwork,
    ...(typeof location !== 'undefined' ? { appOrigin: location.origin } : {}),
    ...overrides,
  };
}
