import { civilOf, epochDayOf, weekdayOfEpochDay, yearOfEpochDay } from '../calendar/isoDate.ts';

/** How follow-up rows are grouped: Stockholm month or ISO week of receipt, or one row per mailbox. */
export type FollowUpPeriod = 'month' | 'week' | 'all';

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * The month of a Stockholm epoch day, `YYYY-MM`.
 * @example monthOf(epochDayOf(2026, 4, 7)) // '2026-04'
 */
export function monthOf(epochDay: number): string {
  const [year, month] = civilOf(epochDay);
  return `${year}-${pad2(month)}`;
}

/**
 * The ISO 8601 week of a Stockholm epoch day, `YYYY-Www`: weeks start on Monday and belong to the
 * year of their Thursday.
 * @example isoWeekOf(epochDayOf(2027, 1, 1)) // '2026-W53'
 */
export function isoWeekOf(epochDay: number): string {
  const thursday = epochDay - weekdayOfEpochDay(epochDay) + 4;
  const year = yearOfEpochDay(thursday);
  const week = Math.floor((thursday - epochDayOf(year, 1, 1)) / 7) + 1;
  return `${year}-W${pad2(week)}`;
}

/** The period label of an epoch day under a grouping. */
export function periodOf(epochDay: number, by: FollowUpPeriod): string {
  if (by === 'all') return 'all';
  return by === 'month' ? monthOf(epochDay) : isoWeekOf(epochDay);
}
