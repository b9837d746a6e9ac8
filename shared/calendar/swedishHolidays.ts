import {
  HOLIDAY_NAMES,
  HOLIDAY_TABLE,
  HOLIDAY_TABLE_FIRST_YEAR,
} from './holidayTable.generated.ts';
import { epochDayOf, isoDateOf } from './isoDate.ts';
import type { IsoDate } from './isoDate.ts';
import type { Bilingual } from '../i18n/lang.ts';

/** A closed Swedish holiday: a public holiday or an eve treated like one. */
export interface SwedishHoliday {
  readonly date: IsoDate;
  readonly name: Bilingual;
}

const YEARS = HOLIDAY_TABLE.split(',');

/** Years the holiday table covers, inclusive. */
export const HOLIDAY_YEARS = Object.freeze({
  first: HOLIDAY_TABLE_FIRST_YEAR,
  last: HOLIDAY_TABLE_FIRST_YEAR + YEARS.length - 1,
});

/** Decodes one year of the table as [epochDay, nameIndex] pairs. */
export function holidayEntriesOf(year: number): readonly (readonly [number, number])[] {
  const entry = YEARS[year - HOLIDAY_TABLE_FIRST_YEAR];
  if (entry === undefined) {
    throw new RangeError(`Year ${year} is outside ${HOLIDAY_YEARS.first}–${HOLIDAY_YEARS.last}`);
  }
  const first = epochDayOf(year, 1, 1);
  const pairs: (readonly [number, number])[] = [];
  for (let i = 0; i < entry.length; i += 3) {
    pairs.push([first + parseInt(entry.slice(i, i + 2), 36), parseInt(entry.charAt(i + 2), 36)]);
  }
  return pairs;
}

/**
 * The closed holidays of a year (docs/rules.md §1): the public holidays of Lag (1989:253) and the eves that
 * Lag (1930:173) treats like holidays. Weekends are not listed.
 * @example swedishHolidays(2026)[2] // { date: '2026-04-03', name: { sv: 'långfredagen', en: 'Good Friday' } }
 */
export function swedishHolidays(year: number): readonly SwedishHoliday[] {
  return holidayEntriesOf(year).map(([day, nameIndex]) =>
    Object.freeze({ date: isoDateOf(day), name: HOLIDAY_NAMES[nameIndex] as Bilingual }),
  );
}
