import type { Organisation } from '../policy/organisation.ts';
import { createFollowUp } from './followUpTally.ts';
import type { FollowUpMessage, FollowUpRow } from './followUpTally.ts';

/** One window of the personal follow-up, e.g. the last 30 days. */
export interface FollowUpWindow extends Omit<FollowUpRow, 'mailbox' | 'period'> {
  readonly days: number;
}

const DAY = 86_400_000;

/**
 * The personal follow-up (issue 10 item 5) over the last `days` days for each window: the same
 * counts as the organisation's report, over messages received in (now − days, now].
 * @example personalFollowUp(messages, org, now)[0] // { days: 30, received: 41, inTime: 38, … }
 */
export function personalFollowUp(
  messages: Iterable<Omit<FollowUpMessage, 'mailbox'>>,
  org: Organisation,
  now: number,
  windows: readonly number[] = [30, 90],
): FollowUpWindow[] {
  const tallies = windows.map((days) => ({ days, tally: createFollowUp(org, now, 'all') }));
  for (const message of messages) {
    for (const { days, tally } of tallies) {
      if (message.receivedAt > now - days * DAY && message.receivedAt <= now) {
        tally.add({ ...message, mailbox: '' });
      }
    }
  }
  return tallies.map(({ days, tally }) => {
    const row = tally.rows()[0];
    const { mailbox: _m, period: _p, ...counts } = row ?? emptyRow();
    return { days, ...counts };
  });
}

function emptyRow(): FollowUpRow {
  return {
    mailbox: '',
    period: 'all',
    received: 0,
    inTime: 0,
    late: 0,
    open: 0,
    openOverdue: 0,
    shareInTime: null,
    medianResponseMinutes: null,
    brokenPromises: 0,
  };
}
