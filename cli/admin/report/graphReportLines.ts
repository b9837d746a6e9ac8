// The follow-up lines of one Microsoft 365 mailbox, metadata only: inbox messages received in the
// window ($select of receipt, headers, conversation; $expand of the Outlook pane's duty record
// only) and the mailbox's replies in the same conversation from Sent Items, told apart into the
// kvittens/lägesbesked the record names and the answer.
import type { FollowUpMessage, Organisation } from '../../../shared/index.ts';
import type { GraphConnection } from '../microsoft/graphConnection.ts';
import { graphPages } from '../microsoft/graphPages.ts';
import { outlookResponses, recordedPromises } from '../followUp/firstResponses.ts';
import { RECORD_EXPAND, recordOf } from '../watch/graphWatcher.ts';
import { dutyOf } from '../watch/messageDuty.ts';

type Retry = <T>(call: () => Promise<T>) => Promise<T>;

/** Lines for `mailbox` for mail received in [from, to) (instants). */
export async function* graphReportLines(
  graph: GraphConnection,
  mailbox: string,
  from: number,
  to: number,
  org: Organisation,
  retry: Retry,
): AsyncGenerator<FollowUpMessage> {
  const user = `/users/${encodeURIComponent(mailbox)}/mailFolders`;
  const window = (field: string, end: number) =>
    encodeURIComponent(
      `${field} ge ${new Date(from).toISOString()} and ${field} lt ${new Date(end).toISOString()}`,
    );
  // Replies may come after the window: look 90 days further.
  const replies = new Map<string, number[]>();
  for await (const sent of graphPages<{ conversationId?: string; sentDateTime?: string }>(
    graph,
    `${user}/sentitems/messages?$filter=${window('sentDateTime', to + 90 * 86_400_000)}&$select=conversationId,sentDateTime&$top=500`,
    retry,
  )) {
    const at = Date.parse(sent.sentDateTime ?? '');
    if (sent.conversationId === undefined || !Number.isFinite(at)) continue;
    replies.set(sent.conversationId, [...(replies.get(sent.conversationId) ?? []), at]);
  }
  for await (const message of graphPages<{
    receivedDateTime?: string;
    conversationId?: string;
    internetMessageHeaders?: { name: string; value: string }[];
    singleValueExtendedProperties?: { id?: string; value?: string }[];
  }>(
    graph,
    `${user}/inbox/messages?$filter=${window('receivedDateTime', to)}&$select=receivedDateTime,conversationId,internetMessageHeaders&$expand=${RECORD_EXPAND}&$top=500`,
    retry,
  )) {
    const receivedAt = Date.parse(message.receivedDateTime ?? '');
    if (dutyOf(message.internetMessageHeaders ?? [], receivedAt, mailbox, org) === undefined)
      continue;
    const responses = outlookResponses(
      receivedAt,
      replies.get(message.conversationId ?? '') ?? [],
      recordedPromises(recordOf(message)),
    );
    yield { mailbox, receivedAt, ...responses };
  }
}
