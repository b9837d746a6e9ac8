import type { Organisation } from '../policy/organisation.ts';
import { replyClock } from './replyClock.ts';
import type { MessageFacts } from './replyClock.ts';
import { replyDeadline } from './replyDeadline.ts';

/**
 * The instant a kvittens (acknowledgement) promises an answer by: the reply deadline, or — for an
 * overdue message — the same rule counted from now, so the promise is never in the past. A
 * message marked "not ours" is still promised an answer by the reply rule, not the forward rule.
 * Null when the message carries no reply duty.
 *
 * @example answerByDate({ receivedAt, receivedAtSource: 'server' }, org, now) // deadline.due, or later when overdue
 */
export function answerByDate(facts: MessageFacts, org: Organisation, now: number): number | null {
  const { notOurs: _forward, ...reply } = facts;
  const { deadline } = replyClock(reply, org, now);
  if (deadline === null) return null;
  return deadline.due > now ? deadline.due : replyDeadline(now, deadline.rule, org.calendar).due;
}
