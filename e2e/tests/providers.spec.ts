// Model providers end to end: Ollama at a local double, a streamed reply, Stop, and what users see when
// Ollama refuses this origin, when the CSP blocks an address, and when the browser has no WebGPU.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOllamaDouble, type OllamaDouble } from '../doubles/ollama';
import { launchBrowser, type Browser } from '../harness/browser';
import { startServer, type RunningServer } from '../harness/server';
import { ModelSettingsPage } from '../page-models/model-settings';

describe('Ollama through Settings → Models', () => {
  let ollama: OllamaDouble;
  let refusing: OllamaDouble;
  let unlisted: OllamaDouble;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [ollama, refusing, unlisted] = await Promise.all([
      startOllamaDouble({ delayMs: 80 }),
      startOllamaDouble({ denyDefaultOrigins: true }),
      startOllamaDouble(),
    ]);
    // The operator allows the two doubles the user is meant to reach; `unlisted` is left out on purpose.
    server = await startServer({ CSP_CONNECT_EXTRA: `${ollama.origin} ${refusing.origin}` });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await Promise.all([ollama?.close(), refusing?.close(), unlisted?.close()]);
  });

  it('configures Ollama, streams a reply into the page, and Stop cancels the request', async () => {
    const settings = new ModelSettingsPage(await browser.context.newPage());
    await settings.open(server.url);
    await settings.setOllamaAddress(ollama.host);
    expect(await settings.testConnection('ollama')).toBe('Ollama is running with 2 models.');
    await settings.chooseModel('Fast model', 'Ollama', 'llama3.2:latest');

    const words = Array.from({ length: 40 }, (_, i) => `word${i + 1}`).join(' ');
    const before = ollama.disconnects();
    await settings.send(words);
    await settings
      .output()
      .getByText(/You said: word1/)
      .waitFor();
    await settings.stop();
    await settings.status().getByText('Stopped.').waitFor();
    const partial = (await settings.output().textContent()) ?? '';
    expect(partial).toMatch(/^You said: word1/);
    expect(partial).not.toContain('word40');
    // Stop reached Ollama: the streaming HTTP request was closed, not just ignored.
    await expect.poll(() => ollama.disconnects(), { timeout: 5000 }).toBe(before + 1);
    const chat = ollama.requests.filter((r) => r.path === '/api/chat').at(-1);
    expect(chat?.body).toMatchObject({
      model: 'llama3.2:latest',
      stream: true,
      messages: [{ role: 'user', content: words }],
    });

    await settings.send('Short one');
    await settings
      .status()
      .getByText(/^Done · 26 tokens in, 4 out/)
      .waitFor({ timeout: 15_000 });
    expect(await settings.output().textContent()).toBe('You said: Short one');
    // The stopped request is counted too, with estimated figures.
    await expect
      .poll(
        async () =>
          (await settings.usageRow('Ollama').getByRole('cell').first().textContent()) ?? '',
      )
      .toBe('2');

    // The choice survives a reload: it lives in IndexedDB.
    await settings.page.reload();
    await settings.page
      .getByTestId('tier-fast-current')
      .getByText('Ollama · llama3.2:latest')
      .waitFor();
    await settings.page.close();
  });

  it('says how to set OLLAMA_ORIGINS when Ollama refuses this origin', async () => {
    const settings = new ModelSettingsPage(await browser.context.newPage());
    await settings.open(server.url);
    await settings.setOllamaAddress(refusing.host);
    const message = await settings.testConnection('ollama');
    expect(message).toContain('Ollama is running but refuses requests from this page');
    expect(message).toContain(`OLLAMA_ORIGINS=${server.url} ollama serve`);
    await settings.provider('ollama').getByText('Blocked by the browser').waitFor();
    await settings.page.close();
  });

  it('says the operator must allow an address this app’s CSP does not list', async () => {
    const settings = new ModelSettingsPage(await browser.context.newPage());
    await settings.open(server.url);
    await settings.setOllamaAddress(unlisted.host);
    const message = await settings.testConnection('ollama');
    expect(message).toContain(`adding ${unlisted.origin} to CSP_CONNECT_EXTRA`);
    // The CSP stopped it in the browser: nothing reached the unlisted server.
    expect(unlisted.requests).toEqual([]);
    await settings.page.close();
  });

  it('runs the WebLLM worker under the CSP and says plainly that this browser has no WebGPU', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|Refused/i.test(m.text()))
        errors.push(m.text());
    });
    const settings = new ModelSettingsPage(page);
    await settings.open(server.url);
    await settings.expand('webllm', 'In this browser (WebLLM)');
    const notice = settings.provider('webllm').getByTestId('webllm-unsupported');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toContain(
      'This browser cannot run models itself: WebGPU is not available',
    );
    expect(await settings.testConnection('webllm')).toContain('WebGPU is not available');
    // The model list for the fast tier still points at the unlisted double from the test before.
    expect(errors.filter((e) => !e.includes(unlisted.origin))).toEqual([]);
    await page.close();
  });
});
