/** A calendar date split into numbers, with its ISO weekday. */
export interface IsoDateParts {
  readonly year: number;
  /** 1 = January … 12 = December. */
  readonly month: number;
  readonly day: number;
  /** 1 = Monday … 7 = Sunday (ISO 8601). */
  readonly weekday: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Splits a 'YYYY-MM-DD' date into year, month, day and ISO weekday (proleptic Gregorian, no time zone).
 * Throws a RangeError for anything that is not a real calendar date.
 * @example isoDateParts('2026-04-07') // { year: 2026, month: 4, day: 7, weekday: 2 }
 */
export function isoDateParts(date: string): IsoDateParts {
  const match = ISO_DATE.exec(date);
  if (match === null) {
    throw new RangeError(`Expected a date 'YYYY-MM-DD' (0001-01-01…9999-12-31), got '${date}'`);
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // Date.UTC is pure arithmetic on the proleptic Gregorian calendar; only getUTC* reads it back.
  const utc = new Date(Date.UTC(2000, month - 1, day));
  utc.setUTCFullYear(year);
  if (year < 1 || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) {
    throw new RangeError(`Expected a real calendar date (0001-01-01…9999-12-31), got '${date}'`);
  }
  const weekday = ((utc.getUTCDay() + 6) % 7) + 1;
  return Object.freeze({ year, month, day, weekday });
}
