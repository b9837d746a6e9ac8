import type { Lang } from './lang.ts';

/** Weekday and month names, written out by hand so no output depends on the runtime's `Intl` data. */
export interface CalendarNames {
  /** Index 0 = Monday … 6 = Sunday (ISO order). */
  readonly weekdays: readonly string[];
  readonly weekdaysShort: readonly string[];
  /** Index 0 = January. */
  readonly months: readonly string[];
  readonly monthsShort: readonly string[];
}

// Swedish writes weekdays and months in lower case; English capitalises them.
const SV: CalendarNames = Object.freeze({
  weekdays: Object.freeze(['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag']),
  weekdaysShort: Object.freeze(['mån', 'tis', 'ons', 'tors', 'fre', 'lör', 'sön']),
  months: Object.freeze([
    'januari',
    'februari',
    'mars',
    'april',
    'maj',
    'juni',
    'juli',
    'augusti',
    'september',
    'oktober',
    'november',
    'december',
  ]),
  monthsShort: Object.freeze([
    'jan',
    'feb',
    'mar',
    'apr',
    'maj',
    'jun',
    'jul',
    'aug',
    'sep',
    'okt',
    'nov',
    'dec',
  ]),
});

const EN: CalendarNames = Object.freeze({
  weekdays: Object.freeze([
    'Monday',
    'Tuesday',
    'Wednesday',
    'Thursday',
    'Friday',
    'Saturday',
    'Sunday',
  ]),
  weekdaysShort: Object.freeze(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']),
  months: Object.freeze([
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ]),
  monthsShort: Object.freeze([
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ]),
});

/** The weekday and month names for a language. */
export function calendarNames(lang: Lang): CalendarNames {
  return lang === 'en' ? EN : SV;
}
