import type { ParsedHeaders } from './parseHeaders.ts';
import { parseRfc5322Date } from './parseRfc5322Date.ts';

/**
 * When the organisation's server received the message: the date after the last ';' of the topmost
 * Received: field (RFC 5321 §4.4), in epoch ms; undefined when absent or unreadable.
 *
 * @example
 * topmostReceivedAt(parseHeaders('Received: from a by b; Mon, 21 Dec 2026 07:40:00 +0100\r\n'))
 * // → Date.UTC(2026, 11, 21, 6, 40)
 */
export function topmostReceivedAt(headers: ParsedHeaders): number | undefined {
  const received = headers.get('Received');
  if (received === undefined) return undefined;
  const semicolon = received.lastIndexOf(';');
  if (semicolon < 0) return undefined;
  return parseRfc5322Date(received.slice(semicolon + 1));
}
