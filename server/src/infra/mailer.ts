// Outgoing mail: one interface, two transports. SMTP through nodemailer in production (and in tests,
// against a real SMTP listener on loopback); in development, files in an outbox folder.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from './logger';

export type MailMessage = {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** Extra headers, e.g. List-Unsubscribe for notifications. */
  readonly headers?: Readonly<Record<string, string>>;
};

export type Mailer = {
  readonly kind: 'smtp' | 'outbox';
  /** Where mail goes, for the startup banner: an SMTP host (without credentials) or a folder. */
  readonly destination: string;
  readonly send: (message: MailMessage) => Promise<void>;
  readonly close: () => Promise<void>;
};

function toNodemailer(from: string, message: MailMessage) {
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    headers: { 'Auto-Submitted': 'auto-generated', ...message.headers },
  };
}

export function createSmtpMailer(options: { url: string; from: string; logger: Logger }): Mailer {
  const url = new URL(options.url);
  const transport: Transporter = nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port) || (url.protocol === 'smtps:' ? 465 : 587),
    secure: url.protocol === 'smtps:',
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    // Plain SMTP only where asked for (a local relay or a test listener); otherwise STARTTLS is required.
    ignoreTLS: url.searchParams.get('tls') === 'off',
    requireTLS: url.protocol === 'smtp:' && url.searchParams.get('tls') !== 'off',
    pool: true,
    maxConnections: 3,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    kind: 'smtp',
    destination: `${url.protocol}//${url.host}`,
    send: async (message) => {
      await transport.sendMail(toNodemailer(options.from, message));
    },
    close: async () => transport.close(),
  };
}

export function createOutboxMailer(options: { dir: string; from: string; logger: Logger }): Mailer {
  const dir = resolve(options.dir);
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true });
  return {
    kind: 'outbox',
    destination: dir,
    send: async (message) => {
      const info = await transport.sendMail(toNodemailer(options.from, message));
      await mkdir(dir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      // Digits are dropped: subjects carry codes, and the file name goes into the log.
      const slug = message.subject
        .toLowerCase()
        .replace(/[0-9]+/g, '')
        .replace(/[^a-z]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 40);
      const base = join(dir, `${stamp}-${slug}-${randomBytes(3).toString('hex')}`);
      await writeFile(`${base}.eml`, info.message as Buffer);
      await writeFile(
        `${base}.txt`,
        `To: ${message.to}\nSubject: ${message.subject}\n\n${message.text}\n`,
      );
      // The path only: the mail itself holds codes, and logs travel further than the outbox.
      options.logger.info('mail written to outbox', { path: `${base}.txt` });
    },
    close: async () => {},
  };
}

/** For a server with no way to send mail: account routes are off, so this is never reached. */
export function createDisabledMailer(): Mailer {
  return {
    kind: 'outbox',
    destination: '(none)',
    send: async () => {
      throw new Error('mail is not configured (set SMTP_URL or MAIL_OUTBOX_DIR)');
    },
    close: async () => {},
  };
}
