import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intlStockholmWall } from '../fixtures/intlStockholmWall.ts';
import {
  parseInstant,
  stockholmDate,
  stockholmInstant,
  stockholmOffset,
  stockholmWallTime,
} from '../../shared/index.ts';

const HOUR = 3_600_000;

describe('Stockholm time without the machine zone', () => {
  it.each([
    [
      '2026-03-29T00:59:59Z',
      HOUR,
      'last second of CET before the change (01:00 UTC, last Sunday of March)',
    ],
    ['2026-03-29T01:00:00Z', 2 * HOUR, 'CEST from 01:00 UTC'],
    ['2026-10-25T00:59:59Z', 2 * HOUR, 'last second of CEST'],
    ['2026-10-25T01:00:00Z', HOUR, 'CET again from 01:00 UTC on the last Sunday of October'],
    ['2027-03-28T01:00:00Z', 2 * HOUR, '2027 change'],
    ['2099-10-25T00:00:00Z', 2 * HOUR, 'last Sunday of October 2099 is the 25th'],
  ])('%s has offset %i (%s)', (text, offset) => {
    const parsed = parseInstant(text);
    expect(parsed.ok && stockholmOffset(parsed.value)).toBe(offset);
  });

  it('agrees with Intl (the ICU zone database) on every hour of a year', () => {
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += HOUR + 60_000 * 7) {
      expect(stockholmWallTime(t)).toEqual(intlStockholmWall(t));
    }
  });

  it('round-trips wall time → instant → wall time (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2005, 0, 1), max: Date.UTC(2099, 11, 31) }), (t) => {
        const { date, minute } = stockholmWallTime(t);
        const back = stockholmInstant(date, minute);
        // Same minute, except in the repeated hour of October where either occurrence is right.
        expect(Math.abs(back - (t - (t % 60_000)))).toBeLessThanOrEqual(HOUR);
        expect(stockholmDate(back)).toBe(date);
      }),
    );
  });

  it('turns local wall time into the right instant', () => {
    expect(stockholmInstant('2026-04-07', 990)).toBe(Date.UTC(2026, 3, 7, 14, 30));
    expect(stockholmInstant('2026-12-07', 990)).toBe(Date.UTC(2026, 11, 7, 15, 30));
  });
});

describe('parseInstant', () => {
  it.each([
    ['2026-04-02T12:00:00+02:00', Date.UTC(2026, 3, 2, 10)],
    ['2026-04-02T12:00+0200', Date.UTC(2026, 3, 2, 10)],
    ['2026-04-02T10:00:00.250Z', Date.UTC(2026, 3, 2, 10, 0, 0, 250)],
    ['2026-04-02 10:00:00-03:30', Date.UTC(2026, 3, 2, 13, 30)],
  ])('%s', (text, expected) => {
    expect(parseInstant(text)).toEqual({ ok: true, value: expected });
  });

  it.each(['2026-04-02T12:00:00', '2026-02-30T10:00Z', 'tomorrow', '2026-04-02T25:00Z', ''])(
    'refuses %j with a coded error',
    (text) => {
      const parsed = parseInstant(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error.code).toBe('INSTANT_MALFORMED');
    },
  );
});

describe('parseInstant: the fast common shape agrees with the general reading', () => {
  // Date.parse is a third, independent reader of the same ISO texts.
  it('millisecond fractions are kept exactly (0.291 s is 291 ms)', () => {
    expect(parseInstant('2026-04-02T10:00:00.291Z')).toEqual({
      ok: true,
      value: Date.UTC(2026, 3, 2, 10, 0, 0, 291),
    });
    expect(parseInstant('2026-04-02 10:00:00.291Z')).toEqual({
      ok: true,
      value: Date.UTC(2026, 3, 2, 10, 0, 0, 291),
    });
  });

  it('any instant written as ISO with Z or an offset', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }),
        fc.integer({ min: -18 * 60, max: 18 * 60 }),
        fc.constantFrom('', '.5', '.123', '.1234567'),
        (t, offsetMinutes, fraction) => {
          const local = new Date(t + offsetMinutes * 60_000).toISOString().slice(0, 19);
          const sign = offsetMinutes < 0 ? '-' : '+';
          const abs = Math.abs(offsetMinutes);
          const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          for (const text of [`${local}${fraction}${zone}`, `${local}${fraction}Z`]) {
            const parsed = parseInstant(text);
            const spaced = parseInstant(text.replace('T', ' '));
            expect(parsed).toEqual({ ok: true, value: Date.parse(text) });
            expect(spaced).toEqual(parsed);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it.each([
    '2026-02-29T10:00:00Z',
    '2026-04-31T10:00:00Z',
    '2026-04-02T24:00:00Z',
    '2026-04-02T10:60:00Z',
    '2026-04-02T10:00:60Z',
    '2026-04-02T10:00:00+19:00',
    '2026-04-02T10:00:00.Z',
    '2026-04-02T10:00:00+02:00x',
    '2026-04-02T10:00:00',
  ])('refuses %s', (text) => {
    expect(parseInstant(text).ok).toBe(false);
  });
});
