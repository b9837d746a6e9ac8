/**
 * The personal follow-up's input, read from message metadata only: for each of a bounded number
 * of inbox threads, when the asking message came, when the user first wrote back, and the answer
 * date promised (the thread's promise label). Bounded so the read stays well inside Apps Script's
 * 30 seconds.
 */
import { personalFollowUp } from '../core';
import type { FollowUpWindow, Organisation } from '../core';
import type { LabelBook } from './dueLabels';
import { currentPromise } from './dueLabels';
import type { GmailAdvanced, PropertiesLike } from './hostTypes';
import { acknowledgedElsewhere } from './pendingPromises';
import { answeredAfter, isFromUser, readThread, triageOf } from './mailboxReader';
import type { MessageView } from './mailboxReader';

/**
 * At most this many threads are read (one metadata call each; the queue's first page of 10 is
 * shared), so the homepage stays a few seconds inside Apps Script's 30.
 */
export const FOLLOW_UP_THREADS = 30;

export interface FollowUpRead {
  readonly windows: readonly FollowUpWindow[];
  /** Threads read: the figures cover only these. */
  readonly scanned: number;
}

export function readFollowUp(options: {
  readonly gmail: GmailAdvanced;
  readonly book: LabelBook;
  readonly org: Organisation;
  readonly userEmail: string;
  readonly now: number;
  /** Reads a thread (cached by the caller); readThread by default. */
  readonly threadOf?: (threadId: string) => MessageView[];
  /** Where a kvittens sent from its own thread is remembered (acknowledgedElsewhere). */
  readonly userProperties?: PropertiesLike;
}): FollowUpRead {
  const { gmail, book, org, userEmail, now } = options;
  const threadOf = options.threadOf ?? ((id: string) => readThread(gmail, id, now));
  const list = gmail.Users.Threads.list('me', {
    labelIds: ['INBOX'],
    maxResults: FOLLOW_UP_THREADS,
  });
  const threads = (list.threads ?? []).slice(0, FOLLOW_UP_THREADS);
  const messages = [];
  for (const { id } of threads) {
    if (id === undefined) continue;
    const thread = threadOf(id);
    const asking = thread.find(
      (view) => !isFromUser(view, userEmail) && triageOf(view, org, userEmail).duty,
    );
    if (asking === undefined) continue;
    const labels = [...new Set(thread.flatMap((view) => view.labelIds))];
    const promised = currentPromise(book, labels);
    const firstReply =
      answeredAfter(thread, asking.receivedAt, userEmail) ??
      (promised !== undefined && options.userProperties !== undefined
        ? acknowledgedElsewhere(options.userProperties, id)
        : undefined);
    messages.push({
      receivedAt: asking.receivedAt,
      ...(firstReply === undefined
        ? {}
        : promised !== undefined
          ? { acknowledgedAt: firstReply }
          : { answeredAt: firstReply }),
      ...(promised !== undefined ? { promised } : {}),
    });
  }
  return { windows: personalFollowUp(messages, org, now), scanned: threads.length };
}
