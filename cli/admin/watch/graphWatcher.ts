// One watch cycle over one Microsoft 365 mailbox, app-only: the inbox's message delta
// (changeType=created, from the saved deltaLink), the headers of each new message, and on those
// with a duty the follow-up flag with its due date plus the Svarsplikt category.
import { stockholmDate, stockholmIso } from '../../../shared/index.ts';
import type { GraphConnection } from '../microsoft/graphConnection.ts';
import { graphRequest } from '../microsoft/graphRequest.ts';
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
