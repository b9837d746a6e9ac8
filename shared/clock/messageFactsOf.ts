import type { Organisation } from '../policy/organisation.ts';
import type { ParsedHeaders } from '../triage/parseHeaders.ts';
import { receivedAtOf } from './receivedAtOf.ts';
import type { MessageFacts } from './replyClock.ts';
import { triageFor } from './triageFor.ts';

/** What any host knows of a message, in the host's own terms already unpacked. */
export interface HostMessage {
  /** The parsed header block; null or absent when the host gave none (a duty is then assumed). */
  readonly headers?: ParsedHeaders | null | undefined;
  /** The server's time of receipt: Graph `receivedDateTime`, Gmail `internalDate`. */
  readonly serverReceivedAt?: number | undefined;
  /** When the host created its copy (Office `dateTimeCreated`). */
  readonly createdAt?: number | undefined;
  /** When the mailbox answered, if it did. */
  readonly answeredAt?: number | undefined;
  /** The user marked the message "not ours". */
  readonly notOurs?: boolean | undefined;
}

/**
 * The core's facts for a message, decided the same way for every host: the time of receipt by
 * `receivedAtOf` (the server's, then `Received:`, `Date:`, creation — `now` as the very last
 * resort, labelled a fallback), triage from the headers, an answer only if it came after receipt.
 *
 * @example messageFactsOf({ headers, serverReceivedAt }, org, 'anna.lind@vaxjo.se', now).receivedAtSource // 'server'
 */
export function messageFactsOf(
  message: HostMessage,
  org: Organisation,
  mailbox: string,
  now: number,
): MessageFacts {
  const headers = message.headers ?? null;
  const received = receivedAtOf({
    serverReceivedAt: message.serverReceivedAt,
    headers,
    createdAt: message.createdAt,
  }) ?? { receivedAt: now, receivedAtSource: 'created' as const };
  const triage = headers ? triageFor(headers, org, mailbox) : undefined;
  const answeredAt = message.answeredAt;
  return {
    ...received,
    ...(triage ? { triage } : {}),
    ...(answeredAt !== undefined && answeredAt >= received.receivedAt ? { answeredAt } : {}),
    ...(message.notOurs === true ? { notOurs: true } : {}),
  };
}
