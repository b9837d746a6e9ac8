/**
 * The Outlook playground in real Chromium: the task pane over the Office.js and Graph stand-ins.
 * One dev server and one browser for the file; the Graph stand-in is reset between tests.
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

interface GraphState {
  automaticRepliesSetting: {
    status: string;
    externalReplyMessage?: string;
    internalReplyMessage?: string;
    scheduledStartDateTime?: { dateTime: string; timeZone: string } | null;
    scheduledEndDateTime?: { dateTime: string; timeZone: string } | null;
  };
  rules: {
    displayName?: string;
    actions?: { redirectTo?: { emailAddress?: { address?: string } }[] };
    exceptions?: { isAutomaticReply?: boolean } | null;
  }[];
  flags: Record<string, { flagStatus?: string; dueDateTime?: { dateTime?: string } }>;
  drafts: { replyTo?: string; to: string[]; html: string; properties: Record<string, string> }[];
  sentItems: { subject: string; to: string[]; conversationId: string }[];
}

/** The Graph stand-in's control endpoints (Playwright's request API accepts the dev certificate). */
async function control(path: 'state' | 'reset' | 'fault', body?: unknown): Promise<GraphState> {
  const url = `${server.url}/__standin/graph/${path}`;
  const res =
    path === 'state'
      ? await context.request.get(url)
      : await context.request.post(url, { data: body ?? {} });
  if (!res.ok()) throw new Error(`stand-in ${path}: HTTP ${res.status()}`);
  return (await res.json()) as GraphState;
}

async function openPlayground(query = '', timeout = 30_000): Promise<{ page: Page; pane: Frame }> {
  const page = await context.newPage();
  await page.goto(`${server.url}/playground/outlook.html${query}`, {
    waitUntil: 'domcontentloaded',
    timeout,
  });
  const pane = await frameByUrl(page, '/taskpane.html', timeout);
  await pane.getByRole('tab', { name: 'Svarsklocka' }).waitFor({ timeout });
  return { page, pane };
}

async function selectMessage(page: Page, pane: Frame, id: string): Promise<void> {
  await page.locator(`[data-id="${id}"]`).click();
  await pane.locator(`[data-testid="clock"][data-item="${id}"]`).waitFor();
}

async function fillAbsence(pane: Frame, firstDay: string, lastDay: string): Promise<void> {
  for (const [name, value] of [
    ['Första frånvarodag', firstDay],
    ['Sista frånvarodag', lastDay],
  ] as const) {
    const box = pane.getByRole('combobox', { name });
    await box.fill(value);
    await box.press('Tab');
  }
  await pane.getByTestId('back-on').waitFor();
  await pane.getByRole('textbox', { name: 'Namn' }).fill('Per Holm');
  await pane.getByRole('textbox', { name: 'E-post' }).fill('per.holm@vaxjo.se');
}

async function expectNoAxeViolations(target: Page | Frame, what: string): Promise<void> {
  const violations = await runAxe(target);
  expect(violations, `${what}:\n${formatViolations(violations)}`).toEqual([]);
}

beforeAll(async () => {
  browser = await launchChromium();
  server = await startDevServer();
  context = await newContext(browser, { width: 1400, height: 900 });
  // Warm up: the first load makes Vite transform every module (outside the tests' time limits).
  // A cold server optimises the dependencies first, which can take over 30 s on a loaded machine.
  const { page } = await openPlayground('', 110_000);
  await page.close();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  await control('reset', {});
});

