import {
  epochDayOf,
  yearOfEpochDay,
  epochDayOfIso,
  isoDateOf,
  weekdayOfEpochDay,
} from './isoDate.ts';
import type { IsoDate } from './isoDate.ts';

const HOUR = 3_600_000;
const DAY = 86_400_000;
const MINUTE = 60_000;
const FIRST_CACHED_YEAR = 1900;
/** [start, end) of summer time per year, filled on first use. */
const summerTime = new Float64Array(2 * 400).fill(NaN);

/** Last Sunday of a month whose last day is `lastDay`, as an epoch day. */
function lastSunday(year: number, month: number, lastDay: number): number {
  const day = epochDayOf(year, month, lastDay);
  return day - (weekdayOfEpochDay(day) % 7);
}

/** Summer time start and end instants for a year: 01:00 UTC on the last Sunday of March and October. */
export function summerTimeOf(year: number): readonly [number, number] {
  const slot = (year - FIRST_CACHED_YEAR) * 2;
  if (slot < 0 || slot >= summerTime.length) {
    return [lastSunday(year, 3, 31) * DAY + HOUR, lastSunday(year, 10, 31) * DAY + HOUR];
  }
  if (Number.isNaN(summerTime[slot])) {
    summerTime[slot] = lastSunday(year, 3, 31) * DAY + HOUR;
    summerTime[slot + 1] = lastSunday(year, 10, 31) * DAY + HOUR;
  }
  return [summerTime[slot] as number, summerTime[slot + 1] as number];
}

/**
 * Stockholm's offset from UTC at an instant, in ms (CET +1 h, CEST +2 h), without the machine's zone.
 * @example stockholmOffset(Date.UTC(2026, 6, 1)) // 7_200_000
 */
export function stockholmOffset(instant: number): number {
  const year = yearOfEpochDay(Math.floor(instant / DAY));
  const slot = (year - FIRST_CACHED_YEAR) * 2;
  if (slot < 0 || slot >= summerTime.length) {
    const [start, end] = summerTimeOf(year);
    return instant >= start && instant < end ? 2 * HOUR : HOUR;
  }
  if (Number.isNaN(summerTime[slot])) summerTimeOf(year);
  return instant >= (summerTime[slot] as number) && instant < (summerTime[slot + 1] as number)
    ? 2 * HOUR
    : HOUR;
}

/** Stockholm wall time of an instant as epoch day and minute of the day. */
export function stockholmEpochWallTime(instant: number): {
  readonly epochDay: number;
  readonly minute: number;
} {
  const local = instant + stockholmOffset(instant);
  const epochDay = Math.floor(local / DAY);
  return { epochDay, minute: Math.floor((local - epochDay * DAY) / MINUTE) };
}

/**
 * Stockholm wall time of an instant.
 * @example stockholmWallTime(Date.UTC(2026, 3, 7, 8, 0)) // { date: '2026-04-07', minute: 600 }
 */
export function stockholmWallTime(instant: number): {
  readonly date: IsoDate;
  readonly minute: number;
} {
  const { epochDay, minute } = stockholmEpochWallTime(instant);
  return { date: isoDateOf(epochDay), minute };
}

/**
 * The Stockholm date of an instant.
 * @example stockholmDate(Date.UTC(2026, 11, 31, 23, 30)) // '2027-01-01'
 */
export function stockholmDate(instant: number): IsoDate {
  return isoDateOf(stockholmEpochWallTime(instant).epochDay);
}

/** The instant of a Stockholm wall time given as epoch day and minute of the day. */
export function stockholmEpochInstant(epochDay: number, minute: number): number {
  const local = epochDay * DAY + minute * MINUTE;
  const guess = local - stockholmOffset(local - HOUR);
  const offset = stockholmOffset(guess);
  return local - offset;
}

/**
 * The instant of a Stockholm wall time.
 * @example stockholmInstant('2026-04-07', 990) // Date.UTC(2026, 3, 7, 14, 30)
 */
export function stockholmInstant(date: IsoDate, minute: number): number {
  return stockholmEpochInstant(epochDayOfIso(date), minute);
}

/**
 * An instant written as Stockholm local time with its offset, to the second.
 * @example stockholmIso(Date.UTC(2026, 3, 8, 14, 30)) // '2026-04-08T16:30:00+02:00'
 */
export function stockholmIso(instant: number): string {
  const offset = stockholmOffset(instant);
  const local = instant + offset;
  const epochDay = Math.floor(local / DAY);
  const ms = local - epochDay * DAY;
  const seconds = Math.floor(ms / 1000);
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  const time = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  return `${isoDateOf(epochDay)}T${time}+0${offset / HOUR}:00`;
}
