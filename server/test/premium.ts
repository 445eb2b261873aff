// Premium test helpers: a signed-in user on a given plan, and SSE answers read back as events.
import type { Role } from '@career-copilot/shared/api/auth';
import type { SmtpDouble } from '../../e2e/doubles/smtp';
import type { AiUpstreamConfig } from '../src/config';
import { registerAndVerify } from './auth-flows';
import type { TestApp } from './harness';
import { TestBrowser } from './test-browser';

export const OPENAI_UPSTREAM = (baseUrl: string): AiUpstreamConfig => ({
  kind: 'openai',
  url: baseUrl,
  apiKey: 'sk-test-key',
  fastModel: 'gpt-4o-mini',
  goodModel: 'gpt-4.1',
});

/** A verified, signed-in user whose role (and so plan) is `role`. */
export async function userWithRole(
  t: TestApp,
  smtp: SmtpDouble,
  role: Role,
  target: TestApp['app'] | string = t.app,
): Promise<{ browser: TestBrowser; userId: string }> {
  const browser = new TestBrowser(target);
  const { session } = await registerAndVerify(browser, smtp);
  const userId = session.authenticated ? session.user.id : undefined;
  if (!userId) throw new Error('no user id in the session');
  if (role !== 'free') {
    await t.deps.auth.users.setRole(userId, role);
    await browser.open(); // picks up the rotated session token
  }
  return { browser, userId };
}

export type SseEvent = { event: string; data: unknown };

export async function readSse(response: Response): Promise<SseEvent[]> {
  const text = await response.text();
  return text
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
      const data = /^data: (.*)$/m.exec(block)?.[1] ?? 'null';
      return { event, data: JSON.parse(data) as unknown };
    });
}

export const chatBody = (content: string, extra: Record<string, unknown> = {}) => ({
  messages: [{ role: 'user', content }],
  ...extra,
});
