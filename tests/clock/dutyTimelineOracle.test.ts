// The duty timeline against the day-by-day oracle (date-holidays + Intl): a message, perhaps a
// kvittens with a promised date, perhaps an answer, judged at some instant.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dutyTimeline, presetOrganisation } from '../../shared/index.ts';
import { intlStockholmWall } from '../fixtures/intlStockholmWall.ts';
import {
  instantOfWall,
  isOpen,
  oracleDeadline,
  oracleOfficeTime,
} from '../fixtures/dayByDayOracle.ts';

const DAY = 86_400_000;
const CLOSE = 16 * 60 + 30;
const WARNING = (16 * 60 + 30 - 8 * 60) * 60_000; // one office day

/** A working day at least `n` calendar days after the day of `t` whose closing is after `t`. */
function promisable(t: number, n: number): string {
  let day = intlStockholmWall(t + n * DAY).date;
  while (!isOpen(day) || instantOfWall(day, CLOSE) <= t) {
    day = new Date(Date.parse(`${day}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
  }
  return day;
}

/** The state as docs/rules.md §7 describes it, for one promise at most. */
function oracleState(
  n: number,
  received: number,
  kvittens: { at: number; promised: string } | undefined,
  answered: number | undefined,
  now: number,
): { state: string; due: number | null } {
  if (answered !== undefined && answered <= now) return { state: 'answered', due: null };
  const soon = (due: number) => oracleOfficeTime(now, due) <= WARNING;
  if (kvittens === undefined || kvittens.at > now) {
    const due = oracleDeadline(received, n);
    return { state: now >= due ? 'overdue' : soon(due) ? 'due-soon' : 'on-track', due };
  }
  const due = instantOfWall(kvittens.promised, CLOSE);
  return { state: now >= due ? 'promise-broken' : soon(due) ? 'due-soon' : 'promised', due };
}

describe('dutyTimeline agrees with the day-by-day oracle', () => {
  const presets = [
    { id: 'vaxholm', n: 2 },
    { id: 'vaxjo', n: 3 },
  ];
  const scenario = fc.record({
    preset: fc.constantFrom(...presets),
    received: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 10, 1) }),
    kvittens: fc.option(
      fc.tuple(fc.integer({ min: 0, max: 8 * DAY }), fc.integer({ min: 0, max: 20 })),
    ),
    answer: fc.option(fc.integer({ min: 0, max: 40 * DAY })),
    now: fc.integer({ min: 0, max: 45 * DAY }),
  });

  it('state and the due instant of the duty that sets it, 2025–2028', () => {
    fc.assert(
      fc.property(scenario, ({ preset: { id, n }, received, kvittens, answer, now }) => {
        const org = presetOrganisation(id);
        if (!org.ok) throw new Error(org.error.message);
        const ack =
          kvittens === null
            ? undefined
            : {
                at: received + kvittens[0],
                promised: promisable(received + kvittens[0], kvittens[1]),
              };
        const answeredAt = answer === null ? undefined : received + answer;
        const t = dutyTimeline(
          { receivedAt: received },
          {
            ...(ack !== undefined ? { acknowledged: ack } : {}),
            ...(answeredAt !== undefined ? { answeredAt } : {}),
          },
          org.value,
          received + now,
        );
        if (!t.ok) throw new Error(t.error.message);
        // An answer before the kvittens makes the kvittens moot.
        const kvittensCounts =
          ack !== undefined && (answeredAt === undefined || ack.at < answeredAt);
        const expected = oracleState(
          n,
          received,
          kvittensCounts ? ack : undefined,
          answeredAt,
          received + now,
        );
        expect(t.value.state).toBe(expected.state);
        expect(t.value.current?.due ?? null).toBe(expected.due);
      }),
      { numRuns: 1500 },
    );
  });
});
