import { isIsoDate } from '../calendar/isoDate.ts';
import type { IsoDate } from '../calendar/isoDate.ts';
import { stockholmInstant, stockholmIso } from '../calendar/stockholmTime.ts';
import { SUPPORTED_RANGE } from '../calendar/supportedRange.ts';
import type { WorkCalendar } from '../calendar/workCalendar.ts';
import { fail, ok } from '../result.ts';
import type { CodedError, Result } from '../result.ts';

/** Why a promised answer date is refused. */
export type PromiseErrorCode =
  'PROMISE_MALFORMED' | 'PROMISE_OUT_OF_RANGE' | 'PROMISE_CLOSED_DAY' | 'PROMISE_BEFORE_MADE';

/** A refused promised date, with the Swedish and English reason for a date picker. */
export interface PromiseError extends CodedError {
  readonly code: PromiseErrorCode;
  readonly sv: string;
}

/**
 * Checks a promised answer date (docs/rules.md §7): a real date in the calendar, a working day, and one
 * whose closing time is still to come when the promise is made. Hosts call it from their date pickers.
 * @example checkPromisedDate('2026-04-06', Date.UTC(2026, 3, 2, 10), calendar).error.code // 'PROMISE_CLOSED_DAY' (annandag påsk)
 */
export function checkPromisedDate(
  date: string,
  madeAt: number,
  calendar: WorkCalendar,
  field = 'promised',
): Result<IsoDate, PromiseError> {
  const refuse = (code: PromiseErrorCode, message: string, sv: string) =>
    fail<PromiseError>({ code, message: `${field}: ${message}`, sv, field });
  if (!isIsoDate(date)) {
    return refuse(
      'PROMISE_MALFORMED',
      `must be a date YYYY-MM-DD, got ${JSON.stringify(date)}`,
      `Ange ett datum ÅÅÅÅ-MM-DD.`,
    );
  }
  if (date < SUPPORTED_RANGE.first || date > SUPPORTED_RANGE.last) {
    return refuse(
      'PROMISE_OUT_OF_RANGE',
      `${date} is outside ${SUPPORTED_RANGE.first}–${SUPPORTED_RANGE.last}`,
      `${date} ligger utanför ${SUPPORTED_RANGE.first}–${SUPPORTED_RANGE.last}.`,
    );
  }
  const closed = calendar.closedDay(date);
  if (closed !== undefined) {
    return refuse(
      'PROMISE_CLOSED_DAY',
      `${date} is not a working day (${closed.name.en}); promise a working day`,
      `${date} är ingen arbetsdag (${closed.name.sv}). Välj en arbetsdag.`,
    );
  }
  // Promising today after closing time would be a promise already broken.
  if (stockholmInstant(date, calendar.officeHours.close) <= madeAt) {
    const madeOn = stockholmIso(madeAt);
    return refuse(
      'PROMISE_BEFORE_MADE',
      `${date} has closed before the promise is made (${madeOn})`,
      `${date} har redan passerat (löftet ges ${madeOn}).`,
    );
  }
  return ok(date);
}
