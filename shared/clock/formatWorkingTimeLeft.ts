import type { OfficeHours } from '../calendar/officeHours.ts';
import type { Lang } from '../i18n/lang.ts';

const MINUTE = 60_000;

/**
 * Working time written as office days, hours and minutes, where a day is one office day.
 * @example formatWorkingTimeLeft(9.5 * 3_600_000, { open: 480, close: 990 }, 'sv') // '1 arbetsdag 3 tim'
 */
export function formatWorkingTimeLeft(ms: number, officeHours: OfficeHours, lang: Lang): string {
  const dayMinutes = officeHours.close - officeHours.open;
  let minutes = Math.max(0, Math.ceil(ms / MINUTE));
  const days = Math.floor(minutes / dayMinutes);
  minutes -= days * dayMinutes;
  const hours = Math.floor(minutes / 60);
  minutes -= hours * 60;
  const parts: string[] = [];
  if (days > 0) {
    parts.push(
      lang === 'sv'
        ? `${days} ${days === 1 ? 'arbetsdag' : 'arbetsdagar'}`
        : `${days} working ${days === 1 ? 'day' : 'days'}`,
    );
  }
  if (hours > 0) parts.push(`${hours} ${lang === 'sv' ? 'tim' : 'h'}`);
  if (minutes > 0 || parts.length === 0) parts.push(`${minutes} min`);
  return parts.join(' ');
}
