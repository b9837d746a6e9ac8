import { epochDayOf, isIsoDate } from './isoDate.ts';
import { fail, ok } from '../result.ts';
import type { Result } from '../result.ts';

const ISO_INSTANT =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)$/i;

/**
 * Parses an ISO 8601 instant that carries its offset (`Z` or `±HH:MM`); a local time without an
 * offset is refused, since it would silently take the machine's zone.
 * @example parseInstant('2026-04-02T12:00:00+02:00') // { ok: true, value: 1775124000000 }
 */
export function parseInstant(text: string): Result<number> {
  const match = ISO_INSTANT.exec(text.trim());
  if (match === null) {
    return fail({
      code: 'INSTANT_MALFORMED',
      message: `Not an ISO 8601 instant with offset (e.g. 2026-04-02T12:00:00+02:00): ${JSON.stringify(text)}`,
    });
  }
  const [, date = '', hh, mm, ss, fraction, zone = 'Z'] = match;
  const [hour, minute, second] = [Number(hh), Number(mm), Number(ss ?? 0)];
  if (!isIsoDate(date) || hour > 23 || minute > 59 || second > 59) {
    return fail({
      code: 'INSTANT_MALFORMED',
      message: `No such date or time: ${JSON.stringify(text)}`,
    });
  }
  let offset = 0;
  if (zone.toUpperCase() !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2) || 0);
    if (oh > 18 || om > 59) {
      return fail({
        code: 'INSTANT_MALFORMED',
        message: `Offset out of range in ${JSON.stringify(text)}`,
      });
    }
    offset = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  const day = epochDayOf(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)),
    Number(date.slice(8, 10)),
  );
  const millis = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
  return ok(day * 86_400_000 + ((hour * 60 + minute) * 60 + second) * 1000 + millis - offset);
}
