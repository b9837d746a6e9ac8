import type { Message } from '@microsoft/microsoft-graph-types';
import type { GraphClient } from '../host/graph/graphClient.ts';
import type { MailAddress } from '../host/graph/graphApi.ts';
import { sentInConversation } from '../host/graph/sentInConversation.ts';
import { firstRealReply } from '../clock/realReply.ts';

/** One inbox message of a shared mailbox, with its categories (the members' shared marks). */
export interface SharedMessage {
  readonly id: string;
  readonly subject: string;
  readonly from: MailAddress | null;
  /** ISO 8601 UTC. */
  readonly receivedDateTime: string;
  readonly conversationId: string;
  readonly categories: readonly string[];
  /** Graph's internetMessageHeaders as a raw block for the core's parseHeaders; null when none. */
  readonly internetHeaders: string | null;
}

/** One page of a shared inbox and the link to the next (null on the last). */
export interface SharedInboxPage {
  readonly messages: readonly SharedMessage[];
  readonly next: string | null;
}

/** What the functional-mailbox pane does in one shared mailbox, over delegated Mail.ReadWrite.Shared. */
export interface SharedMailboxPort {
  /** The newest inbox messages (at most `top`). */
  listInbox(top: number): Promise<readonly SharedMessage[]>;
  /**
   * One page of the inbox, newest first: the first page of `top` messages, or the page at `next`
   * (Graph's `@odata.nextLink` from the page before). `next` is null on the last page.
   */
  listInboxPage(top: number, next?: string): Promise<SharedInboxPage>;
  /** True when the mailbox's Sent Items holds a message of the conversation sent at or after `afterIso`. */
  hasReplyAfter(conversationId: string, afterIso: string): Promise<boolean>;
  /** Replaces the message's categories (Graph PATCH replaces the whole list); resolves to what Graph kept. */
  setCategories(id: string, categories: readonly string[]): Promise<readonly string[]>;
  /** DELETE: Exchange moves the message to the mailbox's Deleted Items (it can be restored from there). */
  deleteMessage(id: string): Promise<void>;
}

const FIELDS = 'id,subject,from,receivedDateTime,conversationId,categories,internetMessageHeaders';

function toShared(m: Message): SharedMessage {
  const address = m.from?.emailAddress?.address;
  const headers = m.internetMessageHeaders ?? null;
  return {
    id: m.id ?? '',
    subject: m.subject ?? '',
    from: typeof address === 'string' ? { name: m.from?.emailAddress?.name ?? '', address } : null,
    receivedDateTime: m.receivedDateTime ?? '',
    conversationId: m.conversationId ?? '',
    categories: (m.categories ?? []).filter((c): c is string => typeof c === 'string'),
    internetHeaders: headers
      ? headers.map((h) => `${h.name ?? ''}: ${h.value ?? ''}\r\n`).join('')
      : null,
  };
}

/**
 * Graph calls for one shared mailbox at `/users/{owner}/…` (the owner comes from the item's
 * `getSharedPropertiesAsync` or the organisation's list of functional mailboxes).
 *
 * @example
 * const box = createSharedMailboxApi(client, 'kontaktcenter@vaxjo.se');
 * const inbox = await box.listInbox(50);
 */
export function createSharedMailboxApi(client: GraphClient, owner: string): SharedMailboxPort {
  if (!/^[^\s@/]+@[^\s@/]+$/.test(owner))
    throw new RangeError(`createSharedMailboxApi: '${owner}' is not a mailbox address`);
  const root = `/users/${encodeURIComponent(owner)}`;
  async function listInboxPage(top: number, next?: string): Promise<SharedInboxPage> {
    if (!Number.isInteger(top) || top < 1 || top > 1000)
      throw new RangeError(`listInboxPage: top must be 1..1000, got ${top}`);
    const body = await client.get<{ value?: Message[]; '@odata.nextLink'?: string }>(
      next ?? `${root}/mailFolders/inbox/messages?$select=${FIELDS}&$top=${top}`,
    );
    const link = body['@odata.nextLink'];
    return {
      messages: (body.value ?? []).map(toShared),
      next: typeof link === 'string' && link !== '' ? link : null,
    };
  }

  return {
    async listInbox(top) {
      return (await listInboxPage(top)).messages;
    },
    listInboxPage,
    async hasReplyAfter(conversationId, afterIso) {
      // As for the own mailbox; our own marked mail (a notice drafted through Graph) is no answer.
      const sent = await sentInConversation(client, root, conversationId);
      return firstRealReply(sent, Date.parse(afterIso), []) !== undefined;
    },
    async setCategories(id, categories) {
      const body = await client.patch<Message>(`${root}/messages/${encodeURIComponent(id)}`, {
        categories: [...categories],
      });
      return (body.categories ?? []).filter((c): c is string => typeof c === 'string');
    },
    async deleteMessage(id) {
      await client.delete(`${root}/messages/${encodeURIComponent(id)}`);
    },
  };
}
