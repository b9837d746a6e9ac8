import { stockholmEpochInstant, stockholmEpochWallTime } from '../calendar/stockholmTime.ts';
import { calendarTables } from '../calendar/workCalendar.ts';
import type { WorkCalendar } from '../calendar/workCalendar.ts';

const MINUTE = 60_000;

/**
 * Office time in [from, to), in ms: the sum over working days of their office hours that fall
 * inside the interval (SPEC §2 "working time left").
 * @example workingTimeLeft(tue10, thu1630, calendar) // 2 days 6.5 h + 6.5 h… in ms
 */
export function workingTimeLeft(from: number, to: number, calendar: WorkCalendar): number {
  if (to <= from) return 0;
  const tables = calendarTables(calendar);
  const { open, close } = tables.officeHours;
  const first = stockholmEpochWallTime(from).epochDay - tables.firstDay;
  const last = stockholmEpochWallTime(to - 1).epochDay - tables.firstDay;
  const overlap = (index: number): number => {
    if (index < 0 || index >= tables.size || tables.kind[index] !== 0) return 0;
    const start = Math.max(from, stockholmEpochInstant(tables.firstDay + index, open));
    const end = Math.min(to, stockholmEpochInstant(tables.firstDay + index, close));
    return end > start ? end - start : 0;
  };
  if (first === last) return overlap(first);
  const fullDays =
    last - first > 1
      ? (tables.workingBefore[Math.min(last, tables.size)] as number) -
        (tables.workingBefore[Math.max(first + 1, 0)] as number)
      : 0;
  return overlap(first) + fullDays * (close - open) * MINUTE + overlap(last);
}
