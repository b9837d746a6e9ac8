import { civilOf, epochDayOfIso, weekdayOfEpochDay } from '../calendar/isoDate.ts';

/** A calendar date split into numbers, with its ISO weekday. */
export interface IsoDateParts {
  readonly year: number;
  /** 1 = January … 12 = December. */
  readonly month: number;
  readonly day: number;
  /** 1 = Monday … 7 = Sunday (ISO 8601). */
  readonly weekday: number;
}

/**
 * Splits a 'YYYY-MM-DD' date into year, month, day and ISO weekday (proleptic Gregorian, no time zone).
 * Throws a RangeError for anything that is not a real calendar date.
 * @example isoDateParts('2026-04-07') // { year: 2026, month: 4, day: 7, weekday: 2 }
 */
export function isoDateParts(date: string): IsoDateParts {
  const epochDay = epochDayOfIso(date);
  const [year, month, day] = civilOf(epochDay);
  return Object.freeze({ year, month, day, weekday: weekdayOfEpochDay(epochDay) });
}
