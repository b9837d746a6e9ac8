import type { IsoDate } from '../../calendar/isoDate.ts';
import type { Organisation } from '../../policy/organisation.ts';

/** How long an absence is in working days, and whether it is long enough to forward mail. */
export interface AbsenceLength {
  readonly workingDays: number;
  /** At or above the organisation's threshold: forwarding (or a delegate) is expected and offered. */
  readonly isLong: boolean;
}

/**
 * The long-absence decision: working days in [firstDay, lastDay] against the organisation's
 * threshold. Missing or reversed dates are 0 days, never long.
 * @example absenceLength(org, '2026-12-21', '2027-01-08') // { workingDays: 12, isLong: true }
 */
export function absenceLength(
  org: Pick<Organisation, 'calendar' | 'longAbsenceThreshold'>,
  firstDay: IsoDate | null,
  lastDay: IsoDate | null,
): AbsenceLength {
  if (firstDay === null || lastDay === null || lastDay < firstDay) {
    return { workingDays: 0, isLong: false };
  }
  const workingDays = org.calendar.workingDaysBetween(firstDay, lastDay);
  return { workingDays, isLong: workingDays >= org.longAbsenceThreshold };
}
