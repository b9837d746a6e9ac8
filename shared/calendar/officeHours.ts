/** Office hours as minutes after local midnight, the half-open interval [open, close). */
export interface OfficeHours {
  readonly open: number;
  readonly close: number;
}

/** 08:00–16:30, the default of docs/rules.md §1 and Ale's stated hours. */
export const DEFAULT_OFFICE_HOURS: OfficeHours = Object.freeze({
  open: 8 * 60,
  close: 16 * 60 + 30,
});

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Minutes after midnight of a `HH:MM` time, or undefined when it is not one.
 * @example minuteOfClockTime('16:30') // 990
 */
export function minuteOfClockTime(text: string): number | undefined {
  const match = CLOCK_TIME.exec(text);
  return match === null ? undefined : Number(match[1]) * 60 + Number(match[2]);
}

/**
 * Writes minutes after midnight as `HH:MM`.
 * @example clockTimeOf(990) // '16:30'
 */
export function clockTimeOf(minute: number): string {
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}
