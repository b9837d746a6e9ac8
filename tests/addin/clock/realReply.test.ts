import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownSendTimes } from '../../../addin/src/clock/dutyRecord.ts';
import { CLOCK_SKEW_MS, firstRealReply } from '../../../addin/src/clock/realReply.ts';

const R = Date.parse('2026-12-01T08:00:00Z');
const H = 3_600_000;
const sent = (...hours: number[]) => hours.map((h) => ({ sentAt: R + h * H, ours: false }));

describe('firstRealReply', () => {
  it.each([
    ['nothing sent', [], [], undefined],
    ['a plain reply', sent(2), [], R + 2 * H],
    ['sent before receipt', sent(-1), [], undefined],
    ['the kvittens alone', sent(1), [R + 1 * H - 60_000], undefined],
    ['kvittens then answer', sent(1, 30), [R + H - 60_000], R + 30 * H],
    ['kvittens, lägesbesked, answer', sent(1, 20, 40), [R + H, R + 20 * H], R + 40 * H],
    ['kvittens recorded, not yet sent', [], [R + H], undefined],
    ['device clock a little ahead', sent(1), [R + H + CLOCK_SKEW_MS - 1], undefined],
    ['a marked notice and an answer', [{ sentAt: R + H, ours: true }, ...sent(5)], [], R + 5 * H],
  ] as const)('%s', (_case, list, own, expected) => {
    expect(firstRealReply(list, R, own)).toBe(expected);
  });

  it('counts as answered exactly when there are more unmarked sends than recorded own sends', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 8 }),
        (sends, owns) => {
          // Each own send is recorded before its message is sent: pair them up.
          const own = owns.map((h) => R + h * H);
          const list = [
            ...own.map((t) => ({ sentAt: t + 60_000, ours: false })),
            ...sent(...sends),
          ];
          const answer = firstRealReply(list, R, own);
          expect(answer === undefined).toBe(sends.length === 0);
        },
      ),
    );
  });
});

describe('ownSendTimes', () => {
  it('joins the in-thread kvittens times and the forward, in order', () => {
    expect(ownSendTimes({ inThread: [5, 1], forwarded: { at: 3, to: 'kc@vaxjo.se' } })).toEqual([
      1, 3, 5,
    ]);
    expect(ownSendTimes(undefined)).toEqual([]);
  });
});
