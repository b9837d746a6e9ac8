import { stockholmEpochWallTime } from '../calendar/stockholmTime.ts';
import {
  calendarTables,
  instantOfIndex,
  isoDateOfIndex,
  workingDayIndexAfter,
} from '../calendar/workCalendar.ts';
import type { CalendarTables, ClosedDay, WorkCalendar } from '../calendar/workCalendar.ts';
import type { IsoDate } from '../calendar/isoDate.ts';
import type { Rule } from '../policy/presets.ts';

/** When a duty falls due: the day of receipt, day 0, the due date and the due instant. */
export interface Deadline {
  readonly rule: Rule;
  /** The Stockholm date of receipt. */
  readonly receivedDate: IsoDate;
  /** The day counting starts from (docs/rules.md §2). */
  readonly day0: IsoDate;
  /** Why day 0 is not the day of receipt, if it is not. */
  readonly day0Reason: 'received' | 'after-closing' | 'closed-day';
  readonly dueDate: IsoDate;
  /** Closing time on the due date, an instant. */
  readonly due: number;
}

/** Day index (in the calendar's tables) of day 0 for an instant of receipt, and why. */
function day0Index(
  tables: CalendarTables,
  receivedAt: number,
): { readonly received: number; readonly day0: number; readonly reason: Deadline['day0Reason'] } {
  const { epochDay, minute } = stockholmEpochWallTime(receivedAt);
  const received = epochDay - tables.firstDay;
  if (received < 0 || received >= tables.size) {
    throw new RangeError(`Received at ${new Date(receivedAt).toISOString()}: outside the calendar`);
  }
  if (tables.kind[received] !== 0) {
    return { received, day0: workingDayIndexAfter(tables, received, 0), reason: 'closed-day' };
  }
  if (minute >= tables.officeHours.close) {
    return {
      received,
      day0: workingDayIndexAfter(tables, received + 1, 0),
      reason: 'after-closing',
    };
  }
  return { received, day0: received, reason: 'received' };
}

/**
 * The deadline of a rule for mail received at an instant: closing time on the N-th working day
 * after day 0 (docs/rules.md §2). Throws RangeError outside the calendar's years.
 * @example replyDeadline(Date.parse('2026-04-02T10:00:00Z'), rule2days, calendar).dueDate // '2026-04-08'
 */
export function replyDeadline(receivedAt: number, rule: Rule, calendar: WorkCalendar): Deadline {
  const tables = calendarTables(calendar);
  const { received, day0, reason } = day0Index(tables, receivedAt);
  const dueIndex = workingDayIndexAfter(tables, day0, rule.workingDays);
  return Object.freeze({
    rule,
    receivedDate: isoDateOfIndex(received),
    day0: isoDateOfIndex(day0),
    day0Reason: reason,
    dueDate: isoDateOfIndex(dueIndex),
    due: instantOfIndex(tables, dueIndex, tables.officeHours.close),
  });
}

/**
 * The closed days a deadline skips, from the day of receipt to the due date, in order. Derived on
 * demand: only the explanation needs them, and the clock runs over whole mailboxes.
 * @example skippedDays(deadline, org.calendar).map((d) => d.name.sv) // ['långfredagen', 'lördag', …]
 */
export function skippedDays(deadline: Deadline, calendar: WorkCalendar): readonly ClosedDay[] {
  return calendar.closedDaysBetween(deadline.receivedDate, deadline.dueDate);
}
