import { describe, expect, it } from 'vitest';
import {
  graphDateTime,
  graphMidnight,
  instantOfGraphDateTime,
  sameDateTime,
} from '../../../addin/src/host/graph/graphDateTime.ts';

const WET = 'W. Europe Standard Time';

describe('graphDateTime', () => {
  it.each([
    ['winter (CET)', '2026-12-29T15:30:00Z', '2026-12-29T16:30:00'],
    ['summer (CEST)', '2026-06-10T14:30:00Z', '2026-06-10T16:30:00'],
    ['the day before the spring change', '2026-03-28T23:00:00Z', '2026-03-29T00:00:00'],
    ['seconds are kept', '2026-12-21T16:05:30Z', '2026-12-21T17:05:30'],
  ])('writes Stockholm wall time in %s', (_case, iso, wall) => {
    expect(graphDateTime(Date.parse(iso))).toEqual({ dateTime: wall, timeZone: WET });
    expect(instantOfGraphDateTime(graphDateTime(Date.parse(iso)))).toBe(Date.parse(iso));
  });

  it('renders UTC as Graph reads it back, with seven fractional digits', () => {
    expect(graphDateTime(Date.parse('2026-12-22T23:00:00Z'), 'UTC')).toEqual({
      dateTime: '2026-12-22T23:00:00.0000000',
      timeZone: 'UTC',
    });
  });
});

describe('instantOfGraphDateTime', () => {
  it.each([
    ['UTC with fraction', '2027-01-10T23:00:00.0000000', 'UTC', '2027-01-10T23:00:00Z'],
    ['Etc/UTC without seconds', '2027-01-10T23:00', 'Etc/UTC', '2027-01-10T23:00:00Z'],
    ['Stockholm winter', '2026-12-23T00:00:00', WET, '2026-12-22T23:00:00Z'],
    [
      'Stockholm summer (IANA name)',
      '2027-06-29T00:00:00',
      'Europe/Stockholm',
      '2027-06-28T22:00:00Z',
    ],
  ])('reads %s', (_case, dateTime, timeZone, iso) => {
    expect(instantOfGraphDateTime({ dateTime, timeZone })).toBe(Date.parse(iso));
  });

  it.each([
    ['garbage', 'garbage', 'UTC'],
    ['31 February in UTC', '2027-02-31T00:00:00', 'UTC'],
    ['30 February in Stockholm', '2027-02-30T00:00:00', WET],
    ['hour 24', '2027-01-10T24:00:00', WET],
    ['another zone', '2027-01-10T10:00:00', 'Pacific Standard Time'],
  ])('gives undefined, never throws, for %s', (_case, dateTime, timeZone) => {
    expect(instantOfGraphDateTime({ dateTime, timeZone })).toBeUndefined();
  });

  it('reads local midnight of a Stockholm date', () => {
    expect(instantOfGraphDateTime(graphMidnight('2027-01-11'))).toBe(
      Date.parse('2027-01-10T23:00:00Z'),
    );
  });
});

describe('sameDateTime', () => {
  it('compares the moment across zones', () => {
    expect(
      sameDateTime(graphMidnight('2026-12-23'), {
        dateTime: '2026-12-22T23:00:00.0000000',
        timeZone: 'UTC',
      }),
    ).toBe(true);
    expect(sameDateTime(graphMidnight('2026-12-23'), graphMidnight('2026-12-24'))).toBe(false);
    expect(sameDateTime(null, null)).toBe(true);
    expect(sameDateTime(null, graphMidnight('2026-12-23'))).toBe(false);
  });
});
