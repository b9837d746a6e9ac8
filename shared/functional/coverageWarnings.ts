import { addDays, epochDayOfIso, weekdayOf } from '../calendar/isoDate.ts';
import type { IsoDate } from '../calendar/isoDate.ts';
import type { WorkCalendar } from '../calendar/workCalendar.ts';
import { calendarNames } from '../i18n/calendarNames.ts';
import { isoDateParts } from '../i18n/isoDateParts.ts';
import { mailboxShortName } from './watchedDuty.ts';
import type { WatchedDuty } from './watchedDuty.ts';

/** A warning before a klämdag or a holiday period, for one functional mailbox. */
export interface CoverageWarning {
  readonly kind: 'klämdag' | 'holiday-period';
  readonly mailbox: string;
  /** The klämdag, or the first closed day of the period. */
  readonly first: IsoDate;
  /** The klämdag, or the last closed day of the period. */
  readonly last: IsoDate;
  /** The working day after, before which the counted duties fall due. */
  readonly resume: IsoDate;
  /** Open duties due from the last working day before up to `resume`. */
  readonly dueCount: number;
  /** Who is watching, as given (addresses). */
  readonly watchers: readonly string[];
  readonly text: string;
}

function dayWords(date: IsoDate): string {
  const { month, day, weekday } = isoDateParts(date);
  const names = calendarNames('sv');
  return `${names.weekdays[weekday - 1] ?? ''} ${day} ${names.months[month - 1] ?? ''}`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function isHoliday(calendar: WorkCalendar, date: IsoDate): boolean {
  const kind = calendar.closedDay(date)?.kind;
  return kind === 'holiday' || kind === 'organisation';
}

/** A klämdag (docs/rules.md §1): a lone working day between a holiday and a weekend. */
function isKlamdag(calendar: WorkCalendar, date: IsoDate): boolean {
  if (!calendar.isWorkingDay(date)) return false;
  const before = addDays(date, -1);
  const after = addDays(date, 1);
  if (calendar.isWorkingDay(before) || calendar.isWorkingDay(after)) return false;
  return isHoliday(calendar, before) || isHoliday(calendar, after);
}

function countDue(duties: readonly WatchedDuty[], mailbox: string, from: IsoDate, to: IsoDate) {
  let n = 0;
  for (const d of duties) if (d.mailbox === mailbox && d.dueDate >= from && d.dueDate <= to) n += 1;
  return n;
}

/**
 * Warnings for the klämdagar and holiday periods (closed runs of three days or more with a holiday)
 * that start within `horizonDays` after `today`: who is watching and what falls due there.
 * @example coverageWarnings(duties, ['anna@vaxjo.se'], '2026-05-11', 7, cal)[0].text
 * // 'Fredag 15 maj är en klämdag: 14 ärenden i kontaktcenter@ förfaller före måndag.'
 */
export function coverageWarnings(
  duties: readonly WatchedDuty[],
  mailbox: string,
  watchers: readonly string[],
  today: IsoDate,
  horizonDays: number,
  calendar: WorkCalendar,
): readonly CoverageWarning[] {
  if (!Number.isInteger(horizonDays) || horizonDays < 1 || horizonDays > 60)
    throw new RangeError(`horizonDays must be a whole number 1–60, got ${horizonDays}`);
  const short = mailboxShortName(mailbox);
  const watching =
    watchers.length === 0 ? ' Ingen bevakare är angiven.' : ` Bevakas av ${watchers.join(', ')}.`;
  const warnings: CoverageWarning[] = [];
  for (let i = 1; i <= horizonDays; i++) {
    const date = addDays(today, i);
    if (isKlamdag(calendar, date)) {
      const resume = calendar.nextWorkingDay(date);
      const dueCount = countDue(duties, mailbox, date, date);
      const weekday = calendarNames('sv').weekdays[weekdayOf(resume) - 1] ?? '';
      warnings.push(
        Object.freeze({
          kind: 'klämdag' as const,
          mailbox,
          first: date,
          last: date,
          resume,
          dueCount,
          watchers: Object.freeze([...watchers]),
          text: `${capitalise(dayWords(date))} är en klämdag: ${dueCount} ärenden i ${short} förfaller före ${weekday}.${watching}`,
        }),
      );
      continue;
    }
    // A holiday period starts here: the day before is a working day and a run of ≥ 3 closed days
    // holding a holiday follows.
    if (calendar.isWorkingDay(date) || !calendar.isWorkingDay(addDays(date, -1))) continue;
    let last = date;
    let holiday = isHoliday(calendar, date);
    while (!calendar.isWorkingDay(addDays(last, 1))) {
      last = addDays(last, 1);
      holiday ||= isHoliday(calendar, last);
    }
    const length = epochDayOfIso(last) - epochDayOfIso(date) + 1;
    if (!holiday || length < 3) continue;
    const before = addDays(date, -1);
    const resume = addDays(last, 1);
    const dueCount = countDue(duties, mailbox, before, resume);
    warnings.push(
      Object.freeze({
        kind: 'holiday-period' as const,
        mailbox,
        first: date,
        last,
        resume,
        dueCount,
        watchers: Object.freeze([...watchers]),
        text: `${capitalise(dayWords(date))}–${dayWords(last)} är stängt: ${dueCount} ärenden i ${short} förfaller ${dayWords(before)}–${dayWords(resume)}.${watching}`,
      }),
    );
  }
  return Object.freeze(warnings);
}
