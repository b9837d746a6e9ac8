import { describe, expect, it } from 'vitest';
import { formatDate } from '../../shared/i18n/formatDate.ts';
import { formatShortDate } from '../../shared/i18n/formatShortDate.ts';
import { isoDateParts } from '../../shared/i18n/isoDateParts.ts';
import { weekdayOf, addDays } from '../../shared/calendar/isoDate.ts';

// Each weekday checked against a printed calendar; together they cover every month and weekday.
const VECTORS: readonly (readonly [string, string, string, string, string])[] = [
  ['2026-04-07', 'tisdag 7 april 2026', 'Tuesday 7 April 2026', 'tis 7 apr', 'Tue 7 Apr'],
  ['2027-01-01', 'fredag 1 januari 2027', 'Friday 1 January 2027', 'fre 1 jan', 'Fri 1 Jan'],
  ['2026-01-13', 'tisdag 13 januari 2026', 'Tuesday 13 January 2026', 'tis 13 jan', 'Tue 13 Jan'],
  ['2026-02-20', 'fredag 20 februari 2026', 'Friday 20 February 2026', 'fre 20 feb', 'Fri 20 Feb'],
  ['2026-03-29', 'söndag 29 mars 2026', 'Sunday 29 March 2026', 'sön 29 mar', 'Sun 29 Mar'],
  ['2026-05-01', 'fredag 1 maj 2026', 'Friday 1 May 2026', 'fre 1 maj', 'Fri 1 May'],
  ['2026-06-06', 'lördag 6 juni 2026', 'Saturday 6 June 2026', 'lör 6 jun', 'Sat 6 Jun'],
  ['2026-06-19', 'fredag 19 juni 2026', 'Friday 19 June 2026', 'fre 19 jun', 'Fri 19 Jun'],
  ['2026-07-04', 'lördag 4 juli 2026', 'Saturday 4 July 2026', 'lör 4 jul', 'Sat 4 Jul'],
  ['2026-08-31', 'måndag 31 augusti 2026', 'Monday 31 August 2026', 'mån 31 aug', 'Mon 31 Aug'],
  [
    '2026-09-15',
    'tisdag 15 september 2026',
    'Tuesday 15 September 2026',
    'tis 15 sep',
    'Tue 15 Sep',
  ],
  ['2026-10-25', 'söndag 25 oktober 2026', 'Sunday 25 October 2026', 'sön 25 okt', 'Sun 25 Oct'],
  ['2026-11-22', 'söndag 22 november 2026', 'Sunday 22 November 2026', 'sön 22 nov', 'Sun 22 Nov'],
  ['2026-12-05', 'lördag 5 december 2026', 'Saturday 5 December 2026', 'lör 5 dec', 'Sat 5 Dec'],
  [
    '2025-12-24',
    'onsdag 24 december 2025',
    'Wednesday 24 December 2025',
    'ons 24 dec',
    'Wed 24 Dec',
  ],
  [
    '2024-02-29',
    'torsdag 29 februari 2024',
    'Thursday 29 February 2024',
    'tors 29 feb',
    'Thu 29 Feb',
  ],
  ['2028-02-29', 'tisdag 29 februari 2028', 'Tuesday 29 February 2028', 'tis 29 feb', 'Tue 29 Feb'],
  ['2000-01-01', 'lördag 1 januari 2000', 'Saturday 1 January 2000', 'lör 1 jan', 'Sat 1 Jan'],
  ['2005-01-01', 'lördag 1 januari 2005', 'Saturday 1 January 2005', 'lör 1 jan', 'Sat 1 Jan'],
  [
    '2099-12-31',
    'torsdag 31 december 2099',
    'Thursday 31 December 2099',
    'tors 31 dec',
    'Thu 31 Dec',
  ],
  ['1970-01-01', 'torsdag 1 januari 1970', 'Thursday 1 January 1970', 'tors 1 jan', 'Thu 1 Jan'],
];

describe('formatDate / formatShortDate', () => {
  it.each(VECTORS)('%s → %s / %s', (date, sv, en, shortSv, shortEn) => {
    expect(formatDate(date, 'sv')).toBe(sv);
    expect(formatDate(date, 'en')).toBe(en);
    expect(formatShortDate(date, 'sv')).toBe(shortSv);
    expect(formatShortDate(date, 'en')).toBe(shortEn);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '26-04-07', '2026-4-7', ''])(
    'refuses %j with a RangeError',
    (date) => {
      expect(() => formatDate(date, 'sv')).toThrow(RangeError);
      expect(() => formatShortDate(date, 'en')).toThrow(RangeError);
    },
  );

  it('agrees with the calendar module on the weekday of every day 2005–2099', () => {
    let mismatches = 0;
    for (let date = '2005-01-01'; date <= '2099-12-31'; date = addDays(date, 1)) {
      if (isoDateParts(date).weekday !== weekdayOf(date)) mismatches += 1;
    }
    expect(mismatches).toBe(0);
  });
});
