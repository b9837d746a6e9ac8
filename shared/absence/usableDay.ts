import { isIsoDate } from '../calendar/isoDate.ts';
import { SUPPORTED_RANGE } from '../calendar/supportedRange.ts';

/**
 * The date itself when it is a real 'YYYY-MM-DD' date the calendar can answer for, otherwise null.
 * @example usableDay('2026-04-07') // '2026-04-07'
 * @example usableDay('2026-02-30') // null
 */
export function usableDay(date: string | null | undefined): string | null {
  if (date === null || date === undefined || !isIsoDate(date)) return null;
  return date >= SUPPORTED_RANGE.first && date <= SUPPORTED_RANGE.last ? date : null;
}
