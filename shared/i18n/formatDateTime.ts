import { clockTimeOf } from '../calendar/officeHours.ts';
import { stockholmWallTime } from '../calendar/stockholmTime.ts';
import { formatDate } from './formatDate.ts';
import type { Lang } from './lang.ts';

/**
 * Writes an instant as Stockholm date and time, whatever the machine's time zone.
 * @example formatDateTime(Date.UTC(2026, 3, 7, 14, 30), 'sv') // 'tisdag 7 april 2026 kl. 16:30'
 * @example formatDateTime(Date.UTC(2026, 3, 7, 14, 30), 'en') // 'Tuesday 7 April 2026, 16:30'
 */
export function formatDateTime(instant: number, lang: Lang): string {
  const { date, minute } = stockholmWallTime(instant);
  const time = clockTimeOf(minute);
  return lang === 'en'
    ? `${formatDate(date, 'en')}, ${time}`
    : `${formatDate(date, 'sv')} kl. ${time}`;
}
