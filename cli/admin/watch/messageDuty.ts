// From a message's headers (metadata only) to its due date, by the core's triage and deadline.
import { parseHeaders, replyDeadline, triageFor } from '../../../shared/index.ts';
import type { IsoDate, Organisation } from '../../../shared/index.ts';

/** The headers triage reads; the watcher asks for these and nothing else. */
export const TRIAGE_HEADERS = [
  'From',
  'Sender',
  'To',
  'Cc',
  'Date',
  'Auto-Submitted',
  'Precedence',
  'List-Id',
  'List-Unsubscribe',
  'Content-Type',
  'Return-Path',
] as const;

/** Header name/value pairs as the APIs give them, joined back into a header block. */
export function headerBlock(headers: readonly { name?: string | null; value?: string | null }[]) {
  return headers
    .filter((h) => typeof h.name === 'string' && typeof h.value === 'string')
    .map((h) => `${h.name}: ${(h.value as string).replace(/[\r\n]+/g, ' ')}`)
    .join('\r\n');
}

/** The due date and instant of a message received at `receivedAt`, or undefined without a duty. */
export function dutyOf(
  headers: readonly { name?: string | null; value?: string | null }[],
  receivedAt: number,
  mailbox: string,
  org: Organisation,
): { readonly dueDate: IsoDate; readonly due: number } | undefined {
  if (!Number.isFinite(receivedAt) || receivedAt <= 0) return undefined;
  const triage = triageFor(parseHeaders(headerBlock(headers)), org, mailbox);
  if (!triage.duty) return undefined;
  try {
    const { dueDate, due } = replyDeadline(receivedAt, org.policy.reply, org.calendar);
    return { dueDate, due };
  } catch {
    return undefined; // outside the calendar's supported years: nothing sensible to mark
  }
}
