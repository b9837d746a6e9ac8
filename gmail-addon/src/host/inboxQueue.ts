/**
 * The queue: one page of inbox threads, each with the clock of the message that waits for an
 * answer. Pages are small so a page (and labelling it) stays far inside Apps Script's 30-second
 * limit for add-on callbacks.
 */
import { replyClock, replyQueue } from '../core';
import type { Organisation, QueueCounts, ReplyClock } from '../core';
import type { GmailAdvanced, PropertiesLike } from './hostTypes';
import type { LabelBook } from './dueLabels';
import { currentDueLabel, syncDueLabel } from './dueLabels';
import { factsOf, readThread, waitingMessage } from './mailboxReader';
import { isNotOurs } from './userState';

/** Threads read per page: about two API calls each. */
export const QUEUE_PAGE_SIZE = 10;

export interface QueueItem {
  readonly threadId: string;
  readonly messageId: string;
  readonly subject: string;
  readonly sender: string;
  readonly clock: ReplyClock;
  readonly label: string | undefined;
  /** Every label on the thread's messages. */
  readonly labelIds: readonly string[];
}

export interface QueuePage {
  /** The mailbox the page was read from. */
  readonly userEmail: string;
  readonly items: readonly QueueItem[];
  /** Threads read on this page (with and without a duty). */
  readonly scanned: number;
  readonly nextPageToken: string | undefined;
  readonly counts: QueueCounts;
  /** Labels removed from answered threads while reading the page. */
  readonly labelsCleared: number;
}

/** Reads one page of the inbox and the clocks of its waiting threads, sorted by due. */
export function readQueuePage(options: {
  readonly gmail: GmailAdvanced;
  readonly book: LabelBook;
  readonly userProperties: PropertiesLike;
  readonly org: Organisation;
  readonly userEmail: string;
  readonly now: number;
  readonly pageToken: string | undefined;
}): QueuePage {
  const { gmail, book, org, userEmail, now } = options;
  const list = gmail.Users.Threads.list('me', {
    labelIds: ['INBOX'],
    maxResults: QUEUE_PAGE_SIZE,
    ...(options.pageToken !== undefined ? { pageToken: options.pageToken } : {}),
  });
  const threads = (list.threads ?? []).slice(0, QUEUE_PAGE_SIZE);
  const items: QueueItem[] = [];
  let labelsCleared = 0;
  for (const { id } of threads) {
    if (id === undefined) continue;
    const thread = readThread(gmail, id, now);
    const threadLabels = [...new Set(thread.flatMap((view) => view.labelIds))];
    const waiting = waitingMessage(thread, org, userEmail);
    if (waiting === undefined) {
      if (syncDueLabel(gmail, book, id, threadLabels, undefined)) labelsCleared += 1;
      continue;
    }
    const notOurs = isNotOurs(options.userProperties, waiting.view.id);
    const clock = replyClock(factsOf(waiting.view, thread, org, userEmail, notOurs, now), org, now);
    items.push({
      threadId: id,
      messageId: waiting.view.id,
      subject: waiting.view.subject,
      sender: waiting.view.from?.name || waiting.view.from?.address || '',
      clock,
      label: currentDueLabel(book, threadLabels),
      labelIds: threadLabels,
    });
  }
  // The core decides what waits, the order and the counts, as in Outlook.
  const queue = replyQueue(items, (item) => item.clock, now);
  return {
    userEmail,
    items: queue.entries.map((entry) => entry.item),
    counts: queue.counts,
    scanned: threads.length,
    nextPageToken: list.nextPageToken,
    labelsCleared,
  };
}
