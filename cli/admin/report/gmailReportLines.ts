// The follow-up lines of one Gmail mailbox, metadata only: each inbox message received in the
// window that carries a duty, with the mailbox's first reply in its thread (a SENT message after
// it): the kvittens when the add-on's promise label is on the thread, else the answer.
import type { FollowUpMessage, Organisation } from '../../../shared/index.ts';
import { gmailClient } from '../google/googleClients.ts';
import { gmailResponses } from '../followUp/firstResponses.ts';
import { promiseLabels, threadMarks } from '../watch/gmailWatcher.ts';
import type { GmailWatchContext } from '../watch/gmailWatcher.ts';
import { dutyOf, TRIAGE_HEADERS } from '../watch/messageDuty.ts';

/**
 * Read-only. gmail.metadata would be narrower but Google refuses `q` (the date window) under it;
 * the report still asks only for format=metadata / minimal, never a body.
 */
export const GMAIL_READONLY = 'https://www.googleapis.com/auth/gmail.readonly';

/** Lines for `mailbox` for mail received in [from, to) (instants). */
export async function* gmailReportLines(
  mailbox: string,
  from: number,
  to: number,
  org: Organisation,
  context: Pick<GmailWatchContext, 'retry' | 'authFor'>,
): AsyncGenerator<FollowUpMessage> {
  const users = gmailClient(context.authFor(mailbox, [GMAIL_READONLY])).users;
  const promises = await promiseLabels(users, context.retry);
  let pageToken: string | undefined;
  do {
    const token = pageToken;
    const list = await context.retry(() =>
      users.messages.list({
        userId: 'me',
        labelIds: ['INBOX'],
        q: `after:${Math.floor(from / 1000)} before:${Math.ceil(to / 1000)}`,
        maxResults: 500,
        ...(token !== undefined ? { pageToken: token } : {}),
      }),
    );
    for (const ref of list.data.messages ?? []) {
      if (!ref.id) continue;
      const id = ref.id;
      const message = await context.retry(() =>
        users.messages.get({
          userId: 'me',
          id,
          format: 'metadata',
          metadataHeaders: [...TRIAGE_HEADERS],
        }),
      );
      const receivedAt = Number(message.data.internalDate);
      if (receivedAt < from || receivedAt >= to) continue;
      if (dutyOf(message.data.payload?.headers ?? [], receivedAt, mailbox, org) === undefined)
        continue;
      const threadId = message.data.threadId ?? id;
      const thread = await context.retry(() =>
        users.threads.get({ userId: 'me', id: threadId, format: 'minimal' }),
      );
      const { replies, promised } = threadMarks(thread.data, promises);
      yield { mailbox, receivedAt, ...gmailResponses(receivedAt, replies, promised) };
    }
    pageToken = list.data.nextPageToken ?? undefined;
  } while (pageToken !== undefined);
}
