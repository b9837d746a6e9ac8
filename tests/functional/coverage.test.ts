import { describe, expect, it } from 'vitest';
import { coverageWarnings, createWorkCalendar, dailyDigest } from '../../shared/index.ts';
import type { WatchedDuty } from '../../shared/index.ts';

const cal = createWorkCalendar();
const KC = 'kontaktcenter@vaxjo.se';
const due = (dueDate: string, n: number, mailbox = KC): WatchedDuty[] =>
  Array.from({ length: n }, () => ({ mailbox, dueDate }));

describe('coverageWarnings', () => {
  it('warns before the klämdag after Ascension 2026 with what falls due on it', () => {
    const duties = [
      ...due('2026-05-15', 14),
      ...due('2026-05-13', 3),
      ...due('2026-05-15', 2, 'bygglov@vaxjo.se'),
    ];
    const warnings = coverageWarnings(duties, KC, ['anna.lind@vaxjo.se'], '2026-05-11', 7, cal);
    expect(warnings.map((w) => [w.kind, w.first, w.resume, w.dueCount])).toEqual([
      ['klämdag', '2026-05-15', '2026-05-18', 14],
    ]);
    expect(warnings[0]?.text).toBe(
      'Fredag 15 maj är en klämdag: 14 ärenden i kontaktcenter@ förfaller före måndag. Bevakas av anna.lind@vaxjo.se.',
    );
  });

  it.each([
    // [today, horizon, expected [kind, first, last, resume]]
    ['2026-03-30', 7, [['holiday-period', '2026-04-03', '2026-04-06', '2026-04-07']]],
    ['2026-12-20', 7, [['holiday-period', '2026-12-24', '2026-12-27', '2026-12-28']]],
    ['2026-06-15', 7, [['holiday-period', '2026-06-19', '2026-06-21', '2026-06-22']]],
    ['2026-09-07', 14, []],
  ] as const)('from %s over %i days: %j', (today, horizon, expected) => {
    const warnings = coverageWarnings([], KC, [], today, horizon, cal);
    expect(warnings.map((w) => [w.kind, w.first, w.last, w.resume])).toEqual(expected);
  });

  it('counts the Easter duties from the last working day before to the first after', () => {
    const duties = [...due('2026-04-02', 4), ...due('2026-04-07', 2), ...due('2026-04-08', 9)];
    const [w] = coverageWarnings(duties, KC, [], '2026-03-30', 7, cal);
    expect(w?.dueCount).toBe(6);
    expect(w?.text).toBe(
      'Fredag 3 april–måndag 6 april är stängt: 6 ärenden i kontaktcenter@ förfaller torsdag 2 april–tisdag 7 april. Ingen bevakare är angiven.',
    );
  });

  it('refuses a horizon outside 1–60 days', () => {
    expect(() => coverageWarnings([], KC, [], '2026-05-11', 0, cal)).toThrow(RangeError);
  });
});

describe('dailyDigest', () => {
  it.each([
    // [today, overdue, dueToday, acrossClosed, closedUntil]
    ['2026-05-13', 3, 1, 14, '2026-05-15'], // Ascension Thursday is closed
    ['2026-05-18', 18, 5, 0, undefined],
    ['2026-05-15', 4, 14, 5, '2026-05-18'],
    ['2026-04-02', 3, 0, 8, '2026-04-07'],
  ] as const)('on %s', (today, overdue, dueToday, across, closedUntil) => {
    const duties = [
      ...due('2026-04-02', 0),
      ...due('2026-04-01', 3),
      ...due('2026-04-07', 8),
      ...due('2026-05-13', 1),
      ...due('2026-05-15', 14),
      ...due('2026-05-18', 5),
      ...due('2026-05-15', 7, 'bygglov@vaxjo.se'),
    ].filter((d) =>
      today < '2026-05-01'
        ? d.dueDate < '2026-05-01'
        : d.dueDate > '2026-05-01' || d.dueDate < '2026-04-02',
    );
    const digest = dailyDigest(KC, duties, today, cal);
    expect([digest.overdue, digest.dueToday, digest.dueAcrossClosed, digest.closedUntil]).toEqual([
      overdue,
      dueToday,
      across,
      closedUntil,
    ]);
    expect(digest.subject).toBe(
      `Svarsplikt kontaktcenter@: ${overdue} försenade, ${dueToday} förfaller i dag`,
    );
    expect(digest.text).toContain(`Försenade: ${overdue}\nFörfaller i dag: ${dueToday}`);
  });
});
