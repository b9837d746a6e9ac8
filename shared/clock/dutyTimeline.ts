import type { IsoDate } from '../calendar/isoDate.ts';
import { stockholmDate, stockholmInstant } from '../calendar/stockholmTime.ts';
import { calendarTables } from '../calendar/workCalendar.ts';
import type { Organisation } from '../policy/organisation.ts';
import { fail, ok } from '../result.ts';
import type { CodedError, Result } from '../result.ts';
import { checkPromisedDate } from './checkPromisedDate.ts';
import type { MessageFacts } from './replyClock.ts';
import { replyDeadline } from './replyDeadline.ts';
import { officeTimeBetween } from './workingTimeLeft.ts';

/** The duties a message can carry over time (docs/rules.md §7). */
export type DutyKind = 'acknowledge' | 'answer' | 'status-update' | 'forward';

/** Where a message's duties stand: the state of the most urgent duty not yet met. */
export type DutyState =
  | 'not-required'
  | 'answered'
  | 'forwarded'
  | 'on-track'
  | 'promised'
  | 'due-soon'
  | 'overdue'
  | 'promise-broken';

/** A kvittens or status update: when it was sent and the answer date it promised. */
export interface AnswerPromise {
  readonly at: number;
  readonly promised: IsoDate;
}

/** What has happened to a message. Events after `now` have not happened yet and are left out. */
export interface DutyEvents {
  readonly acknowledged?: AnswerPromise;
  readonly statusUpdates?: readonly AnswerPromise[];
  readonly answeredAt?: number;
  /** Forwarding marks the message "not ours"; `to` is kept for the host, not judged here. */
  readonly forwarded?: { readonly at: number; readonly to?: string };
}

/** One duty with its due instant and whether, and when, it was met. */
export interface Duty {
  readonly kind: DutyKind;
  readonly due: number;
  readonly dueDate: IsoDate;
  readonly met: boolean;
  /** When it was met; null while it is not. */
  readonly metAt: number | null;
  /** Met after it fell due, or not met and past due. */
  readonly late: boolean;
  /** For answer and status-update duties: the promised date concerned. */
  readonly promised?: IsoDate;
}

/** A message's duties at one instant. */
export interface DutyTimeline {
  readonly state: DutyState;
  /** The most urgent duty not met (it sets the state); null when every duty is met or none apply. */
  readonly current: Duty | null;
  /** Every duty, by due instant. */
  readonly duties: readonly Duty[];
  /** The answer date in force: the latest promise, if any. */
  readonly promised: IsoDate | null;
  /** Promises that fell due with neither an answer nor a new promise by then. */
  readonly brokenPromises: number;
  /** Office time until the current duty is due; 0 when there is none or it is past. */
  readonly workingMsLeft: number;
}

/** Facts the timeline needs; a MessageFacts will do. */
export type DutyFacts = Pick<MessageFacts, 'receivedAt' | 'triage' | 'notOurs'>;

// Equal due instants: the status update is the action to offer before the late answer itself.
const URGENCY: Record<DutyKind, number> = {
  'status-update': 0,
  forward: 1,
  acknowledge: 2,
  answer: 3,
};

const byUrgency = (a: Duty, b: Duty): number => a.due - b.due || URGENCY[a.kind] - URGENCY[b.kind];

function duty(
  kind: DutyKind,
  due: number,
  metAt: number | undefined,
  now: number,
  promised?: IsoDate,
): Duty {
  const met = metAt !== undefined;
  return Object.freeze({
    kind,
    due,
    dueDate: stockholmDate(due),
    met,
    metAt: metAt ?? null,
    late: met ? metAt > due : now >= due,
    ...(promised !== undefined ? { promised } : {}),
  });
}

const earliest = (...instants: (number | undefined)[]): number | undefined => {
  const known = instants.filter((t): t is number => t !== undefined);
  return known.length === 0 ? undefined : Math.min(...known);
};

/** The events' promises checked and in order of sending, or the first problem. */
function checkedPromises(
  events: DutyEvents,
  receivedAt: number,
  org: Organisation,
): Result<AnswerPromise[]> {
  const all: [string, AnswerPromise][] = [
    ...(events.acknowledged !== undefined
      ? [['acknowledged', events.acknowledged] as [string, AnswerPromise]]
      : []),
    ...(events.statusUpdates ?? []).map(
      (p, i) => [`statusUpdates[${i}]`, p] as [string, AnswerPromise],
    ),
  ];
  for (const [field, promise] of all) {
    if (promise.at < receivedAt) return beforeReceipt(field);
    const checked = checkPromisedDate(
      promise.promised,
      promise.at,
      org.calendar,
      `${field}.promised`,
    );
    if (!checked.ok) return checked;
  }
  if (events.answeredAt !== undefined && events.answeredAt < receivedAt) {
    return beforeReceipt('answeredAt');
  }
  if (events.forwarded !== undefined && events.forwarded.at < receivedAt) {
    return beforeReceipt('forwarded');
  }
  return ok(all.map(([, p]) => p).sort((a, b) => a.at - b.at));
}

