// Workspace: the organisation's users (Directory users.list, paged) and each one's Gmail settings.
import type { MailboxObservation } from '../audit/mailboxObservation.ts';
import { htmlToText } from '../audit/replyText.ts';
import { directoryClient, gmailApiFor, jwtFor } from './googleClients.ts';
import type { GoogleConnection } from './googleClients.ts';
import { DIRECTORY_READ } from './googleScopes.ts';

type Retry = <T>(call: () => Promise<T>) => Promise<T>;

/**
 * Every active user's primary address, page by page (500 a page), as the admin.
 * @example for await (const address of googleUsers(connection, 'it.admin@kommun.se', retry)) …
 */
export async function* googleUsers(
  connection: GoogleConnection,
  adminAddress: string,
  retry: Retry,
): AsyncGenerator<string> {
  const directory = directoryClient(jwtFor(connection, adminAddress, [DIRECTORY_READ]));
  let pageToken: string | undefined;
  do {
    const token = pageToken;
    const page = await retry(() =>
      directory.users.list({
        customer: 'my_customer',
        maxResults: 500,
        orderBy: 'email',
        fields: 'nextPageToken,users(primaryEmail,suspended)',
        ...(token !== undefined ? { pageToken: token } : {}),
      }),
    );
    for (const user of page.data.users ?? []) {
      if (user.primaryEmail && user.suspended !== true) yield user.primaryEmail;
    }
    pageToken = page.data.nextPageToken ?? undefined;
  } while (pageToken !== undefined && pageToken !== '');
}

function instant(ms: string | null | undefined): number | null {
  if (ms === null || ms === undefined || ms === '') return null;
  const value = Number(ms);
  return Number.isFinite(value) ? value : null;
}

/** Reads one user's vacation responder, forwarding and delegates, impersonating that user. */
export async function readGmailMailbox(
  connection: GoogleConnection,
  address: string,
  scopes: readonly string[],
  retry: Retry,
): Promise<MailboxObservation> {
  const auth = jwtFor(connection, address, scopes);
  // The token comes first, once: the five reads then share it.
  await retry(() => auth.getAccessToken());
  const settings = gmailApiFor(connection).users.settings;
  const me = { userId: 'me', auth };
  const [vacation, forwarding, addresses, filters, delegates] = await Promise.all([
    retry(() => settings.getVacation(me)),
    retry(() => settings.getAutoForwarding(me)),
    retry(() => settings.forwardingAddresses.list(me)),
    retry(() => settings.filters.list(me)),
    retry(() => settings.delegates.list(me)),
  ]);
  const accepted = new Set(
    (addresses.data.forwardingAddresses ?? [])
      .filter((a) => a.verificationStatus === 'accepted')
      .map((a) => (a.forwardingEmail ?? '').toLowerCase()),
  );
  const forwardsTo = new Set<string>();
  if (forwarding.data.enabled === true && forwarding.data.emailAddress)
    forwardsTo.add(forwarding.data.emailAddress);
  for (const filter of filters.data.filter ?? []) {
    const to = filter.action?.forward;
    // Gmail forwards only to accepted addresses; a filter naming another does nothing.
    if (to && accepted.has(to.toLowerCase())) forwardsTo.add(to);
  }
  const v = vacation.data;
  return {
    mailbox: address,
    autoreply: {
      enabled: v.enableAutoReply === true,
      start: instant(v.startTime),
      end: instant(v.endTime),
      text: [
        v.responseSubject ?? '',
        v.responseBodyPlainText ?? htmlToText(v.responseBodyHtml ?? ''),
      ]
        .filter((t) => t !== '')
        .join('\n'),
    },
    forwardsTo: [...forwardsTo],
    delegates: (delegates.data.delegates ?? [])
      .filter((d) => d.verificationStatus === 'accepted')
      .map((d) => d.delegateEmail ?? '')
      .filter((d) => d !== ''),
  };
}
