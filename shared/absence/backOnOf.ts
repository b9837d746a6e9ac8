import type { WorkCalendar } from '../calendar/workCalendar.ts';

/**
 * The back-on day (the next working day after the last day of absence), or null when the calendar
 * ends before one: past the supported range there is no answer, and no throw either.
 * @example backOnOf(org.calendar, '2026-04-10') // '2026-04-13'
 * @example backOnOf(org.calendar, '2100-12-31') // null
 */
export function backOnOf(calendar: WorkCalendar, lastDay: string): string | null {
  try {
    return calendar.nextWorkingDay(lastDay);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}
