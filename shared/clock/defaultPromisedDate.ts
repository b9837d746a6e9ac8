import type { IsoDate } from '../calendar/isoDate.ts';
import type { Organisation } from '../policy/organisation.ts';
import type { Rule } from '../policy/presets.ts';
import { replyDeadline } from './replyDeadline.ts';
import type { Deadline } from './replyDeadline.ts';

/**
 * The answer date a kvittens promises unless the user picks another (docs/rules.md §7): the organisation's
 * `expectedAnswerWithin` working days, else the guideline's reply rule, counted from receipt. A
 * message already past that date counts from `now` instead, so the promise is never in the past.
 * Always a working day. Throws RangeError outside the calendar.
 * @example defaultPromisedDate(Date.parse('2026-04-02T12:00:00+02:00'), vaxholm, now) // '2026-04-08'
 */
export function defaultPromisedDate(receivedAt: number, org: Organisation, now: number): IsoDate {
  return defaultPromise(receivedAt, org, now).dueDate;
}

/** The default promise as a deadline: its date and the closing instant on it. */
export function defaultPromise(receivedAt: number, org: Organisation, now: number): Deadline {
  const rule: Rule =
    org.expectedAnswerWithin === undefined
      ? org.policy.reply
      : { ...org.policy.reply, workingDays: org.expectedAnswerWithin };
  const fromReceipt = replyDeadline(receivedAt, rule, org.calendar);
  return fromReceipt.due > now ? fromReceipt : replyDeadline(now, rule, org.calendar);
}
