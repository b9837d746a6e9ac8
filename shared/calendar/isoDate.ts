/** A local calendar date in Stockholm, written `YYYY-MM-DD`. */
export type IsoDate = string;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's days_from_civil).
 * @example epochDayOf(1970, 1, 2) // 1
 */
export function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The year of an epoch day, without allocating (the clock's hot path). */
export function yearOfEpochDay(epochDay: number): number {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  // The algorithm's years start on 1 March: January and February (doy ≥ 306) belong to the next.
  return yoe + era * 400 + (doy >= 306 ? 1 : 0);
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** The civil date of an epoch day, as `[year, month, day]`. */
export function civilOf(epochDay: number): readonly [number, number, number] {
  const year = yearOfEpochDay(epochDay);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  let rest = epochDay - epochDayOf(year, 1, 1);
  let month = 1;
  for (const length of MONTH_LENGTHS) {
    const days = length + (month === 2 && leap ? 1 : 0);
    if (rest < days) break;
    rest -= days;
    month++;
  }
  return [year, month, rest + 1];
}

/**
 * Formats an epoch day as an IsoDate.
 * @example isoDateOf(0) // '1970-01-01'
 */
export function isoDateOf(epochDay: number): IsoDate {
  const [y, m, d] = civilOf(epochDay);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** True when `text` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (match === null) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const [y2, m2, d2] = civilOf(epochDayOf(y, m, d));
  return y2 === y && m2 === m && d2 === d;
}

/**
 * Epoch day of an IsoDate; throws RangeError for anything but a real `YYYY-MM-DD` date.
 * @example epochDayOfIso('1970-01-11') // 10
 */
export function epochDayOfIso(date: IsoDate): number {
  if (!isIsoDate(date))
    throw new RangeError(`Expected a date YYYY-MM-DD, got ${JSON.stringify(date)}`);
  return epochDayOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/**
 * Adds calendar days to a date.
 * @example addDays('2026-12-31', 1) // '2027-01-01'
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return isoDateOf(epochDayOfIso(date) + days);
}

/** ISO weekday of an epoch day (1 = Monday). 1970-01-01 was a Thursday. */
export function weekdayOfEpochDay(epochDay: number): IsoWeekday {
  return (((((epochDay + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

/**
 * ISO weekday of a date (1 = Monday … 7 = Sunday).
 * @example weekdayOf('2026-04-07') // 2 (Tuesday)
 */
export function weekdayOf(date: IsoDate): IsoWeekday {
  return weekdayOfEpochDay(epochDayOfIso(date));
}
