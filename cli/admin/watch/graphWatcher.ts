// One watch cycle over one Microsoft 365 mailbox, app-only: the inbox's message delta
// (changeType=created, from the saved deltaLink), the headers of each new message, and on those
// with a duty the follow-up flag with its due date plus the Svarsplikt category.
import { stockholmDate, stockholmIso } from '../../../shared/index.ts';
import type { GraphConnection } from '../microsoft/graphConnection.ts';
import { GraphError, graphRequest } from '../microsoft/graphRequest.ts';
import { graphPages } from '../microsoft/graphPages.ts';
import {
  DUTY_RECORD_PROPERTY,
  openDueDate,
  outlookResponses,
  recordedPromises,
} from '../followUp/firstResponses.ts';
import type { CycleResult, WatchContext } from './gmailWatcher.ts';
import { dutyOf } from './messageDuty.ts';
import type { MailboxWatchState } from './watchState.ts';
import type { Notice } from './watchNotices.ts';

/** The category every marked message carries (the due date is on the flag). */
export const CATEGORY = 'Svarsplikt';
/** Exchange's name for Stockholm's zone, as Outlook writes flag times. */
const ZONE = 'W. Europe Standard Time';
const FULL_SYNC_DAYS = 14;

interface DeltaPage {
  readonly value: readonly { id: string; receivedDateTime?: string; '@removed'?: unknown }[];
  readonly '@odata.nextLink'?: string;
  readonly '@odata.deltaLink'?: string;
}

interface MessageHeaders {
  readonly receivedDateTime?: string;
  readonly internetMessageHeaders?: readonly { name: string; value: string }[];
  readonly categories?: readonly string[];
}

const local = (instant: number) => stockholmIso(instant).slice(0, 19);

async function markMessage(
  graph: GraphConnection,
  address: string,
  id: string,
  state: MailboxWatchState,
  context: WatchContext,
): Promise<boolean> {
  const path = `/users/${encodeURIComponent(address)}/messages/${encodeURIComponent(id)}`;
  const message = await context.retry(() =>
    graphRequest<MessageHeaders>(
      graph,
      'GET',
      `${path}?$select=receivedDateTime,internetMessageHeaders,categories`,
    ),
  );
  const receivedAt = Date.parse(message.receivedDateTime ?? '');
  const duty = dutyOf(message.internetMessageHeaders ?? [], receivedAt, address, context.org);
  if (duty === undefined) return false;
  const categories = message.categories ?? [];
  await context.retry(() =>
    graphRequest(graph, 'PATCH', path, {
      flag: {
        flagStatus: 'flagged',
        startDateTime: { dateTime: `${stockholmDate(receivedAt)}T00:00:00`, timeZone: ZONE },
        dueDateTime: { dateTime: local(duty.due), timeZone: ZONE },
      },
      categories: categories.includes(CATEGORY) ? categories : [...categories, CATEGORY],
    }),
  );
  state.duties[id] = duty.dueDate;
  context.save();
  return true;
}

/** One cycle in one mailbox: flags every new message that carries a duty. */
export async function watchGraphMailbox(
  graph: GraphConnection,
  address: string,
  state: MailboxWatchState,
  context: WatchContext,
): Promise<CycleResult> {
  const fullSync = state.deltaLink === undefined;
  const oldest = context.now - FULL_SYNC_DAYS * 86_400_000;
  let url: string =
    state.deltaLink ??
    `/users/${encodeURIComponent(address)}/mailFolders/inbox/messages/delta?changeType=created&$select=receivedDateTime`;
  let newMessages = 0;
  let marked = 0;
  for (;;) {
    const current = url;
    const page = await context.retry(() => graphRequest<DeltaPage>(graph, 'GET', current));
    for (const item of page.value) {
      if (item['@removed'] !== undefined) {
        delete state.duties[item.id];
        continue;
      }
      newMessages += 1;
      if (state.duties[item.id] !== undefined) continue;
      // The first round lists the whole inbox: only recent mail can still be due.
      if (fullSync && Date.parse(item.receivedDateTime ?? '') < oldest) continue;
      if (await markMessage(graph, address, item.id, state, context)) marked += 1;
    }
    const next = page['@odata.nextLink'];
    if (next !== undefined) {
      url = next;
      continue;
    }
    const delta = page['@odata.deltaLink'];
    if (delta === undefined) throw new Error('Graph ended a delta round without a deltaLink');
    state.deltaLink = delta;
    context.save();
    return { newMessages, marked, fullSync };
  }
}

