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
  const fast = commonInstant(text);
  if (fast !== undefined) return ok(fast);
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
  const millis = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
  return ok(day * 86_400_000 + ((hour * 60 + minute) * 60 + second) * 1000 + millis - offset);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Two decimal digits at `i`, or -1. */
function twoDigits(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * The common shape `YYYY-MM-DDTHH:MM:SS[.fff…](Z|±HH:MM)` read character by character, without
 * regular expressions or strings: the follow-up reads millions. Undefined for anything else, which
 * the general parser then judges.
 */
function commonInstant(text: string): number | undefined {
  const n = text.length;
  if (n < 20 || text[4] !== '-' || text[7] !== '-' || text[10] !== 'T') return undefined;
  if (text[13] !== ':' || text[16] !== ':') return undefined;
  const century = twoDigits(text, 0);
  const yy = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = twoDigits(text, 17);
  if (century < 0 || yy < 0 || month < 1 || month > 12 || day < 1) return undefined;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
    return undefined;
  }
  const year = century * 100 + yy;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (MONTH_DAYS[month - 1] as number) + (leap ? 1 : 0)) return undefined;
  let i = 19;
  let millis = 0;
  if (text[i] === '.') {
    let scale = 100;
    const start = ++i;
    for (; i < n && i - start < 9; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      millis += d * scale;
      scale /= 10;
    }
    if (i === start) return undefined;
    millis = Math.floor(millis);
  }
  let offset = 0;
  if (text[i] !== 'Z' || i + 1 !== n) {
    if (!((text[i] === '+' || text[i] === '-') && i + 6 === n && text[i + 3] === ':')) {
      return undefined;
    }
    const oh = twoDigits(text, i + 1);
    const om = twoDigits(text, i + 4);
    if (oh < 0 || oh > 18 || om < 0 || om > 59) return undefined;
    offset = (text[i] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  const epochDay = epochDayOf(year, month, day);
  return epochDay * 86_400_000 + ((hour * 60 + minute) * 60 + second) * 1000 + millis - offset;
}
