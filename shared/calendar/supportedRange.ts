import { HOLIDAY_YEARS } from './swedishHolidays.ts';

/** The dates the calendar covers; outside them working-day arithmetic throws RangeError. */
export const SUPPORTED_RANGE = Object.freeze({
  first: `${HOLIDAY_YEARS.first}-01-01`,
  last: `${HOLIDAY_YEARS.last}-12-31`,
});
