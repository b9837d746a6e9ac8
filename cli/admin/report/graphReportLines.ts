// The follow-up lines of one Microsoft 365 mailbox, metadata only: inbox messages received in the
// window ($select of receipt, headers, conversation) and the mailbox's first reply in the same
// conversation from Sent Items.
import type { FollowUpMessage, Organisation } from '../../../shared/index.ts';
import type { GraphConnection } from '../microsoft/graphConnection.ts';
import { graphRequest } from '../microsoft/graphRequest.ts';
import { dutyOf } from '../watch/messageDuty.ts';

type Retry = <T>(call: () => Promise<T>) => Promise<T>;
interface Page<T> {
  readonly value: readonly T[];
  readonly '@odata.nextLink'?: string;
}

async function* pages<T>(graph: GraphConnection, first: string, retry: Retry): AsyncGenerator<T> {
  let url: string | undefined = first;
  while (url !== undefined) {
    const current: string = url;
    const page = await retry(() => graphRequest<Page<T>>(graph, 'GET', current));
    yield* page.value;
    url = page['@odata.nextLink'];
  }
}

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
  for await (const sent of pages<{ conversationId?: string; sentDateTime?: string }>(
    graph,
    `${user}/sentitems/messages?$filter=${window('sentDateTime', to + 90 * 86_400_000)}&$select=conversationId,sentDateTime&$top=500`,
    retry,
  )) {
    const at = Date.parse(sent.sentDateTime ?? '');
    if (sent.conversationId === undefined || !Number.isFinite(at)) continue;
    replies.set(sent.conversationId, [...(replies.get(sent.conversationId) ?? []), at]);
  }
  for await (const message of pages<{
    receivedDateTime?: string;
    conversationId?: string;
    internetMessageHeaders?: { name: string; value: string }[];
  }>(
    graph,
    `${user}/inbox/messages?$filter=${window('receivedDateTime', to)}&$select=receivedDateTime,conversationId,internetMessageHeaders&$top=500`,
    retry,
  )) {
    const receivedAt = Date.parse(message.receivedDateTime ?? '');
    if (dutyOf(message.internetMessageHeaders ?? [], receivedAt, mailbox, org) === undefined)
      continue;
    const first = (replies.get(message.conversationId ?? '') ?? [])
      .filter((at) => at > receivedAt)
      .sort((a, b) => a - b)[0];
    yield { mailbox, receivedAt, ...(first !== undefined ? { answeredAt: first } : {}) };
  }
}
