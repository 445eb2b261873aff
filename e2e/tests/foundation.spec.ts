// The foundation end to end: the PWA loads from `pnpm start`, navigates, installs, and reloads offline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../harness/browser';
import { startServer, type RunningServer } from '../harness/server';
import { AREAS, ShellPage } from '../page-models/shell';

describe('PWA shell', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('prints its URL and serves the app, which navigates between every area', async () => {
    expect(server.output()).toContain(
      `Career Copilot is running at http://localhost:${server.port}`,
    );
    const shell = new ShellPage(await browser.context.newPage());
    await shell.open(server.url);
    expect(shell.page.url()).toBe(`${server.url}/resumes`);
    for (const area of AREAS) {
      await shell.goTo(area);
      expect(await shell.heading().textContent()).toBe(area);
      expect(shell.page.url()).toBe(`${server.url}/${area.toLowerCase()}`);
    }
    // A deep link survives a reload: the server answers page paths with the app shell.
    await shell.page.reload();
    await shell.heading().waitFor();
    expect(await shell.heading().textContent()).toBe('Account');
    await shell.page.close();
  });

  it('registers a service worker and is installable', async () => {
    const shell = new ShellPage(await browser.context.newPage());
    await shell.open(server.url);
    expect(await shell.waitForServiceWorker()).toBe(`${server.url}/sw.js`);
    expect(await shell.installabilityErrors()).toEqual([]);
    const manifest = await (await fetch(`${server.url}/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({
      name: 'Career Copilot',
      display: 'standalone',
      start_url: '/',
    });
    await shell.page.close();
  });

  it('reports the server and Redis as up in Account', async () => {
    const shell = new ShellPage(await browser.context.newPage());
    await shell.open(server.url, '/account');
    await shell.page.getByText('Accounts available').waitFor();
    await shell.page.close();
  });
});

describe('offline', () => {
  it('reloads and navigates with the server gone, keeping local data', async () => {
    const server = await startServer();
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      const shell = new ShellPage(page);
      await shell.open(server.url, '/jobs');
      await shell.waitForServiceWorker();

      await page.getByRole('button', { name: 'Add a job' }).first().click();
      await page.getByLabel('Job title').fill('Staff Engineer');
      await page
        .getByLabel('Job posting')
        .fill('Staff Engineer at Globex. Go, Kubernetes, on-call.');
      await page.getByRole('button', { name: 'Save job' }).click();
      // Saving opens the job; the list links to it.
      await page.getByRole('heading', { level: 1, name: 'Staff Engineer' }).waitFor();
      await shell.goTo('Jobs');
      await page.getByRole('link', { name: 'Staff Engineer' }).waitFor();

      await server.stop();
      await browser.context.setOffline(true);
      await page.reload();
      await shell.heading().waitFor();
      expect(await shell.heading().textContent()).toBe('Jobs');
      await page.getByRole('link', { name: 'Staff Engineer' }).waitFor();
      await page.getByTestId('offline-banner').waitFor();

      // A route never visited online still opens: navigations fall back to the cached shell.
      await page.goto(`${server.url}/settings`);
      expect(await shell.heading().textContent()).toBe('Settings');
    } finally {
      await browser.close();
      await server.stop();
    }
  });
});
