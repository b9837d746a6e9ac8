import type { Organisation } from '../policy/organisation.ts';
import { replyClock } from './replyClock.ts';
import type { MessageFacts } from './replyClock.ts';
import { defaultPromise } from './defaultPromisedDate.ts';

/**
 * The instant a kvittens (acknowledgement) promises an answer by: closing time on the default
 * promised date (`defaultPromisedDate`: the organisation's `expectedAnswerWithin`, else the reply
 * rule; for an overdue message counted from now, so the promise is never in the past). A
 * message marked "not ours" is still promised an answer by the reply rule, not the forward rule.
 * Null when the message carries no reply duty.
 *
 * @example answerByDate({ receivedAt, receivedAtSource: 'server' }, org, now) // deadline.due, or later when overdue
 */
export function answerByDate(facts: MessageFacts, org: Organisation, now: number): number | null {
  const { notOurs: _forward, ...reply } = facts;
  if (replyClock(reply, org, now).deadline === null) return null;
  return defaultPromise(facts.receivedAt, org, now).due;
}
