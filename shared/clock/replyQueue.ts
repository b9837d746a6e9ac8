import { stockholmDate } from '../calendar/stockholmTime.ts';
import type { ReplyClock } from './replyClock.ts';

/** How many waiting messages are overdue, due today (Stockholm date) and due later. */
export interface QueueCounts {
  readonly overdue: number;
  readonly dueToday: number;
  readonly later: number;
}

/** Which count a waiting message falls in. */
export type QueueBucket = keyof QueueCounts;

/** One waiting message of a queue with its clock. */
export interface QueueEntry<T> {
  readonly item: T;
  readonly clock: ReplyClock;
  readonly bucket: QueueBucket;
}

/**
 * The reply queue, decided once for every host: only messages that still wait (a deadline, not
 * answered, a duty), most urgent first (due, then receipt, then the given order), with counts.
 *
 * @example replyQueue(messages, (m) => replyClock(m.facts, org, now), now).counts.overdue
 */
export function replyQueue<T>(
  items: readonly T[],
  clockOf: (item: T) => ReplyClock,
  now: number,
): { readonly entries: readonly QueueEntry<T>[]; readonly counts: QueueCounts } {
  const today = stockholmDate(now);
  const entries: QueueEntry<T>[] = [];
  for (const item of items) {
    const clock = clockOf(item);
    const { deadline } = clock;
    if (deadline === null || clock.state === 'answered' || clock.state === 'not-required') continue;
    const bucket: QueueBucket =
      clock.state === 'overdue' ? 'overdue' : deadline.dueDate === today ? 'dueToday' : 'later';
    entries.push({ item, clock, bucket });
  }
  // Array.prototype.sort is stable: equal keys keep the given order.
  entries.sort(
    (a, b) =>
      (a.clock.deadline?.due ?? 0) - (b.clock.deadline?.due ?? 0) ||
      a.clock.receivedAt - b.clock.receivedAt,
  );
  const counts = { overdue: 0, dueToday: 0, later: 0 };
  for (const entry of entries) counts[entry.bucket] += 1;
  return { entries, counts };
}
