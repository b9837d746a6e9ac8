import { addDays, isIsoDate } from '../calendar/isoDate.ts';
import { parseInstant } from '../calendar/parseInstant.ts';
import { stockholmInstant } from '../calendar/stockholmTime.ts';
import { SUPPORTED_RANGE } from '../calendar/supportedRange.ts';
import { fail, ok } from '../result.ts';
import type { Result } from '../result.ts';
import type { FollowUpMessage } from './followUpTally.ts';

type Instant = Result<number | undefined>;

// The calendar's first and (exclusive) last instants: numbers, so the hot path makes no strings.
const FIRST_INSTANT = stockholmInstant(SUPPORTED_RANGE.first, 0);
const END_INSTANT = stockholmInstant(addDays(SUPPORTED_RANGE.last, 1), 0);

const invalid = (field: string, message: string) =>
  fail({ code: 'FOLLOW_UP_LINE_INVALID', message: `${field}: ${message}`, field });

/** An instant field: ISO 8601 with offset or epoch milliseconds; absent or null when optional. */
function instantField(record: Record<string, unknown>, field: string, required: boolean): Instant {
  const value = record[field];
  if (value === undefined || value === null) {
    return required ? invalid(field, 'is required') : ok(undefined);
  }
  let instant: number;
  if (typeof value === 'number' && Number.isSafeInteger(value)) instant = value;
  else if (typeof value === 'string') {
    const parsed = parseInstant(value);
    if (!parsed.ok) return invalid(field, parsed.error.message);
    instant = parsed.value;
  } else return invalid(field, 'must be an ISO 8601 instant with offset or epoch milliseconds');
  if (!(instant >= FIRST_INSTANT && instant < END_INSTANT)) {
    return invalid(field, `is outside ${SUPPORTED_RANGE.first}–${SUPPORTED_RANGE.last}`);
  }
  return ok(instant);
}

/**
 * Reads one JSON line of the follow-up: `{"mailbox","received","acknowledged"?,"answered"?,
 * "promised"?}`, instants as ISO 8601 with offset or epoch milliseconds. Other fields are ignored.
 * Linear in the line's length; never throws.
 * @example parseFollowUpLine('{"mailbox":"kc@vaxjo.se","received":"2026-04-07T10:00:00+02:00"}').ok // true
 */
export function parseFollowUpLine(line: string): Result<FollowUpMessage> {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return fail({ code: 'FOLLOW_UP_LINE_INVALID', message: 'not valid JSON' });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail({ code: 'FOLLOW_UP_LINE_INVALID', message: 'must be a JSON object' });
  }
  const record = json as Record<string, unknown>;
  const mailbox = record.mailbox;
  if (typeof mailbox !== 'string' || mailbox.trim() === '') {
    return invalid('mailbox', 'must be a non-empty text');
  }
  const received = instantField(record, 'received', true);
  if (!received.ok) return received;
  const acknowledged = instantField(record, 'acknowledged', false);
  if (!acknowledged.ok) return acknowledged;
  const answered = instantField(record, 'answered', false);
  if (!answered.ok) return answered;
  const promised = record.promised;
  if (
    promised !== undefined &&
    promised !== null &&
    (typeof promised !== 'string' || !isIsoDate(promised))
  ) {
    return invalid('promised', 'must be a date YYYY-MM-DD');
  }
  return ok({
    mailbox,
    receivedAt: received.value as number,
    ...(acknowledged.value !== undefined ? { acknowledgedAt: acknowledged.value } : {}),
    ...(answered.value !== undefined ? { answeredAt: answered.value } : {}),
    ...(typeof promised === 'string' ? { promised } : {}),
  });
}
