import { formatDate, formatShortDate } from '../../../shared/index.ts';
import type { Lang } from '../../../shared/index.ts';

/** Weekday and month names in the order Fluent's date picker wants them (weeks from Sunday). */
export interface CalendarWords {
  readonly days: string[];
  readonly shortDays: string[];
  readonly months: string[];
  readonly shortMonths: string[];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function word(text: string, index: number): string {
  return text.split(' ')[index] ?? '';
}

/**
 * The names, read off the core's own date formatting so the pane never spells them a second time.
 *
 * @example calendarWords('sv').days[0] // 'söndag'
 */
export function calendarWords(lang: Lang): CalendarWords {
  // 4 January 2026 is a Sunday; formatDate gives 'söndag 4 januari 2026', formatShortDate 'sön 4 jan'.
  const days = Array.from({ length: 7 }, (_, i) =>
    word(formatDate(`2026-01-${pad(4 + i)}`, lang), 0),
  );
  const firstOfMonth = (i: number) => `2026-${pad(i + 1)}-01`;
  return {
    days,
    shortDays: days.map((d) => d.charAt(0).toUpperCase()),
    months: Array.from({ length: 12 }, (_, i) => word(formatDate(firstOfMonth(i), lang), 2)),
    shortMonths: Array.from({ length: 12 }, (_, i) =>
      word(formatShortDate(firstOfMonth(i), lang), 2),
    ),
  };
}
