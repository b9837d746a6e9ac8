import { stockholmOffset } from '../calendar/stockholmTime.ts';
import { calendarTables, instantOfIndex } from '../calendar/workCalendar.ts';
import type { CalendarTables, WorkCalendar } from '../calendar/workCalendar.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Day index of an instant's Stockholm date (no allocation: the clock's hot path). */
function dayIndexOf(tables: CalendarTables, instant: number): number {
  return Math.floor((instant + stockholmOffset(instant)) / DAY) - tables.firstDay;
}

/** Office time of one day index inside [from, to). */
function overlap(tables: CalendarTables, index: number, from: number, to: number): number {
  if (index < 0 || index >= tables.size || tables.kind[index] !== 0) return 0;
  const start = Math.max(from, instantOfIndex(tables, index, tables.officeHours.open));
  const end = Math.min(to, instantOfIndex(tables, index, tables.officeHours.close));
  return end > start ? end - start : 0;
}

/** workingTimeLeft over a calendar's tables. */
export function officeTimeBetween(tables: CalendarTables, from: number, to: number): number {
  if (to <= from) return 0;
  const first = dayIndexOf(tables, from);
  const last = dayIndexOf(tables, to - 1);
  if (first === last) return overlap(tables, first, from, to);
  const inner =
    last - first > 1
      ? (tables.workingBefore[Math.min(last, tables.size)] as number) -
        (tables.workingBefore[Math.max(first + 1, 0)] as number)
      : 0;
  const { open, close } = tables.officeHours;
  return (
    overlap(tables, first, from, to) +
    inner * (close - open) * MINUTE +
    overlap(tables, last, from, to)
  );
}

/**
 * Office time in [from, to), in ms: the sum over working days of their office hours that fall
 * inside the interval (docs/rules.md §2 "working time left").
 * @example workingTimeLeft(wed12, thu1630, calendar) // 13 h in ms (4.5 h Wed + 8.5 h Thu)
 */
export function workingTimeLeft(from: number, to: number, calendar: WorkCalendar): number {
  return officeTimeBetween(calendarTables(calendar), from, to);
}
