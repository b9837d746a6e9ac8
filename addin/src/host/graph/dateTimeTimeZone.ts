import { stockholmInstant, stockholmWallTime } from '../../../../shared/index.ts';

/** Graph's local wall time plus a time zone name. */
export interface DateTimeTimeZone {
  /** 'YYYY-MM-DDTHH:mm:ss' (Graph adds '.0000000'). */
  readonly dateTime: string;
  readonly timeZone: string;
}

const STOCKHOLM_ZONES = new Set(['W. Europe Standard Time', 'Europe/Stockholm']);
const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'Coordinated Universal Time']);
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/;

/** True for the zones this module converts (UTC and Sweden's). */
export function isKnownTimeZone(timeZone: string): boolean {
  return STOCKHOLM_ZONES.has(timeZone) || UTC_ZONES.has(timeZone);
}

/**
 * The instant (epoch ms) of a Graph dateTimeTimeZone in UTC or Swedish time; undefined when the
 * text is not a local date-time or the zone is another one.
 *
 * @example instantOfDateTimeTimeZone({ dateTime: '2026-12-23T00:00:00', timeZone: 'W. Europe Standard Time' }) // 2026-12-22T23:00Z
 */
export function instantOfDateTimeTimeZone(value: DateTimeTimeZone): number | undefined {
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

/** Graph's rendering of an instant in a zone: 'YYYY-MM-DDTHH:mm:ss.0000000'. */
export function dateTimeTimeZoneOf(
  instant: number,
  timeZone: 'UTC' | 'W. Europe Standard Time',
): DateTimeTimeZone {
  if (timeZone === 'UTC') {
    return { dateTime: `${new Date(instant).toISOString().slice(0, 19)}.0000000`, timeZone };
  }
  const { date, minute } = stockholmWallTime(instant);
  const seconds = Math.floor((((instant % 60_000) + 60_000) % 60_000) / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    dateTime: `${date}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:${pad(seconds)}.0000000`,
    timeZone,
  };
}

/** Same moment? Compares instants when both zones are known, else the texts to the second. */
export function sameDateTime(a: DateTimeTimeZone | null, b: DateTimeTimeZone | null): boolean {
  if (a === null || b === null) return a === b;
  const ia = instantOfDateTimeTimeZone(a);
  const ib = instantOfDateTimeTimeZone(b);
  if (ia !== undefined && ib !== undefined) return ia === ib;
  return a.dateTime.slice(0, 19) === b.dateTime.slice(0, 19) && a.timeZone === b.timeZone;
}
