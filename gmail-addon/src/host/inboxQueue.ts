/**
 * The queue: one page of inbox threads, each with the clock of the message that waits for an
 * answer. Pages are small so a page (and labelling it) stays far inside Apps Script's 30-second
 * limit for add-on callbacks.
 */
import { dutyTimeline, replyClock, replyQueue } from '../core';
import type { ClockState, MessageFacts, Organisation, QueueCounts, ReplyClock } from '../core';
import type { GmailAdvanced, PropertiesLike } from './hostTypes';
import type { LabelBook } from './dueLabels';
import { FORWARDED_LABEL, currentDueLabel, currentPromise, syncDueLabel } from './dueLabels';
import { forwardOf } from './forwardLog';
import { acknowledgedElsewhere, pendingThreadIds, settlePendingPromise } from './pendingPromises';
import {
  answeredAfter,
  factsOf,
  isFromUser,
  readThread,
  triageOf,
  waitingMessage,
} from './mailboxReader';
import type { MessageView } from './mailboxReader';
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
  /** Reads a thread (cached by the caller); readThread by default. */
  readonly threadOf?: (threadId: string) => MessageView[];
}): QueuePage {
  const { gmail, book, org, userEmail, now } = options;
  const threadOf = options.threadOf ?? ((threadId: string) => readThread(gmail, threadId, now));
  const list = gmail.Users.Threads.list('me', {
    labelIds: ['INBOX'],
    maxResults: QUEUE_PAGE_SIZE,
    ...(options.pageToken !== undefined ? { pageToken: options.pageToken } : {}),
  });
  const threads = (list.threads ?? []).slice(0, QUEUE_PAGE_SIZE);
  const items: QueueItem[] = [];
  let labelsCleared = 0;
  const pending = pendingThreadIds(options.userProperties);
  for (const { id } of threads) {
    if (id === undefined) continue;
    let thread = threadOf(id);
    // A kvittens sent since the draft was made becomes the promise here too, not an answer.
    if (
      pending.has(id) &&
      settlePendingPromise({
        gmail,
        book,
        props: options.userProperties,
        threadId: id,
        thread,
        userEmail,
        now,
      }).relabelled
    ) {
      thread = readThread(gmail, id, now);
    }
    const threadLabels = [...new Set(thread.flatMap((view) => view.labelIds))];
    const promised = currentPromise(book, threadLabels);
    if (promised !== undefined) {
      const held = promiseItem(thread, id, promised, options, threadLabels);
      if (held !== undefined) items.push(held);
      continue;
    }
    const waiting = waitingMessage(thread, org, userEmail);
    if (waiting === undefined) {
      if (syncDueLabel(gmail, book, id, threadLabels, undefined)) labelsCleared += 1;
      continue;
    }
    // Passed on with word: the forward duty is met, nothing waits here.
    if (forwarded(options.userProperties, book, waiting.view.id, threadLabels)) continue;
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

/** The message was forwarded by "Inte mitt ärende" (its record, or the thread's label). */
function forwarded(
  props: PropertiesLike,
  book: LabelBook,
  messageId: string,
  threadLabels: readonly string[],
): boolean {
  return (
    forwardOf(props, messageId)?.state === 'sent' ||
    threadLabels.some((id) => book.nameOf(id) === FORWARDED_LABEL)
  );
}

/**
 * A thread under a promise label waits for the promised answer: its queue clock is due at the
 * nearest unmet duty of the core's timeline (the answer, or a lägesbesked once the promise broke).
 */
function promiseItem(
  thread: readonly MessageView[],
  threadId: string,
  promised: string,
  options: {
    readonly org: Organisation;
    readonly userEmail: string;
    readonly now: number;
    readonly book: LabelBook;
    readonly userProperties: PropertiesLike;
  },
  threadLabels: readonly string[],
): QueueItem | undefined {
  const { org, userEmail, now } = options;
  const asking = thread.find(
    (view) => !isFromUser(view, userEmail) && triageOf(view, org, userEmail).duty,
  );
  if (asking === undefined) return undefined;
  const { answeredAt: _answered, ...facts }: MessageFacts = factsOf(
    asking,
    thread,
    org,
    userEmail,
    false,
    now,
  );
  const firstReply =
    answeredAfter(thread, asking.receivedAt, userEmail) ??
    acknowledgedElsewhere(options.userProperties, threadId);
  const timeline = dutyTimeline(
    facts,
    firstReply !== undefined ? { acknowledged: { at: firstReply, promised } } : {},
    org,
    now,
  );
  if (!timeline.ok || timeline.value.current === null) return undefined;
  const current = timeline.value.current;
  const base = replyClock(facts, org, now);
  if (base.deadline === null) return undefined;
  const state: ClockState =
    timeline.value.state === 'overdue' || timeline.value.state === 'promise-broken'
      ? 'overdue'
      : timeline.value.state === 'due-soon'
        ? 'due-soon'
        : 'on-track';
  const clock: ReplyClock = {
    ...base,
    state,
    deadline: { ...base.deadline, due: current.due, dueDate: current.dueDate },
    workingMsLeft: timeline.value.workingMsLeft,
  };
  return {
    threadId,
    messageId: asking.id,
    subject: asking.subject,
    sender: asking.from?.name || asking.from?.address || '',
    clock,
    label: currentDueLabel(options.book, threadLabels),
    labelIds: threadLabels,
  };
}
