// Page model for the application tracker: jobs to start from, the board, the table, an application's page.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { JobsPage } from './jobs';

export type Stage = 'saved' | 'applied' | 'interviewing' | 'offer' | 'rejected' | 'withdrawn';

export class TrackerPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  /** Saves a posting through the Jobs page, as a user would. */
  async addJob(title: string, company: string, posting: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/jobs`);
    await new JobsPage(this.page).add({ title, company, posting });
  }

  async openBoard(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/applications`);
    await this.page.getByRole('heading', { level: 1, name: 'Applications' }).waitFor();
  }

  /** Starts an application for a saved job; ends on the application's page. */
  async trackApplication(jobOption: string): Promise<string> {
    await this.openBoard();
    await this.page.getByRole('button', { name: 'Track an application' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'Track an application' });
    await dialog.getByLabel('Job', { exact: true }).selectOption({ label: jobOption });
    await dialog.getByRole('button', { name: 'Track application' }).click();
    await this.page.waitForURL(/\/applications\/a_/);
    return new URL(this.page.url()).pathname.split('/').pop() ?? '';
  }

  column(stage: Stage): Locator {
    return this.page.locator(`section[data-drop-stage="${stage}"]`);
  }

  card(jobTitle: string): Locator {
    return this.page.locator('.board-card', { hasText: jobTitle });
  }

  liveRegion(): Locator {
    return this.page.locator('[aria-live="assertive"]');
  }

  /** Drags a card with the mouse, from its title to the middle of a column. */
  async dragCard(jobTitle: string, stage: Stage): Promise<void> {
    const from = await this.card(jobTitle).boundingBox();
    const to = await this.column(stage).boundingBox();
    if (!from || !to) throw new Error('card or column not on screen');
    const mouse = this.page.mouse;
    await mouse.move(from.x + from.width / 2, from.y + 12);
    await mouse.down();
    await mouse.move(from.x + from.width / 2 + 12, from.y + 20, { steps: 4 });
    await mouse.move(to.x + to.width / 2, to.y + 80, { steps: 12 });
    await mouse.up();
  }

  /**
   * Drags a card with a finger through the DevTools protocol: press, hold past the long-press
   * delay, move, lift. The page sees real touch (and pointer) events.
   */
  async touchDragCard(jobTitle: string, stage: Stage): Promise<void> {
    const to = await this.column(stage).boundingBox();
    if (!to) throw new Error('column not on screen');
    await this.touchPath(jobTitle, { x: to.x + to.width / 2, y: to.y + 80 }, 400);
  }

  /** A quick vertical swipe starting on a card, the way a thumb scrolls the page. */
  async swipeOnCard(jobTitle: string, dy: number): Promise<void> {
    const from = await this.card(jobTitle).boundingBox();
    if (!from) throw new Error('card not on screen');
    await this.touchPath(
      jobTitle,
      { x: from.x + from.width / 2, y: from.y + from.height / 2 + dy },
      0,
    );
  }

  private async touchPath(
    jobTitle: string,
    end: { x: number; y: number },
    holdMs: number,
  ): Promise<void> {
    const from = await this.card(jobTitle).boundingBox();
    if (!from) throw new Error('card not on screen');
    const cdp = await this.page.context().newCDPSession(this.page);
    const point = (x: number, y: number) => [{ x: Math.round(x), y: Math.round(y) }];
    const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: point(start.x, start.y),
    });
    if (holdMs > 0) await this.page.waitForTimeout(holdMs);
    for (let i = 1; i <= 12; i++) {
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: point(
          start.x + ((end.x - start.x) * i) / 12,
          start.y + ((end.y - start.y) * i) / 12,
        ),
      });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
  }

  /** Picks a card up with the keyboard, presses the arrow keys given, and drops it. */
  async keyboardMove(label: string, keys: readonly string[]): Promise<void> {
    const handle = this.page.getByRole('button', { name: `Pick up ${label}` });
    await handle.focus();
    await this.page.keyboard.press('Space');
    for (const key of keys) await this.page.keyboard.press(key);
    await this.page.keyboard.press('Enter');
  }

  async openApplication(jobTitle: string): Promise<void> {
    await this.card(jobTitle).getByRole('link', { name: jobTitle }).click();
    await this.page.getByRole('heading', { level: 1, name: jobTitle }).waitFor();
  }

  async addInterview(input: {
    title: string;
    startsLocal: string;
    minutes: number;
    where: string;
  }): Promise<void> {
    const section = this.page.getByRole('region', { name: 'Interviews' });
    await section.getByRole('button', { name: 'Add an interview' }).click();
    const form = section.getByRole('form', { name: 'Add an interview' });
    await form.getByLabel('Title').fill(input.title);
    await form.getByLabel('Starts').fill(input.startsLocal);
    await form.getByLabel('Length (minutes)').fill(String(input.minutes));
    await form.getByLabel('Where').fill(input.where);
    await form.getByRole('button', { name: 'Add interview' }).click();
    await section.getByText(input.title, { exact: true }).waitFor();
  }

  /** Clicks something that downloads a file and returns the file's name and text. */
  async download(click: () => Promise<void>): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  async exportWholeCalendar(options: {
    alert: string;
    followUps: string;
  }): Promise<{ name: string; text: string }> {
    await this.page.getByRole('button', { name: 'Export calendar' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Export calendar (.ics)' });
    await dialog.getByLabel('Alert before each interview').selectOption({ label: options.alert });
    await dialog.getByLabel('Follow-up reminders').selectOption({ label: options.followUps });
    return this.download(() => dialog.getByRole('button', { name: 'Download .ics' }).click());
  }
}
