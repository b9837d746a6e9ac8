// Mail for the watcher tests: header sets with and without a reply duty.
import { stockholmInstant } from '../../shared/index.ts';

export const KC = 'kontaktcenter@vaxjo.se';
/** Monday 11 May 2026, 09:00 Stockholm: Ascension is Thursday 14 May, Friday 15 May a klämdag. */
export const MONDAY = '2026-05-11T09:00:00+02:00';
export const TUESDAY = '2026-05-12T09:00:00+02:00';

/** A citizen's question (a duty) or a newsletter (none), received at `date` 10:00 Stockholm. */
export function mail(kind: 'question' | 'newsletter', n: number, date = '2026-05-11') {
  const at = stockholmInstant(date, 10 * 60 + n);
  const headers = [
    { name: 'From', value: `Invånare ${n} <invanare${n}@example.org>` },
    { name: 'To', value: KC },
    { name: 'Subject', value: `Fråga ${n}` },
    { name: 'Date', value: new Date(at).toUTCString() },
    ...(kind === 'newsletter'
      ? [
          { name: 'List-Id', value: '<nyheter.example.org>' },
          { name: 'Precedence', value: 'bulk' },
        ]
      : []),
  ];
  return { id: `${kind}${n}`, at, headers };
}
