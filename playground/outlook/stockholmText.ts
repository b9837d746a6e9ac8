import { formatDateTime, formatShortDate, stockholmWallTime } from '../../shared/index.ts';

/** A short Stockholm time: 'tis 22 dec 08:30'. */
export function shortStockholm(instant: number): string {
  const { date, minute } = stockholmWallTime(instant);
  const hh = String(Math.floor(minute / 60)).padStart(2, '0');
  const mm = String(minute % 60).padStart(2, '0');
  return `${formatShortDate(date, 'sv')} ${hh}:${mm}`;
}

/**
 * A Graph dateTimeTimeZone (the stand-in answers in UTC, like Graph) as Stockholm time; other
 * zones are shown as given.
 */
export function stockholmText(
  value: { dateTime?: string; timeZone?: string } | null | undefined,
  short = false,
): string {
  if (!value?.dateTime) return '';
  const utc = /^(UTC|Etc\/UTC)$/i.test(value.timeZone ?? '');
  const instant = Date.parse(`${value.dateTime.slice(0, 19)}Z`);
  if (!utc || !Number.isFinite(instant)) return `${value.dateTime} (${value.timeZone ?? ''})`;
  return short ? shortStockholm(instant) : formatDateTime(instant, 'sv');
}
