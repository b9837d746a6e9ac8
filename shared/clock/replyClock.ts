import type { Organisation } from '../policy/organisation.ts';
import type { Triage } from '../triage/triageTypes.ts';
import { replyDeadline } from './replyDeadline.ts';
import type { Deadline } from './replyDeadline.ts';
import { calendarTables } from '../calendar/workCalendar.ts';
import { officeTimeBetween } from './workingTimeLeft.ts';

/** Where the clock stands (docs/rules.md §2). */
export type ClockState = 'not-required' | 'answered' | 'on-track' | 'due-soon' | 'overdue';

/** Where the time of receipt came from: the server's is authoritative, the rest are fallbacks. */
export type ReceivedAtSource = 'server' | 'received-header' | 'date-header' | 'created';

/** What the clock needs to know about a message. */
export interface MessageFacts {
  readonly receivedAt: number;
  readonly receivedAtSource: ReceivedAtSource;
  /** From triageMessage(); absent means a duty is assumed. */
  readonly triage?: Triage;
  /** A reply or acknowledgement from the mailbox, if any. */
  readonly answeredAt?: number;
  /** The user marked the message "not ours": the forward-within clock runs instead. */
  readonly notOurs?: boolean;
}

/** The reply clock of one message at one instant. */
export interface ReplyClock {
  readonly state: ClockState;
  readonly kind: 'reply' | 'forward';
  readonly receivedAt: number;
  readonly receivedAtSource: ReceivedAtSource;
  /** Null when no duty applies. */
  readonly deadline: Deadline | null;
  /** The softer target (Ale: within 1), when the policy has one. */
  readonly target: Deadline | null;
  /** Office time in [now, due); 0 when overdue or not required. */
  readonly workingMsLeft: number;
  /** due − now, negative when overdue; 0 when not required. */
  readonly calendarMsLeft: number;
  readonly triage: Triage | null;
}

/**
 * The reply clock of a message under an organisation's policy at `now` (docs/rules.md §2).
 * @example replyClock({ receivedAt, receivedAtSource: 'server' }, org, now).state // 'on-track'
 */
export function replyClock(facts: MessageFacts, org: Organisation, now: number): ReplyClock {
  const triage = facts.triage ?? null;
  const kind = facts.notOurs === true ? 'forward' : 'reply';
  if (triage !== null && !triage.duty && kind === 'reply') {
    return Object.freeze({
      state: 'not-required',
      kind,
      receivedAt: facts.receivedAt,
      receivedAtSource: facts.receivedAtSource,
      deadline: null,
      target: null,
      workingMsLeft: 0,
      calendarMsLeft: 0,
      triage,
    });
  }
  const { policy, calendar } = org;
  const rule = kind === 'forward' ? (policy.forwardWithin ?? policy.reply) : policy.reply;
  const deadline = replyDeadline(facts.receivedAt, rule, calendar);
  const target =
    kind === 'reply' && policy.target !== undefined
      ? replyDeadline(facts.receivedAt, policy.target, calendar)
      : null;
  const workingMsLeft = officeTimeBetween(calendarTables(calendar), now, deadline.due);
  const answered = facts.answeredAt !== undefined && facts.answeredAt >= facts.receivedAt;
  const state: ClockState = answered
    ? 'answered'
    : now >= deadline.due
      ? 'overdue'
      : workingMsLeft <= org.warningThreshold * 60_000
        ? 'due-soon'
        : 'on-track';
  return Object.freeze({
    state,
    kind,
    receivedAt: facts.receivedAt,
    receivedAtSource: facts.receivedAtSource,
    deadline,
    target,
    workingMsLeft,
    calendarMsLeft: deadline.due - now,
    triage,
  });
}
