import type { Message } from '@microsoft/microsoft-graph-types';
import type { SentInConversation } from '../../clock/realReply.ts';
import type { GraphClient } from './graphClient.ts';
import { EXPAND_OWN_MAIL, isOwnMail } from './ownMail.ts';

/** A string as an OData literal: single quotes, inner quotes doubled. */
export function quoteOData(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * Every message of one conversation in a mailbox's Sent Items (`root` is `/me` or
 * `/users/{owner}`), with when it was sent and whether it is our own marked mail. Filters on the
 * conversation only — Graph rejects it with $orderby as InefficientFilter — so callers compare
 * the times (firstRealReply).
 */
export async function sentInConversation(
  client: GraphClient,
  root: string,
  conversationId: string,
): Promise<SentInConversation[]> {
  let path: string | null =
    `${root}/mailFolders/sentitems/messages?$filter=${encodeURIComponent(`conversationId eq ${quoteOData(conversationId)}`)}` +
    `&$select=sentDateTime&${EXPAND_OWN_MAIL}&$top=50`;
  const sent: SentInConversation[] = [];
  while (path !== null) {
    const body: { value?: Message[]; '@odata.nextLink'?: string } = await client.get(path);
    for (const m of body.value ?? [])
      sent.push({ sentAt: Date.parse(m.sentDateTime ?? ''), ours: isOwnMail(m) });
    path = body['@odata.nextLink'] ?? null;
  }
  return sent;
}
