// A real SMTP listener on loopback that keeps every message it receives: the mail server for tests.
// Servers under test send to it with SMTP_URL=`double.url`; tests read codes and links from `messages`.
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = {
  readonly to: readonly string[];
  readonly from: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly headers: ReadonlyMap<string, unknown>;
  /** The message as it came over the wire (for tests that look for leaks or injected headers). */
  readonly raw: string;
};

export type SmtpDouble = {
  readonly port: number;
  /** For SMTP_URL: plain SMTP on loopback (`tls=off`; the double offers no STARTTLS). */
  readonly url: string;
  readonly messages: readonly ReceivedMail[];
  /** How many messages have arrived: pass it as `after` to wait only for newer ones. */
  readonly mark: () => number;
  /** The first message (oldest first, from index `after`) matching `predicate`, waiting for it. */
  readonly waitFor: (
    predicate: (mail: ReceivedMail) => boolean,
    options?: { after?: number; timeoutMs?: number },
  ) => Promise<ReceivedMail>;
  /** Waits for a message to `to` whose subject matches (from index `after`) and returns its code. */
  readonly waitForCode: (
    to: string,
    subject: RegExp,
    options?: { after?: number },
  ) => Promise<string>;
  readonly stop: () => Promise<void>;
};

/** The 6-digit code our templates put on a line of its own. */
export function extractCode(mail: ReceivedMail): string {
  const match = /^\s+(\d{6})\s*$/m.exec(mail.text);
  if (!match?.[1]) throw new Error(`no code in mail "${mail.subject}":\n${mail.text}`);
  return match[1];
}

export async function startSmtpDouble(): Promise<SmtpDouble> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((parsed) => {
            messages.push({
              to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              headers: parsed.headers,
              raw: raw.toString('utf8'),
            });
            for (const wake of waiters) wake();
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  const waitFor: SmtpDouble['waitFor'] = (predicate, options = {}) =>
    new Promise((resolve, reject) => {
      const after = options.after ?? 0;
      const timeoutMs = options.timeoutMs ?? 10_000;
      const check = () => {
        const found = messages.slice(after).find(predicate);
        if (!found) return false;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`no matching mail within ${timeoutMs} ms (${messages.length} received)`));
      }, timeoutMs);
      if (!check()) waiters.add(check);
    });

  return {
    port,
    url: `smtp://127.0.0.1:${port}?tls=off`,
    messages,
    mark: () => messages.length,
    waitFor,
    waitForCode: async (to, subject, options = {}) => {
      const address = to.trim().toLowerCase();
      const mail = await waitFor((m) => m.to.includes(address) && subject.test(m.subject), options);
      return extractCode(mail);
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
