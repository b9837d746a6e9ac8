import { createOfficeMailHost } from './mailHost.ts';
import type { MailHost } from './mailHost.ts';

/** The page is not running inside Outlook (or Office.js did not load). */
export class OfficeUnavailableError extends Error {
  override readonly name = 'OfficeUnavailableError';
  readonly messageEn: string;

  constructor() {
    super(
      'Svarsplikt kunde inte ansluta till Outlook. Öppna tillägget från ett meddelande i Outlook.',
    );
    this.messageEn =
      'Svarsplikt could not connect to Outlook. Open the add-in from a message in Outlook.';
  }
}

interface StandinCarrier {
  svarspliktOfficeStandin?: { office: typeof Office };
  Office?: typeof Office;
}

/** True when the page was opened as `taskpane.html?standin=1` (the playground). */
export function isStandinMode(
  search: string = typeof location === 'undefined' ? '' : location.search,
): boolean {
  return new URLSearchParams(search).get('standin') === '1';
}

/** Office from the page (office.js) or, in the playground, the parent's stand-in. */
function findOffice(win: Window & StandinCarrier): typeof Office | undefined {
  if (win.Office) return win.Office;
  if (!isStandinMode(win.location.search)) return undefined;
  try {
    const parent = win.parent as Window & StandinCarrier;
    if (parent !== win && parent.svarspliktOfficeStandin) {
      win.Office = parent.svarspliktOfficeStandin.office;
      return win.Office;
    }
  } catch {
    // A cross-origin parent: not the playground.
  }
  return undefined;
}

async function standaloneStandin(win: Window & StandinCarrier): Promise<typeof Office | undefined> {
  if (!import.meta.env.DEV || !isStandinMode(win.location.search)) return undefined;
  const { installStandaloneStandin } =
    await import('../../../playground/office-standin/standalone.ts');
  return installStandaloneStandin(win);
}

/**
 * Waits for Office.js (or the playground's stand-in), Office.onReady, and wraps it as a MailHost.
 * Rejects with OfficeUnavailableError when the page is not inside Outlook.
 *
 * @example const host = await connectMailHost();
 */
export async function connectMailHost(timeoutMs = 10_000, win: Window = window): Promise<MailHost> {
  const carrier = win as Window & StandinCarrier;
  const deadline = Date.now() + timeoutMs;
  let office = findOffice(carrier) ?? (await standaloneStandin(carrier));
  while (!office && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    office = findOffice(carrier);
  }
  if (!office) throw new OfficeUnavailableError();
  const info = await Promise.race([
    office.onReady(),
    new Promise<undefined>((resolve) =>
      setTimeout(() => resolve(undefined), Math.max(0, deadline - Date.now())),
    ),
  ]);
  if (!info || !office.context?.mailbox) throw new OfficeUnavailableError();
  return createOfficeMailHost(office);
}
