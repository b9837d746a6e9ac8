import { calendarNames } from './calendarNames.ts';
import { isoDateParts } from './isoDateParts.ts';
import type { Lang } from './lang.ts';

/**
 * Writes a date briefly, without the year, for lists and badges.
 * @example formatShortDate('2026-04-07', 'sv') // 'tis 7 apr'
 * @example formatShortDate('2026-04-07', 'en') // 'Tue 7 Apr'
 */
export function formatShortDate(date: string, lang: Lang): string {
  const { month, day, weekday } = isoDateParts(date);
  const names = calendarNames(lang);
  return `${names.weekdaysShort[weekday - 1] ?? ''} ${day} ${names.monthsShort[month - 1] ?? ''}`;
}
