import type { IsoDate } from '../calendar/isoDate.ts';
import { stockholmInstant, stockholmOffset } from '../calendar/stockholmTime.ts';
import { calendarTables } from '../calendar/workCalendar.ts';
import type { CalendarTables } from '../calendar/workCalendar.ts';
import { replyDeadline } from '../clock/replyDeadline.ts';
import { officeTimeBetween } from '../clock/workingTimeLeft.ts';
import type { Organisation } from '../policy/organisation.ts';
import { periodOf } from './periodOf.ts';
import type { FollowUpPeriod } from './periodOf.ts';

/** One duty-carrying message as the follow-up sees it: metadata only, never content. */
export interface FollowUpMessage {
  readonly mailbox: string;
  readonly receivedAt: number;
  readonly acknowledgedAt?: number;
  readonly answeredAt?: number;
  /** The answer date promised last, if any: counts a broken promise when it passed unanswered. */
  readonly promised?: IsoDate;
}

/** The follow-up of one mailbox over one period of receipt (docs/rules.md §8). */
export interface FollowUpRow {
  readonly mailbox: string;
  /** `YYYY-MM`, `YYYY-Www` or `all`. */
  readonly period: string;
  readonly received: number;
  /** First met (acknowledged or answered) at or before the rule's deadline. */
  readonly inTime: number;
  /** First met after the deadline. */
  readonly late: number;
  /** Not met by now. */
  readonly open: number;
  /** Not met by now, and past the deadline. */
  readonly openOverdue: number;
  /** inTime / (received − open not yet due); null when nothing is decided yet. */
  readonly shareInTime: number | null;
  /** Median office time from receipt to first response, in whole minutes; null without one. */
  readonly medianResponseMinutes: number | null;
  readonly brokenPromises: number;
}

/** Adds messages one at a time and gives the rows; memory grows with rows and met messages. */
export interface FollowUpTally {
  add(message: FollowUpMessage): void;
  rows(): FollowUpRow[];
}

const DAY = 86_400_000;

interface Group {
  readonly mailbox: string;
  readonly period: string;
  received: number;
  inTime: number;
  late: number;
  open: number;
  openOverdue: number;
  brokenPromises: number;
  responses: Float64Array;
  count: number;
}

/** Median of the first `count` values (sorted in place), or null when there are none. */
function median(values: Float64Array, count: number): number | null {
  if (count === 0) return null;
  const sorted = values.subarray(0, count).sort();
  const mid = count >> 1;
  return count % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function rowOf(g: Group): FollowUpRow {
  const decided = g.received - (g.open - g.openOverdue);
  const middle = median(g.responses, g.count);
  return {
    mailbox: g.mailbox,
    period: g.period,
    received: g.received,
    inTime: g.inTime,
    late: g.late,
    open: g.open,
    openOverdue: g.openOverdue,
    shareInTime: decided === 0 ? null : g.inTime / decided,
    medianResponseMinutes: middle === null ? null : Math.round(middle / 60_000),
    brokenPromises: g.brokenPromises,
  };
}

/** The first response: the earlier of acknowledged and answered, if at or after receipt and by now. */
function firstResponse(m: FollowUpMessage, now: number): number | undefined {
  let first: number | undefined;
  for (const t of [m.acknowledgedAt, m.answeredAt]) {
    if (t !== undefined && t >= m.receivedAt && t <= now && (first === undefined || t < first)) {
      first = t;
    }
  }
  return first;
}

function isBroken(m: FollowUpMessage, tables: CalendarTables, now: number): boolean {
  if (m.promised === undefined) return false;
  const due = stockholmInstant(m.promised, tables.officeHours.close);
  const answered = m.answeredAt !== undefined && m.answeredAt <= now ? m.answeredAt : undefined;
  return now >= due && (answered === undefined || answered > due);
}

/**
 * A follow-up tally (docs/rules.md §8) under an organisation's reply rule at `now`: per mailbox and
 * Stockholm month, ISO week or all of it, how many messages were first met in time, late, or are
 * still open, the share in time and the median office time to the first response. The CLI's
 * `report` and the hosts' personal follow-up both count with it.
 * @example
 * const tally = createFollowUp(org, now, 'month');
 * tally.add({ mailbox: 'kc@vaxjo.se', receivedAt, acknowledgedAt });
 * tally.rows() // [{ mailbox: 'kc@vaxjo.se', period: '2026-04', received: 1, inTime: 1, … }]
 */
export function createFollowUp(org: Organisation, now: number, by: FollowUpPeriod): FollowUpTally {
  const tables = calendarTables(org.calendar);
  const byMailbox = new Map<string, Map<string, Group>>();
  const periods = new Map<number, string>();
  const groupOf = (mailbox: string, receivedAt: number): Group => {
    const day = Math.floor((receivedAt + stockholmOffset(receivedAt)) / DAY);
    let period = periods.get(day);
    if (period === undefined) {
      period = periodOf(day, by);
      periods.set(day, period);
    }
    let groups = byMailbox.get(mailbox);
    if (groups === undefined) {
      groups = new Map();
      byMailbox.set(mailbox, groups);
    }
    let group = groups.get(period);
    if (group === undefined) {
      group = {
        mailbox,
        period,
        received: 0,
        inTime: 0,
        late: 0,
        open: 0,
        openOverdue: 0,
        brokenPromises: 0,
        responses: new Float64Array(16),
        count: 0,
      };
      groups.set(period, group);
    }
    return group;
  };
  return {
    add(m) {
      const group = groupOf(m.mailbox, m.receivedAt);
      const due = replyDeadline(m.receivedAt, org.policy.reply, org.calendar).due;
      const met = firstResponse(m, now);
      group.received++;
      if (isBroken(m, tables, now)) group.brokenPromises++;
      if (met === undefined) {
        group.open++;
        if (now >= due) group.openOverdue++;
        return;
      }
      if (met <= due) group.inTime++;
      else group.late++;
      if (group.count === group.responses.length) {
        const grown = new Float64Array(group.count * 2);
        grown.set(group.responses);
        group.responses = grown;
      }
      group.responses[group.count++] = officeTimeBetween(tables, m.receivedAt, met);
    },
    rows() {
      return [...byMailbox.values()]
        .flatMap((groups) => [...groups.values()])
        .sort((a, b) =>
          a.mailbox === b.mailbox
            ? a.period < b.period
              ? -1
              : a.period > b.period
                ? 1
                : 0
            : a.mailbox < b.mailbox
              ? -1
              : 1,
        )
        .map(rowOf);
    },
  };
}
