import { calendarNames } from './calendarNames.ts';
import { isoDateParts } from './isoDateParts.ts';
import type { Lang } from './lang.ts';

/**
 * Writes a date out in full, the way a letter would: Swedish in lower case, English capitalised.
 * @example formatDate('2026-04-07', 'sv') // 'tisdag 7 april 2026'
 * @example formatDate('2026-04-07', 'en') // 'Tuesday 7 April 2026'
 */
export function formatDate(date: string, lang: Lang): string {
  const { year, month, day, weekday } = isoDateParts(date);
  const names = calendarNames(lang);
  return `${names.weekdays[weekday - 1] ?? ''} ${day} ${names.months[month - 1] ?? ''} ${year}`;
}
