// Microsoft 365: the tenant's users (or a group's members), paged, and each one's automatic
// replies and forwarding inbox rules, app-only.
import { stockholmInstant } from '../../../shared/index.ts';
import type { MailboxObservation } from '../audit/mailboxObservation.ts';
import { htmlToText } from '../audit/replyText.ts';
import type { GraphConnection } from './graphConnection.ts';
import { graphRequest } from './graphRequest.ts';

type Retry = <T>(call: () => Promise<T>) => Promise<T>;

interface Page<T> {
  readonly value?: readonly T[];
  readonly '@odata.nextLink'?: string;
}

interface GraphUser {
  readonly id?: string;
  readonly mail?: string | null;
  readonly userPrincipalName?: string;
  readonly accountEnabled?: boolean;
}

/** A mailbox to audit: Graph's id and its address. */
export interface GraphMailbox {
  readonly id: string;
  readonly address: string;
}

/**
 * Every enabled user with a mailbox (or the members of `group`), page by page.
 * @example for await (const mailbox of graphMailboxes(connection, undefined, retry)) …
 */
export async function* graphMailboxes(
  connection: GraphConnection,
  group: string | undefined,
  retry: Retry,
): AsyncGenerator<GraphMailbox> {
  let next: string | undefined =
    group === undefined
      ? '/users?$select=id,mail,userPrincipalName,accountEnabled&$top=999'
      : `/groups/${encodeURIComponent(group)}/members/microsoft.graph.user?$select=id,mail,userPrincipalName,accountEnabled&$top=999`;
  while (next !== undefined) {
    const path: string = next;
    const page = await retry(() => graphRequest<Page<GraphUser>>(connection, 'GET', path));
    for (const user of page.value ?? []) {
      if (user.id && user.mail && user.accountEnabled !== false)
        yield { id: user.id, address: user.mail };
    }
    next = page['@odata.nextLink'];
  }
}

interface DateTimeTimeZone {
  readonly dateTime?: string;
  readonly timeZone?: string;
}

/** An instant from Graph's dateTimeTimeZone (UTC or Stockholm's zone, as Exchange stores them). */
export function instantOfDateTimeTimeZone(value: DateTimeTimeZone | undefined): number | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(value?.dateTime ?? '');
  if (match === null) return null;
  const zone = (value?.timeZone ?? 'UTC').toLowerCase();
  const minute = Number(match[2]) * 60 + Number(match[3]);
  if (zone === 'utc' || zone === 'etc/utc')
    return Date.parse(`${match[1]}T${match[2]}:${match[3]}:00Z`);
  return stockholmInstant(match[1] as string, minute);
}

interface AutomaticReplies {
  readonly status?: 'disabled' | 'alwaysEnabled' | 'scheduled';
  readonly scheduledStartDateTime?: DateTimeTimeZone;
  readonly scheduledEndDateTime?: DateTimeTimeZone;
  readonly externalReplyMessage?: string;
  readonly internalReplyMessage?: string;
}

interface Recipient {
  readonly emailAddress?: { readonly address?: string };
}

interface MessageRule {
  readonly isEnabled?: boolean;
  readonly actions?: {
    readonly forwardTo?: readonly Recipient[];
    readonly redirectTo?: readonly Recipient[];
    readonly forwardAsAttachmentTo?: readonly Recipient[];
  };
}

/** Reads one mailbox's automatic replies and the inbox rules that forward or redirect. */
export async function readGraphMailbox(
  connection: GraphConnection,
  mailbox: GraphMailbox,
  retry: Retry,
): Promise<MailboxObservation> {
  const user = `/users/${encodeURIComponent(mailbox.id)}`;
  const [settings, rules] = await Promise.all([
    retry(() =>
      graphRequest<{ automaticRepliesSetting?: AutomaticReplies }>(
        connection,
        'GET',
        `${user}/mailboxSettings?$select=automaticRepliesSetting`,
      ),
    ),
    retry(() =>
      graphRequest<Page<MessageRule>>(connection, 'GET', `${user}/mailFolders/inbox/messageRules`),
    ),
  ]);
  const replies = settings.automaticRepliesSetting ?? {};
  const scheduled = replies.status === 'scheduled';
  const forwardsTo = new Set<string>();
  for (const rule of rules.value ?? []) {
    if (rule.isEnabled === false) continue;
    const actions = rule.actions ?? {};
    for (const recipient of [
      ...(actions.forwardTo ?? []),
      ...(actions.redirectTo ?? []),
      ...(actions.forwardAsAttachmentTo ?? []),
    ]) {
      const address = recipient.emailAddress?.address;
      if (address) forwardsTo.add(address);
    }
  }
  return {
    mailbox: mailbox.address,
    autoreply: {
      enabled: replies.status === 'alwaysEnabled' || scheduled,
      start: scheduled ? instantOfDateTimeTimeZone(replies.scheduledStartDateTime) : null,
      end: scheduled ? instantOfDateTimeTimeZone(replies.scheduledEndDateTime) : null,
      text: htmlToText(replies.externalReplyMessage || replies.internalReplyMessage || ''),
    },
    forwardsTo: [...forwardsTo],
    delegates: [],
  };
}
