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

/**
 * Waits for Office.js (loaded by taskpane.html), Office.onReady, and wraps it as a MailHost.
 * Rejects with OfficeUnavailableError when the page is not inside Outlook.
 *
 * @example const host = await connectMailHost();
 */
export async function connectMailHost(
  timeoutMs = 10_000,
  page: { readonly Office?: typeof Office } = window as { Office?: typeof Office },
): Promise<MailHost> {
  const deadline = Date.now() + timeoutMs;
  while (!page.Office && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const office = page.Office;
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
