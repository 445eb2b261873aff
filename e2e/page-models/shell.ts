// Page model for the app frame: navigation, the service worker, installability, offline state.
import type { Page } from 'playwright-core';

export const AREAS = ['Resumes', 'Jobs', 'Applications', 'Settings', 'Account'] as const;

export class ShellPage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string, path = '/'): Promise<void> {
    await this.page.goto(baseUrl + path);
    await this.page.getByRole('navigation', { name: 'Main' }).waitFor();
  }

  async goTo(area: (typeof AREAS)[number]): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: area })
      .click();
    await this.page.getByRole('heading', { level: 1, name: area }).waitFor();
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** Waits until a service worker is active for this origin and returns its script URL. */
  async waitForServiceWorker(): Promise<string> {
    return this.page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.scriptURL ?? '';
    });
  }

  /** Chromium's own verdict on whether the page can be installed (an empty list means yes). */
  async installabilityErrors(): Promise<string[]> {
    const cdp = await this.page.context().newCDPSession(this.page);
    try {
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: Array<{ errorId: string }>;
      };
      return installabilityErrors.map((e) => e.errorId);
    } finally {
      await cdp.detach();
    }
  }
}
