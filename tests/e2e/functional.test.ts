/**
 * The functional mailbox kontaktcenter@ in the Outlook playground, in real Chromium: the queue's
 * chooser, "Jag tar den", "Diarieförd" and the asked-first deletion, over the Graph stand-in.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import {
  formatViolations,
  frameByUrl,
  launchChromium,
  newContext,
  runAxe,
  startDevServer,
} from './helpers/browser.ts';
import type { DevServer } from './helpers/browser.ts';

let server: DevServer;
let browser: Browser;
let context: BrowserContext;

interface SharedState {
  sharedMailboxes: Record<
    string,
    {
      categories: Record<string, string[]>;
      deleted: string[];
      flags: Record<string, { flagStatus: string; dueDateTime?: { dateTime: string } }>;
      properties: Record<string, Record<string, string>>;
    }
  >;
  flags: Record<string, unknown>;
}

async function control(path: 'state' | 'reset'): Promise<SharedState> {
  const url = `${server.url}/__standin/graph/${path}`;
  const res =
    path === 'state'
      ? await context.request.get(url)
      : await context.request.post(url, { data: {} });
  if (!res.ok()) throw new Error(`stand-in ${path}: HTTP ${res.status()}`);
  return (await res.json()) as SharedState;
}

async function openQueue(
  timeout = 30_000,
  selectFirst?: string,
): Promise<{ page: Page; pane: Frame }> {
  const page = await context.newPage();
  await page.goto(`${server.url}/playground/outlook.html`, {
    waitUntil: 'domcontentloaded',
    timeout,
  });
  const pane = await frameByUrl(page, '/taskpane.html', timeout);
  if (selectFirst) await page.locator(`[data-id="${selectFirst}"]`).click({ timeout });
  await pane.getByRole('tab', { name: 'Kö' }).click({ timeout });
  return { page, pane };
}

async function expectNoAxeViolations(target: Page | Frame, what: string): Promise<void> {
  const violations = await runAxe(target);
  expect(violations, `${what}:\n${formatViolations(violations)}`).toEqual([]);
}

beforeAll(async () => {
  browser = await launchChromium();
  server = await startDevServer();
  context = await newContext(browser, { width: 1400, height: 900 });
  // Warm up: the first load makes Vite transform every module (outside the test's time limit).
  const { page } = await openQueue(110_000);
  await page.close();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  await control('reset');
});

describe('Outlook playground: functional mailbox kontaktcenter@', { timeout: 150_000 }, () => {
  it('the queue shows kontaktcenter@; Jag tar den and Diarieförd are categories; deleting asks first', async () => {
    const { page, pane } = await openQueue(60_000);
    await pane.getByRole('combobox', { name: 'Brevlåda' }).selectOption('kontaktcenter@vaxjo.se');
    const list = pane.getByRole('list', { name: 'Meddelanden i kontaktcenter@vaxjo.se' });
    await list.waitFor({ timeout: 20_000 });
    const items = pane.getByTestId('functional-item');
    await expect(items.count()).resolves.toBe(3);

    const snow = items.filter({ hasText: 'Snöröjning på Storgatan' });
    await expect(snow.getByTestId('functional-handler').textContent()).resolves.toBe(
      'Ingen har tagit den',
    );
    await snow.getByRole('button', { name: 'Jag tar den' }).click();
    await snow.getByText('Handläggs av Anna Lind').waitFor();
    let state = await control('state');
    expect(state.sharedMailboxes['kontaktcenter@vaxjo.se']?.categories['kc-01-snorojning']).toEqual(
      ['Svarsplikt: Anna Lind'],
    );

    // Answered but not registered: no delete button until "Diarieförd" is set.
    const invoice = items.filter({ hasText: 'Fråga om faktura' });
    await expect(invoice.getByRole('button', { name: 'Radera' }).count()).resolves.toBe(0);
    await invoice.getByRole('button', { name: 'Diarieförd' }).click();
    await invoice.getByRole('button', { name: 'Radera' }).click();
    const dialog = pane.getByRole('alertdialog');
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('Fråga om faktura för vatten och avlopp');
    await expect(dialog.textContent()).resolves.toContain('Borttagna objekt');
    await expectNoAxeViolations(pane, 'delete confirmation');
    state = await control('state');
    expect(state.sharedMailboxes['kontaktcenter@vaxjo.se']?.deleted).toEqual([]);

    await dialog.getByRole('button', { name: 'Radera' }).click();
    await pane
      .getByText('”Fråga om faktura för vatten och avlopp” flyttades till Borttagna objekt.')
      .waitFor();
    state = await control('state');
    expect(state.sharedMailboxes['kontaktcenter@vaxjo.se']).toMatchObject({
      deleted: ['kc-03-faktura'],
      categories: { 'kc-03-faktura': ['Diarieförd'] },
    });
    await expect(items.count()).resolves.toBe(2);
    // The dialog is gone (its closing transition done) before the page is checked again.
    await dialog.waitFor({ state: 'detached' });
    await pane.locator('.fui-DialogSurface').waitFor({ state: 'detached' });
    await expectNoAxeViolations(pane, 'functional mailbox queue');
    await page.close();
  });

  it('a message opened in kontaktcenter@ preselects that mailbox, with counts of the open cases', async () => {
    const { page, pane } = await openQueue(60_000, 'kc-01-snorojning');
    const chooser = pane.getByRole('combobox', { name: 'Brevlåda' });
    const list = pane.getByRole('list', { name: 'Meddelanden i kontaktcenter@vaxjo.se' });
    await list.waitFor({ timeout: 20_000 });
    await expect(chooser.inputValue()).resolves.toBe('kontaktcenter@vaxjo.se');
    await pane.getByText('Meddelandet ligger i kontaktcenter@vaxjo.se.').waitFor();
    // Two open cases (one overdue, one due later at the demo's "now"), nobody has taken one yet.
    const counts = pane.getByTestId('functional-counts');
    const count = (label: string) =>
      counts
        .locator('div')
        .filter({ has: pane.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
        .locator('dd')
        .textContent();
    const figures = {
      overdue: await count('Försenade'),
      dueToday: await count('Förfaller i dag'),
      later: await count('Senare'),
      taken: await count('Tagna av någon'),
    };
    expect(Number(figures.overdue) + Number(figures.dueToday) + Number(figures.later)).toBe(2);
    expect(figures.taken).toBe('0');
    // Anna Lind has Write and DeleteAll in the demo: the write actions are there and work.
    const snow = pane.getByTestId('functional-item').filter({ hasText: 'Snöröjning på Storgatan' });
    await snow.getByRole('button', { name: 'Jag tar den' }).click();
    await snow.getByText('Handläggs av Anna Lind').waitFor();
    await expect(count('Tagna av någon')).resolves.toBe('1');
    const state = await control('state');
    expect(state.sharedMailboxes['kontaktcenter@vaxjo.se']?.categories['kc-01-snorojning']).toEqual(
      ['Svarsplikt: Anna Lind'],
    );
    await expectNoAxeViolations(pane, 'functional mailbox opened from a shared message');
    await page.close();
  });

  it('a message opened in kontaktcenter@ shows its clock; the kvittens promise lands on that mailbox’s message, not in /me', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/playground/outlook.html`, {
      waitUntil: 'domcontentloaded',
      timeout: 60_000,
    });
    const pane = await frameByUrl(page, '/taskpane.html', 60_000);
    await page.locator('[data-id="kc-01-snorojning"]').click();
    const clock = pane.getByTestId('clock');
    await pane.locator('[data-testid="clock"][data-item="kc-01-snorojning"]').waitFor({
      timeout: 20_000,
    });
    await expect(clock.getAttribute('data-state')).resolves.not.toBe('not-required');
    await pane.getByText('Delad brevlåda: kontaktcenter@vaxjo.se.').waitFor();
    await expect(pane.getByTestId('due').textContent()).resolves.toMatch(/\d/);
    await pane.getByRole('button', { name: 'Skicka kvittens' }).click();
    await pane.getByTestId('promised-line').waitFor({ timeout: 20_000 });
    // The duty record and the flag moved to the promise are written on kontaktcenter@'s message.
    let kc: SharedState['sharedMailboxes'][string] | undefined;
    for (let i = 0; i < 40; i++) {
      const state = await control('state');
      kc = state.sharedMailboxes['kontaktcenter@vaxjo.se'];
      if (Object.keys(kc?.properties['kc-01-snorojning'] ?? {}).length > 0) {
        expect(state.flags['kc-01-snorojning']).toBeUndefined();
        break;
      }
      await page.waitForTimeout(250);
    }
    const record = Object.values(kc?.properties['kc-01-snorojning'] ?? {})[0] ?? '';
    expect(JSON.parse(record)).toMatchObject({
      ack: { promised: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
    });
    expect(kc?.flags['kc-01-snorojning']?.flagStatus).toBe('flagged');
    await expectNoAxeViolations(pane, 'clock of a message in kontaktcenter@');
    await page.close();
  });
});
