import { describe, expect, it } from 'vitest';
import { parseRfc5322Date } from '../../shared/triage/parseRfc5322Date.ts';

describe('parseRfc5322Date', () => {
  it.each([
    ['numeric offset, winter', 'Fri, 18 Dec 2026 17:05:00 +0100', '2026-12-18T16:05:00Z'],
    ['numeric offset, summer', 'Thu, 2 Jul 2026 08:00:00 +0200', '2026-07-02T06:00:00Z'],
    ['negative offset with minutes', 'Mon, 21 Dec 2026 02:03:26 -0830', '2026-12-21T10:33:26Z'],
    ['no day of week', '22 Dec 2026 08:30:12 +0100', '2026-12-22T07:30:12Z'],
    ['no seconds', 'Tue, 22 Dec 2026 08:30 +0100', '2026-12-22T07:30:00Z'],
    ['GMT', 'Tue, 22 Dec 2026 07:30:00 GMT', '2026-12-22T07:30:00Z'],
    ['UT', 'Tue, 22 Dec 2026 07:30:00 UT', '2026-12-22T07:30:00Z'],
    ['EST', 'Tue, 22 Dec 2026 02:30:00 EST', '2026-12-22T07:30:00Z'],
    ['PDT', 'Thu, 2 Jul 2026 01:00:00 PDT', '2026-07-02T08:00:00Z'],
    ['CEST', 'Thu, 2 Jul 2026 10:00:00 CEST', '2026-07-02T08:00:00Z'],
    ['military zone counts as UTC', 'Tue, 22 Dec 2026 07:30:00 A', '2026-12-22T07:30:00Z'],
    ['trailing comment', 'Mon, 21 Dec 2026 10:02:19 +0100 (CET)', '2026-12-21T09:02:19Z'],
    [
      'folding whitespace and lower case',
      '  mon,\r\n 21 dec 2026\t10:02:19   +0100 ',
      '2026-12-21T09:02:19Z',
    ],
    ['two-digit year before 50', 'Tue, 22 Dec 26 08:30:00 +0100', '2026-12-22T07:30:00Z'],
    ['two-digit year from 50', 'Wed, 22 Dec 99 08:30:00 +0000', '1999-12-22T08:30:00Z'],
    ['three-digit year', 'Tue, 22 Dec 126 08:30:00 +0000', '2026-12-22T08:30:00Z'],
    ['full month name', 'Tuesday, 22 December 2026 08:30:00 +0100', '2026-12-22T07:30:00Z'],
    ['leap day', 'Tue, 29 Feb 2028 12:00:00 +0000', '2028-02-29T12:00:00Z'],
    ['year boundary through the offset', 'Fri, 1 Jan 2027 00:30:00 +0100', '2026-12-31T23:30:00Z'],
  ])('%s: %s', (_case, input, iso) => {
    expect(parseRfc5322Date(input)).toBe(Date.parse(iso));
  });

  it.each([
    ['empty', ''],
    ['no zone', 'Tue, 22 Dec 2026 08:30:00'],
    ['unknown zone', 'Tue, 22 Dec 2026 08:30:00 XYZ'],
    ['unknown month', 'Tue, 22 Dez 2026 08:30:00 +0100'],
    ['day past month end', 'Thu, 31 Apr 2026 08:30:00 +0100'],
    ['29 Feb in a common year', 'Sun, 29 Feb 2026 08:30:00 +0100'],
    ['hour 24', 'Tue, 22 Dec 2026 24:00:00 +0100'],
    ['minute 60', 'Tue, 22 Dec 2026 08:60:00 +0100'],
    ['offset minutes 60', 'Tue, 22 Dec 2026 08:30:00 +0160'],
    ['ISO 8601 is not RFC 5322', '2026-12-22T08:30:00+01:00'],
    ['trailing garbage', 'Tue, 22 Dec 2026 08:30:00 +0100 extra'],
  ])('refuses %s', (_case, input) => {
    expect(parseRfc5322Date(input)).toBeUndefined();
  });

  it('does not depend on the machine time zone (pure arithmetic)', () => {
    expect(parseRfc5322Date('Sun, 29 Mar 2026 02:30:00 +0100')).toBe(Date.UTC(2026, 2, 29, 1, 30));
  });
});
