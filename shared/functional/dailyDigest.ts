import { addDays } from '../calendar/isoDate.ts';
import type { IsoDate } from '../calendar/isoDate.ts';
import type { WorkCalendar } from '../calendar/workCalendar.ts';
import { formatDate } from '../i18n/formatDate.ts';
import { mailboxShortName } from './watchedDuty.ts';
import type { WatchedDuty } from './watchedDuty.ts';

/** The daily digest of one functional mailbox: counts and a Swedish mail. */
export interface DailyDigest {
  readonly mailbox: string;
  readonly overdue: number;
  readonly dueToday: number;
  /** Duties due after today up to the first working day after the next closed days, if any. */
  readonly dueAcrossClosed: number;
  /** That first working day after the closed days (undefined when tomorrow is a working day). */
  readonly closedUntil?: IsoDate;
  readonly subject: string;
  readonly text: string;
}

/**
 * The digest mailed each working morning to whoever watches a functional mailbox: overdue, due
 * today, and due across the coming closed days. `today` is the Stockholm date of sending.
 * @example dailyDigest('kontaktcenter@vaxjo.se', duties, '2026-05-13', org.calendar).subject
 * // 'Svarsplikt kontaktcenter@: 1 försenade, 2 förfaller i dag'
 */
export function dailyDigest(
  mailbox: string,
  duties: readonly WatchedDuty[],
  today: IsoDate,
  calendar: WorkCalendar,
): DailyDigest {
  const tomorrow = addDays(today, 1);
  const after = calendar.nextWorkingDay(today);
  const closedUntil = after === tomorrow ? undefined : after;
  let overdue = 0;
  let dueToday = 0;
  let dueAcrossClosed = 0;
  for (const duty of duties) {
    if (duty.mailbox !== mailbox) continue;
    if (duty.dueDate < today) overdue += 1;
    else if (duty.dueDate === today) dueToday += 1;
    else if (closedUntil !== undefined && duty.dueDate <= closedUntil) dueAcrossClosed += 1;
  }
  const short = mailboxShortName(mailbox);
  const lines = [
    `Svarsplikt för ${mailbox}, ${formatDate(today, 'sv')}.`,
    '',
    `Försenade: ${overdue}`,
    `Förfaller i dag: ${dueToday}`,
  ];
  if (closedUntil !== undefined)
    lines.push(
      `Förfaller till och med ${formatDate(closedUntil, 'sv')}, efter de stängda dagarna: ${dueAcrossClosed}`,
    );
  lines.push('', 'Förfallodagen står på varje meddelande (etikett eller flagga).');
  return Object.freeze({
    mailbox,
    overdue,
    dueToday,
    dueAcrossClosed,
    ...(closedUntil !== undefined ? { closedUntil } : {}),
    subject: `Svarsplikt ${short}: ${overdue} försenade, ${dueToday} förfaller i dag`,
    text: lines.join('\n'),
  });
}
