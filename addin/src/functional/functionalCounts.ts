import { stockholmDate } from '../../../shared/index.ts';
import type { ReplyClock } from '../../../shared/index.ts';

/** The functional mailbox at a glance: its open duties by due date, and how many someone has taken. */
export interface FunctionalCounts {
  readonly overdue: number;
  /** Due later today (Stockholm date), not yet overdue. */
  readonly dueToday: number;
  /** Due after today. */
  readonly later: number;
  /** Open duties someone has taken ("Jag tar den"). */
  readonly taken: number;
}

/**
 * Counts the open (unanswered) duties of a functional mailbox at `now`.
 *
 * @example
 * functionalCounts([{ answered: false, handler: 'Bo Ek', clock }], now)
 * // { overdue: 1, dueToday: 0, later: 0, taken: 1 } when clock.state is 'overdue'
 */
export function functionalCounts(
  items: readonly {
    readonly answered: boolean;
    readonly handler: string | null;
    readonly clock: ReplyClock;
  }[],
  now: number,
): FunctionalCounts {
  const today = stockholmDate(now);
  let overdue = 0;
  let dueToday = 0;
  let later = 0;
  let taken = 0;
  for (const item of items) {
    if (item.answered || item.clock.deadline === null) continue;
    if (item.handler !== null) taken += 1;
    if (item.clock.state === 'overdue') overdue += 1;
    else if (stockholmDate(item.clock.deadline.due) === today) dueToday += 1;
    else later += 1;
  }
  return Object.freeze({ overdue, dueToday, later, taken });
}
