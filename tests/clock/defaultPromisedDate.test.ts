import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkPromisedDate,
  defaultPromisedDate,
  parseInstant,
  parseOrgConfig,
  presetOrganisation,
  stockholmInstant,
} from '../../shared/index.ts';
import type { Organisation } from '../../shared/index.ts';

const at = (text: string): number => {
  const parsed = parseInstant(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
};
const unwrap = (result: ReturnType<typeof parseOrgConfig>): Organisation => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const vaxholm = unwrap(presetOrganisation('vaxholm'));
const tenDays = unwrap(
  parseOrgConfig({
    name: 'Vaxholms stad',
    policy: 'vaxholm',
    domains: ['vaxholm.se'],
    expectedAnswerWithin: 10,
  }),
);
const received = at('2026-04-02T12:00:00+02:00');

describe('defaultPromisedDate', () => {
  it.each([
    ['the rule (2 working days over Easter)', vaxholm, '2026-04-02T13:00:00+02:00', '2026-04-08'],
    ['expectedAnswerWithin 10 working days', tenDays, '2026-04-02T13:00:00+02:00', '2026-04-20'],
    [
      'overdue: counted from today, not the past',
      vaxholm,
      '2026-04-20T10:00:00+02:00',
      '2026-04-22',
    ],
    [
      'overdue after closing: from the next working day',
      vaxholm,
      '2026-04-08T16:30:00+02:00',
      '2026-04-13',
    ],
    ['10 days, overdue', tenDays, '2026-04-21T09:00:00+02:00', '2026-05-06'],
  ])('%s', (_, org, now, expected) => {
    expect(defaultPromisedDate(received, org, at(now))).toBe(expected);
  });

  it('is always a working day that a kvittens sent now may promise', () => {
    const orgs = [vaxholm, tenDays, unwrap(presetOrganisation('ale'))];
    const instant = fc.integer({ min: Date.UTC(2006, 0, 1), max: Date.UTC(2098, 11, 1) });
    fc.assert(
      fc.property(
        fc.constantFrom(...orgs),
        instant,
        fc.integer({ min: 0, max: 60 * 86_400_000 }),
        (org, t, wait) => {
          const date = defaultPromisedDate(t, org, t + wait);
          expect(org.calendar.isWorkingDay(date)).toBe(true);
          expect(stockholmInstant(date, org.officeHours.close)).toBeGreaterThan(t + wait);
          expect(checkPromisedDate(date, t + wait, org.calendar).ok).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
