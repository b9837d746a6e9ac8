import { stockholmInstant, stockholmWallTime } from '../../../shared/index.ts';
import type { IsoDate } from '../../../shared/index.ts';
import type { DateTimeTimeZone } from './ports.ts';

/** Graph's Windows id for Stockholm time; all our dates are Stockholm dates. */
export const STOCKHOLM_TIME_ZONE = 'W. Europe Standard Time';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** An instant as Graph's `dateTimeTimeZone` in Stockholm local time. */
export function graphDateTime(instant: number): DateTimeTimeZone {
  const { date, minute } = stockholmWallTime(instant);
  return {
    dateTime: `${date}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:00`,
    timeZone: STOCKHOLM_TIME_ZONE,
  };
}

/** Local midnight starting a Stockholm date, as Graph's `dateTimeTimeZone`. */
export function graphMidnight(date: IsoDate): DateTimeTimeZone {
  return { dateTime: `${date}T00:00:00`, timeZone: STOCKHOLM_TIME_ZONE };
}

/** Reads a Graph `dateTimeTimeZone` written in Stockholm (or UTC) time back to an instant. */
export function instantFromGraph(value: DateTimeTimeZone): number | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(value.dateTime);
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  if (/^(UTC|Etc\/UTC|Coordinated Universal Time)$/i.test(value.timeZone))
    return Date.parse(`${m[1]}T${m[2]}:${m[3]}:00Z`);
  return stockholmInstant(m[1], Number(m[2]) * 60 + Number(m[3]));
}
