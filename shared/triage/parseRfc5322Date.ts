import { stripComments } from './stripComments.ts';

/** Longest date-time text tried (after comments are dropped); a real one is about 31 characters. */
const MAX_DATE_TEXT = 200;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Month index 0–11 from 'Dec' or 'December' (any case already lowered); -1 when unknown. */
function monthIndex(text: string): number {
  return text.length === 3 ? MONTHS.indexOf(text) : FULL_MONTHS.indexOf(text);
}

/** Obsolete and common named zones, in minutes east of UTC (RFC 5322 §4.3, plus CET/CEST seen in the wild). */
const ZONES: Readonly<Record<string, number>> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  cet: 60,
  cest: 120,
  met: 60,
  mest: 120,
};

const DATE_TIME =
  /^(?:[a-z]+\s*,?\s*)?(\d{1,2})\s*[\s-]\s*([a-z]+)\s*[\s-]\s*(\d{2,4})\s+(\d{1,2})\s*:\s*(\d{2})(?:\s*:\s*(\d{2}))?\s*([+-]\d{4}|[a-z]+)?$/;

/** Minutes east of UTC for a zone token; military letters count as unknown, i.e. UTC (RFC 5322 §4.3). */
function zoneOffset(zone: string | undefined): number | undefined {
  if (zone === undefined) return undefined;
  if (/^[+-]\d{4}$/.test(zone)) {
    const sign = zone.startsWith('-') ? -1 : 1;
    const hours = Number(zone.slice(1, 3));
    const minutes = Number(zone.slice(3, 5));
    return minutes > 59 ? undefined : sign * (hours * 60 + minutes);
  }
  if (/^[a-ik-z]$/.test(zone)) return 0;
  return ZONES[zone];
}

/** Four-digit year from an obsolete two- or three-digit one (RFC 5322 §4.3). */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 2) return year < 50 ? 2000 + year : 1900 + year;
  if (text.length === 3) return 1900 + year;
  return year;
}

/**
 * Parses an RFC 5322 date-time ('Tue, 22 Dec 2026 08:30:12 +0100') to epoch ms, or undefined.
 * Accepts the obsolete forms too: no day of week, no seconds, two-digit years, named zones (GMT, UT,
 * EST…, also CET/CEST) and comments ('(CET)'). Pure arithmetic, no host time zone involved. Reads
 * the first 800 characters at most, and no date text over MAX_DATE_TEXT; linear; never throws.
 *
 * @example parseRfc5322Date('Fri, 18 Dec 2026 17:05:00 +0100') // → Date.UTC(2026, 11, 18, 16, 5)
 */
export function parseRfc5322Date(value: string): number | undefined {
  if (typeof value !== 'string') return undefined;
  const text = stripComments(
    value.length > 4 * MAX_DATE_TEXT ? value.slice(0, 4 * MAX_DATE_TEXT) : value,
  )
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  if (text.length > MAX_DATE_TEXT) return undefined;
  const match = DATE_TIME.exec(text);
  if (match === null) return undefined;
  const [
    ,
    dayText = '',
    monthText = '',
    yearText = '',
    hourText = '',
    minuteText = '',
    secondText,
    zone,
  ] = match;
  const month = monthIndex(monthText);
  const offset = zoneOffset(zone);
  if (month < 0 || offset === undefined) return undefined;
  const year = fullYear(yearText);
  const day = Number(dayText);
  const hour = Number(hourText);
  const minute = Number(minuteText);
  const second = secondText === undefined ? 0 : Number(secondText);
  const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 60) return undefined;
  return Date.UTC(year, month, day, hour, minute, Math.min(second, 59)) - offset * 60_000;
}