function beforeReceipt(field: string): { ok: false; error: CodedError } {
  return fail({
    code: 'DUTY_EVENT_BEFORE_RECEIPT',
    message: `${field}: is before the message was received`,
    field,
  });
}

/** The answer duty and a status-update duty per broken promise, for promises in order. */
function promiseDuties(
  promises: readonly AnswerPromise[],
  answeredAt: number | undefined,
  org: Organisation,
  now: number,
): Duty[] {
  const close = org.calendar.officeHours.close;
  const duties: Duty[] = [];
  promises.forEach((promise, i) => {
    const due = stockholmInstant(promise.promised, close);
    const resolvedAt = earliest(promises[i + 1]?.at, answeredAt);
    const kept = resolvedAt !== undefined && resolvedAt <= due;
    if (now >= due && !kept) {
      duties.push(duty('status-update', due, resolvedAt, now, promise.promised));
    }
    if (i === promises.length - 1) {
      duties.push(duty('answer', due, answeredAt, now, promise.promised));
    }
  });
  return duties;
}

function stateOf(
  current: Duty | null,
  notOurs: boolean,
  leftMs: number,
  org: Organisation,
  now: number,
): DutyState {
  if (current === null) return notOurs ? 'forwarded' : 'answered';
  if (current.kind === 'status-update') return 'promise-broken';
  if (now >= current.due) return 'overdue';
  if (leftMs <= org.warningThreshold * 60_000) return 'due-soon';
  return current.kind === 'answer' ? 'promised' : 'on-track';
}

/**
 * A message's duties over time at `now` (docs/rules.md §7): acknowledge by the rule's deadline; answer by
 * closing time on the promised date; a status update with a new date whenever a promise falls due
 * unanswered; for mail that is not ours, forward within the forward rule instead. A promised date
 * that is not a working day is refused with a coded error. Throws RangeError outside the calendar.
 * @example
 * dutyTimeline({ receivedAt }, { acknowledged: { at, promised: '2026-04-10' } }, org, now).value.state // 'promised'
 */
export function dutyTimeline(
  facts: DutyFacts,
  events: DutyEvents,
  org: Organisation,
  now: number,
): Result<DutyTimeline> {
  const checked = checkedPromises(events, facts.receivedAt, org);
  if (!checked.ok) return checked;
  const happened = (t: number | undefined) => (t !== undefined && t <= now ? t : undefined);
  const answeredAt = happened(events.answeredAt);
  const notOurs = facts.notOurs === true || events.forwarded !== undefined;
  const triage = facts.triage;
  if (!notOurs && triage !== undefined && !triage.duty) {
    return ok(
      Object.freeze({
        state: 'not-required',
        current: null,
        duties: Object.freeze([]),
        promised: null,
        brokenPromises: 0,
        workingMsLeft: 0,
      }),
    );
  }
  const { policy, calendar } = org;
  let duties: Duty[];
  let promises: AnswerPromise[] = [];
  if (notOurs) {
    const rule = policy.forwardWithin ?? policy.reply;
    const due = replyDeadline(facts.receivedAt, rule, calendar).due;
    duties = [duty('forward', due, happened(events.forwarded?.at), now)];
  } else {
    // A promise sent after the answer changes nothing.
    promises = checked.value.filter(
      (p) => p.at <= now && (answeredAt === undefined || p.at < answeredAt),
    );
    const due = replyDeadline(facts.receivedAt, policy.reply, calendar).due;
    const firstWord = earliest(promises[0]?.at, answeredAt);
    duties = [
      duty('acknowledge', due, firstWord, now),
      ...promiseDuties(promises, answeredAt, org, now),
    ];
  }
  duties.sort(byUrgency);
  const current = duties.find((d) => !d.met) ?? null;
  const workingMsLeft =
    current === null ? 0 : officeTimeBetween(calendarTables(calendar), now, current.due);
  return ok(
    Object.freeze({
      state: stateOf(current, notOurs, workingMsLeft, org, now),
      current,
      duties: Object.freeze(duties),
      promised: promises[promises.length - 1]?.promised ?? null,
      brokenPromises: duties.filter((d) => d.kind === 'status-update').length,
      workingMsLeft,
    }),
  );
}
