/**
 * One opened message as the add-on sees it: its clock, its thread's labels, the promise in force
 * and the one drafted but not yet sent, and whether it was passed on. Reading it also settles a
 * drafted promise: seen sent, its label is set; drafted and discarded, it is forgotten.
 */
import { defaultPromisedDate, dutyTimeline, replyClock, senderTrust } from './core';
import type { DutyEvents, DutyTimeline } from './core';
import type { HandlerContext } from './handlerContext';
import { messageCard } from './cards/messageCard';
import type { CardModel } from './cards/cardModel';
import {
  FORWARDED_LABEL,
  LabelBook,
  currentDueLabel,
  currentPromise,
  syncDueLabel,
} from './host/dueLabels';
import { forwardOf } from './host/forwardLog';
import {
  answeredAfter,
  factsOf,
  readMessageWithThread,
  readThread,
  userEmailOf,
} from './host/mailboxReader';
import type { MessageView } from './host/mailboxReader';
import { acknowledgedElsewhere, settlePendingPromise } from './host/pendingPromises';
import { isNotOurs } from './host/userState';

const labelsOf = (thread: readonly MessageView[]): string[] => [
  ...new Set(thread.flatMap((view) => view.labelIds)),
];

/** The clock of one message, its thread's labels, its promise, and what the card needs. */
export function messageState(context: HandlerContext, messageId: string) {
  const gmail = context.gmail();
  const now = context.host.now();
  const props = context.host.userProperties;
  const userEmail = userEmailOf(gmail);
  const read = readMessageWithThread(gmail, messageId, now);
  const message = read.message;
  const book = new LabelBook(gmail);
  const settled = settlePendingPromise({
    gmail,
    book,
    props,
    threadId: message.threadId,
    thread: read.thread,
    userEmail,
    now,
  });
  const thread = settled.relabelled ? readThread(gmail, message.threadId, now) : read.thread;
  const notOurs = isNotOurs(props, messageId);
  const threadLabels = labelsOf(thread);
  const promised = currentPromise(book, threadLabels);
  // Under a promise, the kvittens may have gone from its own thread (the confidential one).
  const firstReply =
    answeredAfter(thread, message.receivedAt, userEmail) ??
    (promised !== undefined ? acknowledgedElsewhere(props, message.threadId) : undefined);
  const facts = factsOf(message, thread, context.org, userEmail, notOurs, now);
  // Under a promise label the user's replies are the kvittens and lägesbesked, not the answer:
  // the answer is marked by taking the promise away ("Markera som besvarat").
  const events: DutyEvents =
    promised !== undefined
      ? firstReply !== undefined
        ? { acknowledged: { at: firstReply, promised } }
        : {}
      : firstReply !== undefined
        ? { answeredAt: firstReply }
        : {};
  const clockFacts =
    promised !== undefined ? (({ answeredAt: _answered, ...rest }) => rest)(facts) : facts;
  const clock = replyClock(clockFacts, context.org, now);
  const computed = dutyTimeline(clockFacts, events, context.org, now);
  const timeline: DutyTimeline | undefined = computed.ok ? computed.value : undefined;
  const forward = forwardOf(props, messageId);
  return {
    gmail,
    book,
    now,
    userEmail,
    message,
    thread,
    facts: clockFacts,
    clock,
    threadLabels,
    promised,
    pending: settled.pending,
    timeline,
    forwarded:
      forward?.state === 'sent' || threadLabels.some((id) => book.nameOf(id) === FORWARDED_LABEL),
  };
}

export type MessageState = ReturnType<typeof messageState>;

function offersKvittens(clock: ReturnType<typeof replyClock>): boolean {
  return clock.deadline !== null && clock.state !== 'answered' && clock.kind === 'reply';
}

/** The message card for a message, read fresh. */
export function messageResponse(
  context: HandlerContext,
  messageId: string,
  notice?: string,
): CardModel {
  const state = messageState(context, messageId);
  const book = state.book;
  // The badge goes once the thread is answered or carries no duty.
  if (state.clock.state === 'answered' || state.clock.state === 'not-required') {
    syncDueLabel(state.gmail, book, state.message.threadId, state.threadLabels, undefined);
  }
  const label =
    state.clock.state === 'answered' || state.clock.state === 'not-required'
      ? null
      : (currentDueLabel(book, state.threadLabels) ?? null);
  return messageCard({
    clock: state.clock,
    org: context.org,
    lang: context.lang,
    demo: context.demo,
    messageId,
    label,
    senderNotes: senderTrust(state.message.headers, { orgDomains: context.org.domains }).notes.map(
      (note) => note.message[context.lang],
    ),
    ...(notice !== undefined ? { notice } : {}),
    ...(offersKvittens(state.clock) || state.promised !== undefined
      ? { promisedDefault: defaultPromisedDate(state.facts.receivedAt, context.org, state.now) }
      : {}),
    ...(state.promised !== undefined ? { promised: state.promised } : {}),
    ...(state.pending !== undefined ? { pending: state.pending } : {}),
    forwarded: state.forwarded,
    ...(state.timeline !== undefined ? { timeline: state.timeline } : {}),
  });
}
