import type { ParsedHeaders } from '../triage/parseHeaders.ts';
import { parseRfc5322Date } from '../triage/parseRfc5322Date.ts';
import { topmostReceivedAt } from '../triage/topmostReceivedAt.ts';
import type { ReceivedAtSource } from './replyClock.ts';

/** What a host knows about when a message came. */
export interface ReceiptSources {
  /** The server's time of receipt: Graph `receivedDateTime`, Gmail `internalDate`. */
  readonly serverReceivedAt?: number | undefined;
  /** The message's parsed headers (topmost `Received:`, then the sender's `Date:`). */
  readonly headers?: ParsedHeaders | null | undefined;
  /** When the host created its copy of the item, the last resort. */
  readonly createdAt?: number | undefined;
}

/**
 * The time of receipt and where it came from (docs/rules.md §2): the server's time, else the topmost
 * `Received:`, else the sender's `Date:` header, else the item's creation time — the last two
 * labelled as fallbacks. Undefined when nothing is known.
 * @example receivedAtOf({ headers: parseHeaders(raw) }) // { receivedAt: …, receivedAtSource: 'received-header' }
 */
export function receivedAtOf(
  sources: ReceiptSources,
): { readonly receivedAt: number; readonly receivedAtSource: ReceivedAtSource } | undefined {
  const { serverReceivedAt, headers, createdAt } = sources;
  if (serverReceivedAt !== undefined && Number.isFinite(serverReceivedAt) && serverReceivedAt > 0) {
    return { receivedAt: serverReceivedAt, receivedAtSource: 'server' };
  }
  const received = headers ? topmostReceivedAt(headers) : undefined;
  if (received !== undefined) return { receivedAt: received, receivedAtSource: 'received-header' };
  const dateHeader = headers?.get('Date');
  const sent = dateHeader === undefined ? undefined : parseRfc5322Date(dateHeader);
  if (sent !== undefined) return { receivedAt: sent, receivedAtSource: 'date-header' };
  if (createdAt !== undefined && Number.isFinite(createdAt)) {
    return { receivedAt: createdAt, receivedAtSource: 'created' };
  }
  return undefined;
}
