import type { JournalRecord, StepName } from './orderJournal.ts';
import type { Order } from './order.ts';

/** Where an order stands, folded from its journal records. */
export interface OrderState {
  readonly order: Order;
  readonly placedAt: string;
  readonly started: 'no' | 'intent' | 'done';
  readonly reverted: 'no' | 'intent' | 'done';
  readonly expired: boolean;
  /** From the first start intent: what was there before. */
  readonly previous: unknown;
  readonly powershell: readonly string[];
}

/** The orders in the journal, in the order they were placed, with their state. */
export function orderStates(records: readonly JournalRecord[]): OrderState[] {
  const states = new Map<string, { -readonly [K in keyof OrderState]: OrderState[K] }>();
  const advance = (current: 'no' | 'intent' | 'done', phase: 'intent' | 'done') =>
    current === 'done' || phase === 'done' ? 'done' : 'intent';
  for (const record of records) {
    if (record.t === 'order') {
      if (states.has(record.id)) continue;
      const { t: _t, at, ...order } = record;
      states.set(record.id, {
        order,
        placedAt: at,
        started: 'no',
        reverted: 'no',
        expired: false,
        previous: undefined,
        powershell: [],
      });
      continue;
    }
    const state = states.get(record.id);
    if (state === undefined) continue;
    if (record.phase === 'expired') state.expired = true;
    else {
      const key: 'started' | 'reverted' =
        (record.step as StepName) === 'start' ? 'started' : 'reverted';
      if (key === 'started' && record.phase === 'intent' && state.started === 'no')
        state.previous = record.previous;
      state[key] = advance(state[key], record.phase);
    }
    if (record.powershell !== undefined)
      state.powershell = [...state.powershell, record.powershell];
  }
  return [...states.values()];
}

/** What `admin run` has to do for an order today (a Stockholm date). */
export type DueAction = 'start' | 'revert' | 'expire' | 'none';

/**
 * Start from the first day until the back-on day; revert from the back-on day on (catching up
 * missed runs); an order never started whose back-on day has come is only closed.
 * @example dueAction(state, '2026-07-06') // 'revert' when backOn is 2026-07-06 and it was started
 */
export function dueAction(state: OrderState, today: string): DueAction {
  if (state.reverted === 'done' || state.expired) return 'none';
  if (today >= state.order.backOn) return state.started === 'no' ? 'expire' : 'revert';
  if (today >= state.order.firstDay && state.started !== 'done') return 'start';
  return 'none';
}

/** The status word `admin orders` prints. */
export function statusOf(state: OrderState): string {
  if (state.expired) return 'expired';
  if (state.reverted === 'done') return 'reverted';
  if (state.reverted === 'intent') return 'reverting';
  if (state.started === 'done') return 'active';
  if (state.started === 'intent') return 'starting';
  return 'pending';
}
