import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../shared/i18n/formatDateTime.ts';

// Stockholm is UTC+1 in winter, UTC+2 from 01:00 UTC on the last Sunday of March to 01:00 UTC on
// the last Sunday of October.
const VECTORS: readonly (readonly [string, number, string, string])[] = [
  [
    'summer afternoon, UTC+2',
    Date.UTC(2026, 3, 7, 14, 30),
    'tisdag 7 april 2026 kl. 16:30',
    'Tuesday 7 April 2026, 16:30',
  ],
  [
    'winter morning, UTC+1, padded',
    Date.UTC(2026, 0, 13, 7, 5),
    'tisdag 13 januari 2026 kl. 08:05',
    'Tuesday 13 January 2026, 08:05',
  ],
  [
    'New Year in Stockholm while still 31 Dec in UTC',
    Date.UTC(2026, 11, 31, 23, 30),
    'fredag 1 januari 2027 kl. 00:30',
    'Friday 1 January 2027, 00:30',
  ],
  [
    'a minute before summer time starts',
    Date.UTC(2026, 2, 29, 0, 59),
    'söndag 29 mars 2026 kl. 01:59',
    'Sunday 29 March 2026, 01:59',
  ],
  [
    'the moment summer time starts',
    Date.UTC(2026, 2, 29, 1, 0),
    'söndag 29 mars 2026 kl. 03:00',
    'Sunday 29 March 2026, 03:00',
  ],
  [
    'the moment summer time ends',
    Date.UTC(2026, 9, 25, 1, 0),
    'söndag 25 oktober 2026 kl. 02:00',
    'Sunday 25 October 2026, 02:00',
  ],
  [
    'midnight',
    Date.UTC(2026, 5, 18, 22, 0),
    'fredag 19 juni 2026 kl. 00:00',
    'Friday 19 June 2026, 00:00',
  ],
];

describe('formatDateTime', () => {
  it.each(VECTORS)('%s', (_case, instant, sv, en) => {
    expect(formatDateTime(instant, 'sv')).toBe(sv);
    expect(formatDateTime(instant, 'en')).toBe(en);
  });
});
