import { describe, expect, it } from 'vitest';
import { functionalCounts } from '../../../addin/src/functional/functionalCounts.ts';
import type { ReplyClock } from '../../../shared/index.ts';

// Tuesday 22 December 2026, 10:15 in Stockholm.
const NOW = Date.parse('2026-12-22T09:15:00Z');

function item(dueIso: string | null, opts: { answered?: boolean; handler?: string } = {}) {
  const due = dueIso === null ? null : Date.parse(dueIso);
  const clock = {
    state: opts.answered ? 'answered' : due !== null && NOW >= due ? 'overdue' : 'on-track',
    deadline: due === null ? null : { due },
  } as unknown as ReplyClock;
  return { answered: opts.answered ?? false, handler: opts.handler ?? null, clock };
}

describe('functionalCounts', () => {
  it.each([
    ['overdue yesterday', item('2026-12-21T15:00:00Z'), { overdue: 1 }],
    ['overdue earlier today', item('2026-12-22T07:00:00Z'), { overdue: 1 }],
    ['due later today', item('2026-12-22T15:00:00Z'), { dueToday: 1 }],
    // 23:30 UTC is already 23 December in Stockholm.
    ['due at 00:30 Stockholm tomorrow', item('2026-12-22T23:30:00Z'), { later: 1 }],
    [
      'due today, taken',
      item('2026-12-22T15:00:00Z', { handler: 'Bo Ek' }),
      { dueToday: 1, taken: 1 },
    ],
    [
      'answered (not counted)',
      item('2026-12-21T15:00:00Z', { answered: true, handler: 'Bo Ek' }),
      {},
    ],
    ['no duty (not counted)', item(null), {}],
  ])('%s', (_case, one, expected) => {
    expect(functionalCounts([one], NOW)).toEqual({
      overdue: 0,
      dueToday: 0,
      later: 0,
      taken: 0,
      ...expected,
    });
  });
});