/** The duty record's $expand: the one extended property, never the body. */
export const RECORD_EXPAND = encodeURIComponent(
  `singleValueExtendedProperties($filter=id eq '${DUTY_RECORD_PROPERTY}')`,
);

interface MessageRecord {
  readonly receivedDateTime?: string;
  readonly conversationId?: string;
  readonly singleValueExtendedProperties?: readonly { id?: string; value?: string }[];
}

/** The duty record's text on a message, if the Outlook pane left one. */
export function recordOf(message: MessageRecord): string | undefined {
  return message.singleValueExtendedProperties?.find(
    (p) => p.id?.toLowerCase() === DUTY_RECORD_PROPERTY.toLowerCase(),
  )?.value;
}

/**
 * Before a digest or warning: how each marked message stands now. Its receipt, conversation and
 * the pane's duty record (kvittens, lägesbesked), and the mailbox's replies from Sent Items; an
 * answered message is left out of the counts, an acknowledged one counts on its promised date.
 */
export async function settleGraphDuties(
  graph: GraphConnection,
  address: string,
  state: MailboxWatchState,
  context: WatchContext,
): Promise<void> {
  const user = `/users/${encodeURIComponent(address)}`;
  const settled = (state.settled ??= {});
  const open: { id: string; receivedAt: number; conversationId: string; record?: string }[] = [];
  for (const id of Object.keys(state.duties)) {
    if (settled[id] === null) continue;
    try {
      const message = await context.retry(() =>
        graphRequest<MessageRecord>(
          graph,
          'GET',
          `${user}/messages/${encodeURIComponent(id)}?$select=receivedDateTime,conversationId&$expand=${RECORD_EXPAND}`,
        ),
      );
      const receivedAt = Date.parse(message.receivedDateTime ?? '');
      if (!Number.isFinite(receivedAt)) continue;
      const record = recordOf(message);
      open.push({
        id,
        receivedAt,
        conversationId: message.conversationId ?? '',
        ...(record !== undefined ? { record } : {}),
      });
    } catch (error) {
      // Gone from the mailbox (deleted once handled): nothing to count.
      if (error instanceof GraphError && error.status === 404) settled[id] = null;
      else throw error;
    }
  }
  if (open.length > 0) {
    const oldest = Math.min(...open.map((m) => m.receivedAt));
    const window = encodeURIComponent(
      `sentDateTime ge ${new Date(oldest).toISOString()} and sentDateTime lt ${new Date(context.now + 60_000).toISOString()}`,
    );
    const replies = new Map<string, number[]>();
    for await (const sent of graphPages<{ conversationId?: string; sentDateTime?: string }>(
      graph,
      `${user}/mailFolders/sentitems/messages?$filter=${window}&$select=conversationId,sentDateTime&$top=500`,
      context.retry,
    )) {
      const at = Date.parse(sent.sentDateTime ?? '');
      if (sent.conversationId === undefined || !Number.isFinite(at) || at > context.now) continue;
      replies.set(sent.conversationId, [...(replies.get(sent.conversationId) ?? []), at]);
    }
    for (const m of open) {
      const responses = outlookResponses(
        m.receivedAt,
        replies.get(m.conversationId) ?? [],
        recordedPromises(m.record),
      );
      const due = openDueDate(m.receivedAt, responses, context.org, context.now);
      if (due === undefined) delete settled[m.id];
      else settled[m.id] = due;
    }
  }
  context.save();
}

/** Sends notices from the mailbox to its owners (Mail.Send). */
export async function sendGraphNotices(
  graph: GraphConnection,
  address: string,
  owners: readonly string[],
  notices: readonly Notice[],
  state: MailboxWatchState,
  context: WatchContext,
): Promise<void> {
  for (const notice of notices) {
    await context.retry(() =>
      graphRequest(graph, 'POST', `/users/${encodeURIComponent(address)}/sendMail`, {
        message: {
          subject: notice.subject,
          body: { contentType: 'Text', content: notice.text },
          toRecipients: owners.map((o) => ({ emailAddress: { address: o } })),
        },
        saveToSentItems: true,
      }),
    );
    notice.mark(state);
    context.save();
  }
}
