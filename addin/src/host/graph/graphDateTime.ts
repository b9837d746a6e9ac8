/**
 * Graph's `dateTimeTimeZone` (a local wall time plus a zone name), both ways, in one place. The
 * pane writes Stockholm time; Graph answers in UTC or in the zone it was given.
 */
import { stockholmInstant, stockholmWallTime } from '../../../../shared/index.ts';
import type { IsoDate } from '../../../../shared/index.ts';

/** Graph's local wall time plus a time zone name. */
export interface DateTimeTimeZone {
  /** 'YYYY-MM-DDTHH:mm:ss' (Graph adds '.0000000'). */
  readonly dateTime: string;
  readonly timeZone: string;
}

/** Graph's Windows id for Stockholm time; all our dates are Stockholm dates. */
export const STOCKHOLM_TIME_ZONE = 'W. Europe Standard Time';

const STOCKHOLM_ZONES = new Set([STOCKHOLM_TIME_ZONE, 'Europe/Stockholm']);
const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'Coordinated Universal Time']);
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/;

/** True for the zones this module converts (UTC and Sweden's). */
export function isKnownTimeZone(timeZone: string): boolean {
  return STOCKHOLM_ZONES.has(timeZone) || UTC_ZONES.has(timeZone);
}

/**
 * The instant (epoch ms) of a Graph dateTimeTimeZone in UTC or Swedish time; undefined when the
 * text is not a valid local date-time or the zone is another one. Never throws.
 *
 * @example instantOfGraphDateTime({ dateTime: '2026-12-23T00:00:00', timeZone: 'W. Europe Standard Time' }) // 2026-12-22T23:00Z
 */
export function instantOfGraphDateTime(value: DateTimeTimeZone): number | undefined {
  const match = LOCAL_DATE_TIME.exec(value.dateTime);
  if (!match) return undefined;
  const [, date = '', hh = '', mm = '', ss = '0'] = match;
  const hours = Number(hh);
  const minutes = Number(mm);
  const seconds = Number(ss);
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const minute = hours * 60 + minutes;
  if (UTC_ZONES.has(value.timeZone)) {
    const instant = Date.parse(`${date}T00:00:00Z`);
    return Number.isNaN(instant) || new Date(instant).toISOString().slice(0, 10) !== date
      ? undefined
      : instant + minute * 60_000 + seconds * 1000;
  }
  if (!STOCKHOLM_ZONES.has(value.timeZone)) return undefined;
  try {
    return stockholmInstant(date, minute) + seconds * 1000;
  } catch {
    return undefined;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An instant as Graph's dateTimeTimeZone: Stockholm wall time as the pane writes it
 * ('YYYY-MM-DDTHH:mm:ss'), or UTC as Graph reads it back ('….0000000').
 *
 * @example graphDateTime(Date.parse('2026-12-22T15:30:00Z')) // { dateTime: '2026-12-22T16:30:00', timeZone: 'W. Europe Standard Time' }
 */
export function graphDateTime(
  instant: number,
  timeZone: 'UTC' | typeof STOCKHOLM_TIME_ZONE = STOCKHOLM_TIME_ZONE,
): DateTimeTimeZone {
  if (timeZone === 'UTC') {
    return { dateTime: `${new Date(instant).toISOString().slice(0, 19)}.0000000`, timeZone };
  }
  const { date, minute } = stockholmWallTime(instant);
  const seconds = Math.floor((((instant % 60_000) + 60_000) % 60_000) / 1000);
  return {
    dateTime: `${date}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:${pad(seconds)}`,
    timeZone,
  };
}

/** Local midnight starting a Stockholm date, as Graph's dateTimeTimeZone. */
export function graphMidnight(date: IsoDate): DateTimeTimeZone {
  return { dateTime: `${date}T00:00:00`, timeZone: STOCKHOLM_TIME_ZONE };
}

/** Same moment? Compares instants when both zones are known, else the texts to the second. */
export function sameDateTime(a: DateTimeTimeZone | null, b: DateTimeTimeZone | null): boolean {
  if (a === null || b === null) return a === b;
  const ia = instantOfGraphDateTime(a);
  const ib = instantOfGraphDateTime(b);
  if (ia !== undefined && ib !== undefined) return ia === ib;
  return a.dateTime.slice(0, 19) === b.dateTime.slice(0, 19) && a.timeZone === b.timeZone;
}
