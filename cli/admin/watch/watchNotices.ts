// What a watched mailbox's owners are to be mailed now: the day's digest and the coverage
// warnings not yet sent. Content comes from the core; this decides only when.
import { coverageWarnings, dailyDigest } from '../../../shared/index.ts';
import type { IsoDate, WatchedDuty, WorkCalendar } from '../../../shared/index.ts';
import type { MailboxWatchState } from './watchState.ts';

/** Days ahead a klämdag or holiday period is warned of. */
export const WARNING_HORIZON_DAYS = 7;

/** One mail to the owners; `mark` records in the state that it went out. */
export interface Notice {
  readonly subject: string;
  readonly text: string;
  readonly mark: (state: MailboxWatchState) => void;
}

/**
 * The open duties the state holds for a mailbox, for the core: answered ones left out, and one
 * acknowledged with a promise counted on its promised date (the core's duty timeline).
 */
export function dutiesOf(mailbox: string, state: MailboxWatchState): WatchedDuty[] {
  return Object.entries(state.duties).flatMap(([id, marked]) => {
    const settled = state.settled?.[id];
    if (settled === null) return [];
    return [{ mailbox, dueDate: settled ?? marked }];
  });
}

/** The digest (once a working day) and every coverage warning not sent yet. */
export function noticesDue(
  mailbox: string,
  state: MailboxWatchState,
  watchers: readonly string[],
  today: IsoDate,
  calendar: WorkCalendar,
): Notice[] {
  const duties = dutiesOf(mailbox, state);
  const notices: Notice[] = [];
  if (calendar.isWorkingDay(today) && state.digestOn !== today) {
    const digest = dailyDigest(mailbox, duties, today, calendar);
    notices.push({
      subject: digest.subject,
      text: digest.text,
      mark: (s) => {
        s.digestOn = today;
      },
    });
  }
  for (const warning of coverageWarnings(
    duties,
    mailbox,
    watchers,
    today,
    WARNING_HORIZON_DAYS,
    calendar,
  )) {
    const key = `${warning.kind}:${warning.first}`;
    if (state.warned.includes(key)) continue;
    notices.push({
      subject: `Bevakning: ${warning.text.split(':')[0] ?? ''}`,
      text: warning.text,
      mark: (s) => {
        s.warned = [...s.warned.filter((k) => k.slice(-10) >= today), key];
      },
    });
  }
  return notices;
}

function encodedWord(text: string): string {
  return /^[\x20-\x7e]*$/.test(text)
    ? text
    : `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

/** An RFC 5322 message (UTF-8 text, base64 body) from the mailbox to its owners. */
export function rfc822(from: string, to: readonly string[], notice: Notice): string {
  const body = Buffer.from(notice.text, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n');
  return [
    `From: ${from}`,
    `To: ${to.join(', ')}`,
    `Subject: ${encodedWord(notice.subject)}`,
    'Auto-Submitted: auto-generated',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    body,
  ].join('\r\n');
}