// Generous limits: CI machines and a loaded dev box are slow; a normal run takes ~45 s in all.
describe('Outlook playground', { timeout: 60_000 }, () => {
  it('selecting messages shows the right clock and info bar', async () => {
    const { page, pane } = await openPlayground();
    await expect(pane.getByText('Inget meddelande valt').isVisible()).resolves.toBe(true);

    // demo-01: Tue 22 Dec 08:30 → Växjö 3 working days, skipping julafton, juldagen and the weekend.
    await selectMessage(page, pane, 'demo-01');
    await expect(pane.getByTestId('due').textContent()).resolves.toBe(
      'tisdag 29 december 2026 kl. 16:30',
    );
    await expect(pane.locator('[data-testid="clock"]').getAttribute('data-state')).resolves.toBe(
      'on-track',
    );
    const infoBar = page.getByTestId('info-bar');
    await expect(infoBar.textContent()).resolves.toContain(
      'svara senast tisdag 29 december 2026 kl. 16:30',
    );

    // demo-04: an Exchange automatic reply carries no duty.
    await selectMessage(page, pane, 'demo-04');
    await expect(pane.locator('[data-testid="clock"]').getAttribute('data-state')).resolves.toBe(
      'not-required',
    );
    await expect(pane.getByText('Varför ingen svarsplikt').isVisible()).resolves.toBe(true);
    await expect(infoBar.textContent()).resolves.toMatch(/– ingen svarsplikt\.$/);
    await expect(page.getByTestId('info-bar').count()).resolves.toBe(1);

    // demo-11: from Wednesday 16 December, overdue by now; the info bar turns into an error.
    await selectMessage(page, pane, 'demo-11');
    await expect(pane.locator('[data-testid="clock"]').getAttribute('data-state')).resolves.toBe(
      'overdue',
    );
    await page.locator('[data-testid="info-bar"][data-type="errorMessage"]').waitFor();

    // demo-10 was answered the same day (Sent Items in the Graph stand-in).
    await selectMessage(page, pane, 'demo-10');
    await pane.locator('[data-testid="clock"][data-state="answered"]').waitFor();

    await expectNoAxeViolations(pane, 'clock view');
    await expectNoAxeViolations(page, 'playground page');
    await page.close();
  });

  it('acknowledgement opens the reply form, flags land in Graph, the queue lists the duty', async () => {
    const { page, pane } = await openPlayground();
    await selectMessage(page, pane, 'demo-01');
    await pane.getByRole('button', { name: 'Skicka kvittens' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect(dialog.getByText('Svar (öppnas i Outlook)').isVisible()).resolves.toBe(true);
    await dialog.getByRole('button', { name: 'Stäng' }).click();

    await pane.getByRole('button', { name: 'Flagga med förfallodag' }).click();
    await pane.getByText(/Flaggad med förfallodag/).waitFor();
    const state = await control('state');
    // Graph answers in UTC: 16:30 Stockholm (CET) is 15:30 UTC.
    expect(state.flags['demo-01']).toMatchObject({
      flagStatus: 'flagged',
      dueDateTime: { dateTime: expect.stringMatching(/^2026-12-29T15:30:00/), timeZone: 'UTC' },
    });

    await pane.getByRole('tab', { name: 'Kö' }).click();
    await pane
      .getByRole('list', { name: 'Meddelanden sorterade efter förfallotid' })
      .waitFor({ timeout: 15000 });
    const overdue = Number(await pane.getByTestId('count-overdue').textContent());
    expect(overdue).toBeGreaterThan(0);
    const items = await pane.getByTestId('queue-item').count();
    expect(items).toBeGreaterThan(2);
    await expectNoAxeViolations(pane, 'queue view');
    await page.close();
  });

  it('a poisoned From leaves the clock and the queue fast; look-alike and spoofed senders are named calmly', async () => {
    const { page, pane } = await openPlayground();
    // demo-12 carries a 200 KB folded From: the clock still comes at once.
    const start = Date.now();
    await selectMessage(page, pane, 'demo-12');
    expect(Date.now() - start).toBeLessThan(3000);
    await pane.locator('[data-testid="clock"][data-state]').waitFor();

    await selectMessage(page, pane, 'demo-13');
    await expect(pane.getByTestId('sender-notes').textContent()).resolves.toContain(
      'Avsändarens domän vaxj0.se liknar organisationens vaxjo.se',
    );
    await selectMessage(page, pane, 'demo-14');
    await expect(pane.getByTestId('sender-notes').textContent()).resolves.toContain('(DMARC)');
    await expect(
      pane.locator('[data-testid="clock"]').getAttribute('data-state'),
    ).resolves.not.toBe('not-required');
    await selectMessage(page, pane, 'demo-15');
    await expect(pane.getByTestId('sender-notes').textContent()).resolves.toContain(
      'Ämnesraden ser automatisk ut',
    );
    await expectNoAxeViolations(pane, 'clock view with sender notes');

    const queueStart = Date.now();
    await pane.getByRole('tab', { name: 'Kö' }).click();
    await pane
      .getByRole('list', { name: 'Meddelanden sorterade efter förfallotid' })
      .waitFor({ timeout: 15000 });
    expect(Date.now() - queueStart).toBeLessThan(10_000);
    await expect(pane.getByText('Grattis! Du har vunnit').isVisible()).resolves.toBe(true);
    await page.close();
  });

  // Two page loads: on the loaded machine this alone can take a minute.
  it(
    'kvittens with a chosen date → the promise → past it → lägesbesked → on track again',
    { timeout: 150_000 },
    async () => {
      const { page, pane } = await openPlayground();
      await selectMessage(page, pane, 'demo-01');
      const date = pane.getByRole('combobox', { name: 'Svar utlovas senast' });
      await date.fill('2026-12-23');
      await date.press('Tab');
      await pane.getByRole('button', { name: 'Skicka kvittens' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Stäng' }).click();
      await pane
        .getByTestId('promised-line')
        .getByText(/Svar utlovat senast .*23 december 2026/)
        .waitFor();
      await page.close();

      // The playground clock moves past Wed 23 Dec 16:30: the promise comes back from Graph, broken.
      const later = await openPlayground(`?now=${encodeURIComponent('2026-12-28T08:00:00Z')}`);
      await selectMessage(later.page, later.pane, 'demo-01');
      const clock = later.pane.locator('[data-testid="clock"][data-duty-state="promise-broken"]');
      await clock.waitFor({ timeout: 15000 });
      await expectNoAxeViolations(later.pane, 'broken promise');
      await later.pane.getByRole('button', { name: 'Skicka lägesbesked' }).click();
      const form = later.page.getByRole('dialog');
      await form.waitFor();
      await form.getByRole('button', { name: 'Stäng' }).click();
      await later.pane
        .locator(
          '[data-testid="clock"][data-duty-state="promised"], [data-testid="clock"][data-duty-state="due-soon"]',
        )
        .waitFor();
      await later.page.close();
    },
  );

  it(
    'not ours → forwarded → the notice draft is in Graph → the forward duty is met',
    { timeout: 120_000 },
    async () => {
      const { page, pane } = await openPlayground();
      await selectMessage(page, pane, 'demo-01');
      await pane.getByRole('button', { name: 'Inte mitt ärende – skicka vidare…' }).click();
      const form = pane.getByRole('region', { name: 'Skicka vidare med besked till avsändaren' });
      await form.waitFor();
      // An address outside the organisation is warned about before anything is sent.
      await form.getByRole('radio', { name: 'Annan mottagare' }).check();
      await form
        .getByRole('textbox', { name: 'Mottagarens e-post' })
        .fill('registrator@lansstyrelsen.se');
      await form.getByTestId('external-warning').waitFor();
      await expectNoAxeViolations(pane, 'pass-on form with the external warning');
      // The organisation's functional mailbox, by keyboard.
      await form.getByRole('radio', { name: /Kontaktcenter/ }).focus();
      await pane.page().keyboard.press('Space');
      await form.getByTestId('external-warning').waitFor({ state: 'detached' });
      await form.getByRole('button', { name: 'Skicka vidare och skapa besked' }).click();
      await form.getByTestId('notice-draft').waitFor({ timeout: 15000 });
      await expect(form.getByTestId('notice-draft').textContent()).resolves.toContain(
        'Kontaktcenter',
      );
      await pane.locator('[data-testid="clock"][data-duty-state="forwarded"]').waitFor();
      await pane.getByTestId('forwarded-line').waitFor();

      const state = await control('state');
      expect(state.sentItems.filter((m) => m.subject.startsWith('VB:'))).toEqual([
        expect.objectContaining({ to: ['kontaktcenter@vaxjo.se'] }),
      ]);
      expect(state.drafts).toHaveLength(1);
      expect(state.drafts[0]).toMatchObject({ replyTo: 'demo-01' });
      expect(Object.values(state.drafts[0]?.properties ?? {})).toEqual(['notice']);
      await expectNoAxeViolations(pane, 'pass-on done');
      await page.close();
    },
  );

  it(
    'Uppföljning: the personal follow-up loads on its tab, with an accessible chart',
    { timeout: 120_000 },
    async () => {
      const { page, pane } = await openPlayground();
      await pane.getByRole('tab', { name: 'Uppföljning' }).click();
      await pane.getByRole('region', { name: 'Senaste 30 dagarna' }).waitFor({ timeout: 15000 });
      await expect(
        pane.getByRole('region', { name: 'Senaste 90 dagarna' }).isVisible(),
      ).resolves.toBe(true);
      await expect(
        pane.getByRole('img', { name: /^Stapeldiagram över \d+ veckor/ }).isVisible(),
      ).resolves.toBe(true);
      const rows = await pane.getByTestId('follow-up-weeks').locator('tbody tr').count();
      expect(rows).toBeGreaterThan(0);
      await expectNoAxeViolations(pane, 'follow-up view');
      await page.close();
    },
  );

  it('a bad out-of-office form shows its errors and saves nothing', async () => {
    const { pane, page } = await openPlayground();
    await pane.getByRole('tab', { name: 'Frånvaro' }).click();
    await pane.getByText('Autosvar: av').waitFor();
    await pane.getByRole('button', { name: 'Spara autosvar' }).click();
    await pane.getByText('Rätta felen ovan innan du sparar.').waitFor();
    expect(await pane.locator('[data-finding][data-severity="error"]').count()).toBeGreaterThan(0);
    const state = await control('state');
    expect(state.automaticRepliesSetting.status).toBe('disabled');
    await expectNoAxeViolations(pane, 'out of office with findings');
    await page.close();
  });

  it('asks for a missing first day at the field and moves focus there; the picker numbers weeks the Swedish way', async () => {
    const { pane, page } = await openPlayground();
    await pane.getByRole('tab', { name: 'Frånvaro' }).click();
    await pane.getByText('Autosvar: av').waitFor();
    const last = pane.getByRole('combobox', { name: 'Sista frånvarodag' });
    await last.fill('2027-01-22');
    await last.press('Tab');
    await pane.getByTestId('back-on').waitFor();
    await pane.getByRole('textbox', { name: 'Namn' }).fill('Per Holm');
    await pane.getByRole('button', { name: 'Spara autosvar' }).click();
    // The core finds nothing wrong (an absence may start "now"), so the field itself must say it.
    await pane.getByText('Ange första frånvarodag, så att autosvaret kan börja då.').waitFor();
    const first = pane.getByRole('combobox', { name: 'Första frånvarodag' });
    await expect(first.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(first.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect((await control('state')).automaticRepliesSetting.status).toBe('disabled');
    await expectNoAxeViolations(pane, 'out of office, first day missing');

    // Alt+↓ opens the picker on today (22 December 2026); ISO weeks: 28–31 December is week 53.
    await first.press('Alt+ArrowDown');
    const grid = pane.getByRole('grid').first();
    await grid.waitFor();
    // The grid is announced in Swedish words, not as "december 2026, , ".
    await expect(grid.getAttribute('aria-label')).resolves.toContain(
      'I dag är det tisdag 22 december 2026',
    );
    await expect(pane.getByRole('rowheader', { name: 'Vecka 53' }).count()).resolves.toBe(1);
    await expect(pane.getByRole('rowheader', { name: 'Vecka 1' }).count()).resolves.toBe(0);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(first.inputValue()).resolves.toBe('tis 29 dec 2026');
    await page.close();
  });

  it('out of office lands the autoreply and rule, and the earlier autoreply is backed up and restored', async () => {
    const existing = {
      status: 'alwaysEnabled',
      externalAudience: 'all',
      internalReplyMessage: '<p>Jag är på utbildning hela veckan.</p>',
      externalReplyMessage: '<p>Jag är på utbildning hela veckan.</p>',
    };
    await control('reset', { automaticRepliesSetting: existing });
    const opened = await openPlayground();
    const { page } = opened;
    let { pane } = opened;
    await pane.getByRole('tab', { name: 'Frånvaro' }).click();
    await pane.getByText('Autosvar: på (utan slutdatum)').waitFor();
    await pane.getByText('En säkerhetskopia av det nuvarande autosvaret är sparad.').waitFor();

    await fillAbsence(pane, '2027-01-11', '2027-01-22');
    await pane.getByRole('switch', { name: /Skicka vidare inkommande e-post/ }).click();
    await pane.getByRole('button', { name: 'Spara autosvar' }).click();
    await pane.getByText(/Autosvaret är sparat och kontrollerat/).waitFor({ timeout: 15000 });

    // Midnight to midnight reads as whole days, the last day included (not "till måndag 00:00");
    // the reply runs over the weekend until the back-on day (Monday 25 January).
    await expect(pane.getByTestId('current-status').textContent()).resolves.toBe(
      'Autosvar: schemalagt från och med måndag 11 januari 2027 till och med söndag 24 januari 2027',
    );

    const saved = await control('state');
    // Sent as Stockholm midnights ('W. Europe Standard Time'); Graph stores and answers in UTC.
    expect(saved.automaticRepliesSetting).toMatchObject({
      status: 'scheduled',
      scheduledStartDateTime: {
        dateTime: expect.stringMatching(/^2027-01-10T23:00:00/),
        timeZone: 'UTC',
      },
      scheduledEndDateTime: {
        dateTime: expect.stringMatching(/^2027-01-24T23:00:00/),
        timeZone: 'UTC',
      },
    });
    expect(saved.automaticRepliesSetting.externalReplyMessage).toContain('Per Holm');
    expect(saved.rules).toHaveLength(1);
    expect(saved.rules[0]?.actions?.redirectTo?.[0]?.emailAddress?.address).toBe(
      'kontaktcenter@vaxjo.se',
    );
    expect(saved.rules[0]?.exceptions?.isAutomaticReply).toBe(true);

    // A page reload keeps the pane's roaming settings as the Graph stand-in keeps its state: the
    // pane must not take its own autoreply for the user's earlier one.
    await page.reload({ waitUntil: 'domcontentloaded' });
    pane = await frameByUrl(page, '/taskpane.html', 30_000);
    await pane.getByRole('tab', { name: 'Frånvaro' }).click();
    await pane.getByText(/^Autosvar: schemalagt/).waitFor();

    await pane.getByRole('button', { name: 'Återställ tidigare autosvar' }).click();
    await pane.getByText('Det tidigare autosvaret är återställt.').waitFor();
    const restored = await control('state');
    expect(restored.automaticRepliesSetting).toMatchObject(existing);
    expect(restored.rules).toEqual([]);
    await page.close();
  });

  it('Graph throttling shows "Väntar n s…" and then succeeds; access denied is said in Swedish', async () => {
    const { pane, page } = await openPlayground();
    await pane.getByRole('tab', { name: 'Frånvaro' }).click();
    await pane.getByText('Autosvar: av').waitFor();
    await fillAbsence(pane, '2027-01-11', '2027-01-12');
    await control('fault', {
      path: '/me/mailboxSettings',
      method: 'PATCH',
      status: 429,
      retryAfter: 2,
      times: 1,
    });
    await pane.getByRole('button', { name: 'Spara autosvar' }).click();
    await pane.getByText('Microsoft Graph är upptaget. Väntar 2 s…').waitFor();
    await pane.getByText(/Autosvaret är sparat och kontrollerat/).waitFor({ timeout: 15000 });
    expect((await control('state')).automaticRepliesSetting.status).toBe('scheduled');

    await control('fault', {
      path: '/me/mailboxSettings',
      method: 'PATCH',
      status: 403,
      code: 'ErrorAccessDenied',
      message: 'Access is denied.',
      times: 1,
    });
    // A save that changes nothing writes nothing (the plan is idempotent), so change the last day.
    await fillAbsence(pane, '2027-01-11', '2027-01-13');
    await pane.getByRole('button', { name: 'Spara autosvar' }).click();
    await pane.getByText(/^Åtkomst nekad \(behörighet saknas\)/).waitFor();
    await page.close();
  });

  it('speaks English when Outlook does', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/playground/outlook.html?lang=en`, {
      waitUntil: 'domcontentloaded',
    });
    const pane = await frameByUrl(page, '/taskpane.html');
    await pane.getByRole('tab', { name: 'Reply clock' }).waitFor();
    await selectMessage(page, pane, 'demo-01');
    await expect(pane.getByTestId('due').textContent()).resolves.toBe(
      'Tuesday 29 December 2026, 16:30',
    );
    await expect(page.getByTestId('info-bar').textContent()).resolves.toMatch(
      /^Reply duty: answer by Tuesday 29 December 2026, 16:30/,
    );
    // The playground's reply-form dialog follows the language too.
    await pane.getByRole('button', { name: 'Send acknowledgement' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Reply (opens in Outlook)').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.close();
  });
});
