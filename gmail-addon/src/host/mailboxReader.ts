/**
 * Reading messages and threads through the Gmail advanced service and turning them into the
 * facts the core's reply clock needs.
 */
import { messageFactsOf, parseAddressList, parseHeaders, receivedAtOf, triageFor } from '../core';
import type { MessageFacts, Organisation, ParsedHeaders, Triage } from '../core';
import type { ApiMessage, ApiThread, GmailAdvanced } from './hostTypes';
import { HostError } from './hostError';

/** The parts of a message the add-on uses. */
export interface MessageView {
  readonly id: string;
  readonly threadId: string;
  readonly labelIds: readonly string[];
  readonly headers: ParsedHeaders;
  /** Gmail's internalDate (the server's time of receipt), when it is a number. */
  readonly serverReceivedAt: number | undefined;
  readonly receivedAt: number;
  readonly receivedAtSource: MessageFacts['receivedAtSource'];
  readonly subject: string;
  readonly from: { readonly name: string; readonly address: string } | undefined;
  /** Gmail's estimate of the whole message's size in bytes, when given. */
  readonly sizeEstimate: number | undefined;
}

/** Rebuilds a raw header block from the API's header list, so the core parses it as usual. */
export function headersOf(message: ApiMessage): ParsedHeaders {
  const lines = (message.payload?.headers ?? [])
    .filter((h) => h.name !== undefined && h.value !== undefined)
    .map((h) => `${h.name}: ${(h.value ?? '').replace(/\r?\n/g, ' ')}`);
  return parseHeaders(lines.join('\r\n'));
}

/** The message as the add-on sees it; `fallbackNow` only when no time of receipt exists at all. */
export function viewOf(message: ApiMessage, fallbackNow: number): MessageView {
  const headers = headersOf(message);
  const internal = Number(message.internalDate);
  const serverReceivedAt = Number.isFinite(internal) ? internal : undefined;
  const received = receivedAtOf({ serverReceivedAt, headers }) ?? {
    receivedAt: fallbackNow,
    receivedAtSource: 'created' as const,
  };
  const { receivedAt, receivedAtSource } = received;
  return {
    id: message.id ?? '',
    threadId: message.threadId ?? '',
    labelIds: message.labelIds ?? [],
    headers,
    serverReceivedAt,
    receivedAt,
    receivedAtSource,
    subject: headers.get('Subject') ?? '',
    from: parseAddressList(headers.get('From') ?? '')[0],
    sizeEstimate: typeof message.sizeEstimate === 'number' ? message.sizeEstimate : undefined,
  };
}

/** True when the user wrote the message: Gmail labels it SENT, or it comes from the mailbox. */
export function isFromUser(view: MessageView, userEmail: string): boolean {
  if (view.labelIds.includes('DRAFT')) return false;
  if (view.labelIds.includes('SENT')) return true;
  return view.from !== undefined && view.from.address.toLowerCase() === userEmail.toLowerCase();
}

/** When the user first wrote in the thread after `receivedAt`, if they did. */
export function answeredAfter(
  thread: readonly MessageView[],
  receivedAt: number,
  userEmail: string,
): number | undefined {
  let answeredAt: number | undefined;
  for (const view of thread) {
    if (view.receivedAt <= receivedAt || !isFromUser(view, userEmail)) continue;
    if (answeredAt === undefined || view.receivedAt < answeredAt) answeredAt = view.receivedAt;
  }
  return answeredAt;
}

/**
 * The core's facts for a Gmail message, decided by the core's `messageFactsOf` exactly as for
 * Outlook: the answer is the user's first later message in the thread.
 */
export function factsOf(
  view: MessageView,
  thread: readonly MessageView[],
  org: Organisation,
  userEmail: string,
  notOurs: boolean,
  now: number,
): MessageFacts {
  return messageFactsOf(
    {
      headers: view.headers,
      serverReceivedAt: view.serverReceivedAt,
      answeredAt: answeredAfter(thread, view.receivedAt, userEmail),
      notOurs,
    },
    org,
    userEmail,
    now,
  );
}

/** The core's triage with the organisation's options and the mailbox's own address. */
export function triageOf(view: MessageView, org: Organisation, userEmail: string): Triage {
  return triageFor(view.headers, org, userEmail);
}

/** The mailbox owner's address. */
export function userEmailOf(gmail: GmailAdvanced): string {
  const address = gmail.Users.getProfile('me').emailAddress;
  if (address === undefined) throw new HostError('unknown', 'profile without address');
  return address;
}

/** Reads one message (headers, time of receipt) and its thread. */
export function readMessageWithThread(
  gmail: GmailAdvanced,
  messageId: string,
  now: number,
): { readonly message: MessageView; readonly thread: readonly MessageView[] } {
  const message = viewOf(gmail.Users.Messages.get('me', messageId, { format: 'metadata' }), now);
  const thread = readThread(gmail, message.threadId, now);
  return { message, thread };
}

/** Reads a thread's messages with their headers, oldest first. */
export function readThread(gmail: GmailAdvanced, threadId: string, now: number): MessageView[] {
  const thread: ApiThread = gmail.Users.Threads.get('me', threadId, { format: 'metadata' });
  return (thread.messages ?? []).map((m) => viewOf(m, now));
}

/** Reads threads once per invocation: the queue page and the follow-up share what they read. */
export function cachedThreadReader(
  gmail: GmailAdvanced,
  now: number,
): (threadId: string) => MessageView[] {
  const read = new Map<string, MessageView[]>();
  return (threadId) => {
    const known = read.get(threadId);
    if (known !== undefined) return known;
    const thread = readThread(gmail, threadId, now);
    read.set(threadId, thread);
    return thread;
  };
}

/**
 * The message in a thread that still waits for an answer: the first one with a duty after the
 * user last wrote. Undefined when the thread is answered or carries no duty.
 */
export function waitingMessage(
  thread: readonly MessageView[],
  org: Organisation,
  userEmail: string,
): { readonly view: MessageView; readonly triage: Triage } | undefined {
  let lastOwn = -Infinity;
  for (const view of thread) {
    if (isFromUser(view, userEmail)) lastOwn = Math.max(lastOwn, view.receivedAt);
  }
  for (const view of thread) {
    if (view.receivedAt <= lastOwn || isFromUser(view, userEmail)) continue;
    const triage = triageOf(view, org, userEmail);
    if (triage.duty) return { view, triage };
  }
  return undefined;
}
