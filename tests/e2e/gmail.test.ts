/**
 * The Gmail playground in real Chromium: the add-on's cards drawn as a side panel over the demo
 * mailbox, clicked through as a new user would — the reply clock, the badge, and the absence set-up.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  formatViolations,
  launchChromium,
  newPage,
  runAxe,
  startDevServer,
} from './helpers/browser.ts';
import type { DevServer } from './helpers/browser.ts';

let server: DevServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  server = await startDevServer();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  page = await newPage(browser);
  await page.goto(`${server.url}/playground/gmail.html`);
  await panel().getByRole('heading', { name: 'Svarsplikt – kön' }).waitFor();
});

function panel(): Locator {
  return page.getByRole('complementary', { name: 'Tillägget Svarsplikt' });
}

async function expectAxeClean(): Promise<void> {
  const violations = await runAxe(page);
  expect(violations, formatViolations(violations)).toEqual([]);
}

describe('Gmail playground', () => {
  test('the homepage lists the queue with counts and the follow-up table, and is accessible', async () => {
    await expect(panel().getByText('Förfaller i dag', { exact: true }).isVisible()).resolves.toBe(
      true,
    );
    await panel().getByRole('heading', { name: 'Uppföljning' }).waitFor();
    await expect(panel().getByText('30 dagar | 90 dagar').isVisible()).resolves.toBe(true);
    await expect(
      panel().getByText('Förskoleplats för vår son från februari').isVisible(),
    ).resolves.toBe(true);
    await expectAxeClean();
  });

  test('the homepage stays fast with a poisoned message in the inbox', async () => {
    const start = Date.now();
    await page.goto(`${server.url}/playground/gmail.html`);
    await panel().getByRole('heading', { name: 'Svarsplikt – kön' }).waitFor();
    expect(Date.now() - start).toBeLessThan(10_000);
  });

  test('a look-alike sender and a spoofed own domain are named beside the clock', async () => {
    await page.getByRole('button', { name: /obetald faktura/ }).click();
    await panel().getByRole('heading', { name: 'Om avsändaren' }).waitFor();
    await expect(
      panel()
        .getByText(/Avsändarens domän vaxj0\.se liknar organisationens vaxjo\.se/)
        .isVisible(),
    ).resolves.toBe(true);
    await page.getByRole('button', { name: /Uppdatera ditt lösenord/ }).click();
    await panel()
      .getByText(/klarar inte kontrollen av avsändaren \(DMARC\)/)
      .waitFor();
    await page.getByRole('button', { name: /jag fick ert autosvar/ }).click();
    await panel()
      .getByText(/Ämnesraden ser automatisk ut/)
      .waitFor();
    await expectAxeClean();
  });

  test('a queue item opens its thread', async () => {
    // The first page holds the ten newest threads (the demo inbox has fifteen).
    const subject = 'Färdtjänst till julbordet på lördag – kan jag boka om?';
    await panel().getByRole('link', { name: subject }).click();
    await page.getByRole('heading', { level: 2, name: subject }).waitFor();
    await panel().getByRole('heading', { name: 'Svarsplikt', exact: true }).waitFor();
  });

  test('an opened message shows its clock; labelling puts the due date on the thread', async () => {
    await page
      .getByRole('navigation', { name: 'Inkorg' })
      .getByRole('button', { name: /Förskoleplats/ })
      .click();
    await panel().getByText('Svara senast', { exact: true }).waitFor();
    await expect(
      panel().getByText('tisdag 29 december 2026 kl. 16:30', { exact: true }).isVisible(),
    ).resolves.toBe(true);
    await expectAxeClean();
    await panel().getByRole('button', { name: 'Märk tråden med förfallodag' }).click();
    await page.getByRole('status').getByText('Tråden märktes Svarsplikt/2026-12-29.').waitFor();
    const inbox = page.getByRole('navigation', { name: 'Inkorg' });
    await inbox.getByText('Svarsplikt/2026-12-29').waitFor();
  });

  test('an automatic message shows no duty and why', async () => {
    await page.getByRole('button', { name: /Det gick inte att leverera/ }).click();
    await panel().getByRole('heading', { name: 'Automatiskt utskick' }).waitFor();
    await expect(panel().getByText('Ingen svarsplikt', { exact: true }).isVisible()).resolves.toBe(
      true,
    );
    await expect(panel().getByRole('button', { name: 'Skapa kvittens' }).count()).resolves.toBe(0);
  });

  test('the acknowledgement opens a draft with the kvittens text', async () => {
    await page.getByRole('button', { name: /Förskoleplats/ }).click();
    await panel().getByRole('button', { name: 'Skapa kvittens' }).click();
    const draft = page.getByRole('region', { name: 'Utkast' });
    await draft.waitFor();
    await expect(draft.textContent()).resolves.toMatch(/tisdag 29 december 2026/);
  });

  test('a promise: kvittens with a chosen date, broken by the clock, lägesbesked, on track again', async () => {
    await page.getByRole('button', { name: /Förskoleplats/ }).click();
    await panel().getByLabel('Svar utlovas senast').fill('2027-01-07');
    await panel().getByRole('button', { name: 'Kvittens med valt datum' }).click();
    const draft = page.getByRole('region', { name: 'Utkast' });
    await draft.waitFor();
    await expect(draft.textContent()).resolves.toMatch(/torsdag 7 januari 2027/);
    await page.getByRole('button', { name: 'Skicka utkastet' }).click();
    await panel().getByText('Svar utlovat senast torsdag 7 januari 2027').waitFor();
    await page
      .getByRole('navigation', { name: 'Inkorg' })
      .getByText('Svarsplikt/utlovat/2027-01-07')
      .waitFor();

    const clock = page.getByLabel('Flytta klockan (dagar framåt)');
    await clock.fill('17');
    await clock.blur();
    await panel().getByText('Utlovat datum passerat – skicka lägesbesked').waitFor();
    await panel().getByLabel('Nytt svarsdatum').fill('2027-01-14');
    await panel().getByRole('button', { name: 'Skicka lägesbesked' }).click();
    await expect(draft.textContent()).resolves.toMatch(/14 januari 2027/);
    await page.getByRole('button', { name: 'Skicka utkastet' }).click();
    await panel().getByText('Svar utlovat senast torsdag 14 januari 2027').waitFor();
    await expect(panel().getByText('Svar utlovat', { exact: true }).isVisible()).resolves.toBe(
      true,
    );
  });

  test('not ours: one action forwards the message, drafts the notice and meets the forward duty', async () => {
    await page.getByRole('button', { name: /Förskoleplats/ }).click();
    await expect(
      panel().getByRole('button', { name: 'Skicka vidare med besked' }).count(),
    ).resolves.toBe(0);
    await panel().getByRole('button', { name: 'Inte mitt ärende' }).click();
    await panel().getByRole('heading', { name: 'Inte mitt ärende – skicka vidare' }).waitFor();
    await expectAxeClean();
    // An external authority is refused until its warning is accepted.
    await panel().getByLabel('Mottagarens e-post').fill('registrator@lansstyrelsen.se');
    await panel().getByRole('button', { name: 'Skicka vidare och skriv besked' }).click();
    await page
      .getByRole('status')
      .getByText(/ligger utanför organisationen\. Meddelandet lämnar organisationen\./)
      .waitFor();
    await expect(page.getByRole('region', { name: 'Skickat av tillägget' }).count()).resolves.toBe(
      0,
    );
    // Inside the organisation: forwarded at once, the notice opens as a draft.
    await panel().getByLabel('Mottagarens e-post').fill('forskola@vaxjo.se');
    await panel().getByLabel('Mottagarens namn').fill('Förskoleenheten');
    await panel().getByLabel('Svar senast (om det är känt)').fill('2027-01-12');
    await panel().getByRole('button', { name: 'Skicka vidare och skriv besked' }).click();
    const draft = page.getByRole('region', { name: 'Utkast' });
    await draft.waitFor();
    await expect(draft.textContent()).resolves.toMatch(/Förskoleenheten/);
    await expect(draft.textContent()).resolves.toMatch(/senast tisdag 12 januari 2027/);
    const sent = page.getByRole('region', { name: 'Skickat av tillägget' });
    await sent.waitFor();
    await expect(sent.textContent()).resolves.toMatch(
      /Till: forskola@vaxjo\.se · Ämne: Fwd: Förskoleplats för vår son från februari \(original bifogat\)/,
    );
    await page.getByRole('button', { name: 'Skicka utkastet' }).click();
    await panel().getByText('Vidarebefordrad – inte vårt ärende').waitFor();
    await expect(sent.getByRole('listitem').count()).resolves.toBe(1);
    await page
      .getByRole('navigation', { name: 'Inkorg' })
      .getByText('Svarsplikt/vidarebefordrat')
      .waitFor();
  });

  test('a kvittens draft that is thrown away promises nothing', async () => {
    await page.getByRole('button', { name: /Förskoleplats/ }).click();
    await panel().getByRole('button', { name: 'Skapa kvittens' }).click();
    await page.getByRole('region', { name: 'Utkast' }).waitFor();
    await page.getByRole('button', { name: 'Släng utkastet' }).click();
    await panel().getByText('Svara senast', { exact: true }).waitFor();
    await expect(
      panel()
        .getByText(/Svar utlovat senast/)
        .count(),
    ).resolves.toBe(0);
    await expect(
      panel()
        .getByText(/ligger som utkast/)
        .count(),
    ).resolves.toBe(0);
    await expect(
      page
        .getByRole('navigation', { name: 'Inkorg' })
        .getByText(/utlovat/)
        .count(),
    ).resolves.toBe(0);
  });

  test('absence: preview with findings, errors block saving, save, and back', async () => {
    await panel().getByRole('button', { name: 'Frånvaro' }).click();
    await panel().getByRole('heading', { name: 'Frånvaro och autosvar' }).waitFor();
    await expectAxeClean();

    // Without a last day the guideline's error blocks saving.
    await panel().getByRole('button', { name: 'Förhandsgranska' }).click();
    await panel().getByRole('heading', { name: 'Kontroll mot riktlinjen' }).waitFor();
    await expect(panel().getByText('Fel – måste rättas').first().isVisible()).resolves.toBe(true);
    await expect(
      panel().getByRole('button', { name: 'Spara och slå på autosvar' }).isDisabled(),
    ).resolves.toBe(true);

    await panel().getByLabel('Första frånvarodag').fill('2026-12-23');
    await panel().getByLabel('Sista frånvarodag').fill('2027-01-08');
    await panel().getByLabel('Hänvisa till (kollega)').fill('Karin Holm');
    await panel().getByLabel('Kollegans e-post').fill('karin.holm@vaxjo.se');
    const forward = panel().getByLabel('Vidarebefordra under frånvaron till');
    const options = await forward.locator('option').allTextContents();
    expect(options).toEqual(['Ingen vidarebefordran', 'kontaktcenter@vaxjo.se']);
    await forward.selectOption('kontaktcenter@vaxjo.se');
    await panel().getByRole('button', { name: 'Förhandsgranska' }).click();
    await panel().getByRole('heading', { name: 'Förhandsvisning' }).waitFor();
    await expect(panel().getByText('Fel – måste rättas').count()).resolves.toBe(0);
    await expect(
      panel()
        .getByText(/Frånvarande, åter måndag 11 januari 2027/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await expectAxeClean();

    await panel().getByRole('button', { name: 'Spara och slå på autosvar' }).click();
    await page
      .getByRole('status')
      .getByText(/Autosvaret är på från onsdag 23 december 2026/)
      .waitFor();
    const settings = panel().getByText('Gmail-inställningar i ersättaren');
    await settings.click();
    const json = await panel().locator('#gmail-settings').textContent();
    expect(json).toContain('"enableAutoReply": true');
    expect(json).toContain('"forward": "kontaktcenter@vaxjo.se"');
    await expect(
      panel().getByText('Tas bort när du är tillbaka', { exact: true }).isVisible(),
    ).resolves.toBe(true);

    await panel().getByRole('button', { name: 'Jag är tillbaka' }).click();
    await page
      .getByRole('status')
      .getByText(/Välkommen tillbaka!/)
      .waitFor();
    const after = await panel().locator('#gmail-settings').textContent();
    expect(after).toContain('"enableAutoReply": false');
    expect(after).toContain('"filters": []');
  });

  test('without an accepted forwarding address in the organisation: the request to IT', async () => {
    await page.getByLabel('Organisation (ORG_CONFIG)').selectOption('demo');
    await panel().getByRole('button', { name: 'Frånvaro' }).click();
    await panel()
      .getByText(/I Vimmerby beställs vidarebefordran via ITSAM/)
      .waitFor();
    await expect(panel().getByText('Beställning till IT (kopiera)').isVisible()).resolves.toBe(
      true,
    );
    const link = panel().getByRole('link', { name: 'Ge en kollega åtkomst (Gmail)' });
    await expect(link.getAttribute('href')).resolves.toBe(
      'https://mail.google.com/mail/?authuser=anna.lind%40vaxjo.se#settings/accounts',
    );
  });

  test('a responder set in Gmail is shown, backed up before saving, and restored', async () => {
    await page.getByLabel('Autosvar i Gmail').selectOption('on');
    await panel().getByRole('button', { name: 'Frånvaro' }).click();
    await panel().getByText('Ledig över jul', { exact: true }).waitFor();
    await expect(
      panel()
        .getByText(/^Hej!\s+Jag är ledig till och med 6 januari/)
        .isVisible(),
    ).resolves.toBe(true);
    await panel().getByLabel('Första frånvarodag').fill('2026-12-23');
    await panel().getByLabel('Sista frånvarodag').fill('2027-01-08');
    await panel().getByRole('button', { name: 'Spara och slå på autosvar' }).click();
    await page
      .getByRole('status')
      .getByText(/Autosvaret är på/)
      .waitFor();
    await panel().getByRole('button', { name: 'Återställ tidigare inställningar' }).click();
    await page
      .getByRole('status')
      .getByText('Dina tidigare inställningar är återställda.')
      .waitFor();
    await panel().getByText('Gmail-inställningar i ersättaren').click();
    const json = await panel().locator('#gmail-settings').textContent();
    expect(json).toContain('"responseSubject": "Ledig över jul"');
  });

  test('keyboard focus stays in the panel after an action, and Back returns to the message', async () => {
    await page.getByRole('button', { name: /Förskoleplats/ }).click();
    const notOurs = panel().getByRole('button', { name: 'Inte mitt ärende' });
    await notOurs.focus();
    await page.keyboard.press('Enter');
    await expect(
      panel()
        .getByRole('heading', { name: 'Inte mitt ärende – skicka vidare' })
        .evaluate((h) => h === document.activeElement),
    ).resolves.toBe(true);
    await panel().getByRole('button', { name: '← Tillbaka' }).click();
    await panel().getByRole('heading', { name: 'Svarsplikt', exact: true }).waitFor();
    await panel().getByRole('button', { name: 'Märk tråden med förfallodag' }).focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .getByText(/Tråden märktes/)
      .waitFor();
    await expect(
      page.evaluate(() => document.activeElement?.closest('aside') !== null),
    ).resolves.toBe(true);
    await panel().getByRole('button', { name: 'Visa kön' }).click();
    await expect(
      panel()
        .getByRole('heading', { name: 'Svarsplikt – kön' })
        .evaluate((h) => h === document.activeElement),
    ).resolves.toBe(true);
    await panel().getByRole('button', { name: '← Tillbaka' }).click();
    await panel().getByRole('heading', { name: 'Svarsplikt', exact: true }).waitFor();
  });

  test("in English, Gmail's own words in the panel are English too", async () => {
    await page.getByLabel('Språk i Gmail').selectOption('en-GB');
    await page.getByRole('button', { name: /Förskoleplats/ }).click();
    await panel().getByRole('button', { name: 'Show more' }).waitFor();
    await panel().getByRole('button', { name: 'Absence' }).click();
    await panel().getByRole('button', { name: '← Back' }).waitFor();
    await expectAxeClean();
  });

  test('an invalid organisation configuration is explained', async () => {
    await page.getByLabel('Organisation (ORG_CONFIG)').selectOption('invalid');
    await panel().getByText('Organisationens inställningar är fel').waitFor();
    await expect(
      panel()
        .getByText(/^domains/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
  });
});
