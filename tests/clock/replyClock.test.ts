import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  explainClock,
  formatWorkingTimeLeft,
  parseInstant,
  parseOrgConfig,
  presetOrganisation,
  replyClock,
  replyDeadline,
  stockholmWallTime,
} from '../../shared/index.ts';
import type { Organisation } from '../../shared/index.ts';

const at = (text: string): number => {
  const parsed = parseInstant(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
};
const org = (id: string): Organisation => {
  const result = presetOrganisation(id);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const HOUR = 3_600_000;
const vaxholm = org('vaxholm');
const received = at('2026-04-07T10:00:00+02:00'); // Tue → due Thu 9 April 16:30

describe('replyClock states', () => {
  it.each([
    ['2026-04-07T11:00:00+02:00', 'on-track', 'two office days left'],
    ['2026-04-08T16:30:00+02:00', 'due-soon', 'exactly one office day left (the threshold)'],
    ['2026-04-09T16:29:00+02:00', 'due-soon', 'one minute left'],
    ['2026-04-09T16:30:00+02:00', 'overdue', 'now ≥ due'],
  ])('at %s the state is %s (%s)', (now, state) => {
    expect(
      replyClock({ receivedAt: received, receivedAtSource: 'server' }, vaxholm, at(now)).state,
    ).toBe(state);
  });

  it('answered when a reply came after receipt, also past due', () => {
    const facts = {
      receivedAt: received,
      receivedAtSource: 'server' as const,
      answeredAt: at('2026-04-07T12:00:00+02:00'),
    };
    expect(replyClock(facts, vaxholm, at('2026-04-20T12:00:00+02:00')).state).toBe('answered');
  });

  it('a reply from before receipt does not count', () => {
    const facts = {
      receivedAt: received,
      receivedAtSource: 'server' as const,
      answeredAt: received - HOUR,
    };
    expect(replyClock(facts, vaxholm, at('2026-04-07T11:00:00+02:00')).state).toBe('on-track');
  });

  it('not-required when triage found no duty; explanation gives the reasons', () => {
    const triage = {
      duty: false,
      reasons: [
        {
          code: 'AUTO_SUBMITTED' as const,
          evidence: 'Auto-Submitted: auto-replied',
          message: { sv: 'Automatiskt svar.', en: 'Automatic reply.' },
        },
      ],
    };
    const clock = replyClock(
      { receivedAt: received, receivedAtSource: 'server', triage },
      vaxholm,
      received,
    );
    expect(clock).toMatchObject({ state: 'not-required', deadline: null, workingMsLeft: 0 });
    expect(explainClock(clock, vaxholm, 'sv')).toEqual(['Ingen svarsplikt:', 'Automatiskt svar.']);
  });

  it('working and calendar time left', () => {
    const clock = replyClock(
      { receivedAt: received, receivedAtSource: 'server' },
      vaxholm,
      at('2026-04-08T12:00:00+02:00'),
    );
    // Wed 12:00–16:30 (4.5 h) + Thu 08:00–16:30 (8.5 h)
    expect(clock.workingMsLeft).toBe(13 * HOUR);
    expect(clock.calendarMsLeft).toBe(28.5 * HOUR);
    expect(formatWorkingTimeLeft(clock.workingMsLeft, vaxholm.officeHours, 'sv')).toBe(
      '1 arbetsdag 4 tim 30 min',
    );
    expect(formatWorkingTimeLeft(clock.workingMsLeft, vaxholm.officeHours, 'en')).toBe(
      '1 working day 4 h 30 min',
    );
  });

  it('working time left over Easter counts only office hours of working days', () => {
    const clock = replyClock(
      { receivedAt: at('2026-04-02T12:00:00+02:00'), receivedAtSource: 'server' },
      vaxholm,
      at('2026-04-02T18:00:00+02:00'),
    );
    expect(clock.workingMsLeft).toBe(17 * HOUR); // Tue 7 + Wed 8 April
  });

  it("Ale's softer target is a second instant", () => {
    const clock = replyClock(
      { receivedAt: received, receivedAtSource: 'server' },
      org('ale'),
      received,
    );
    expect(clock.target?.dueDate).toBe('2026-04-08');
    expect(clock.deadline?.dueDate).toBe('2026-04-10');
  });

  it('"not ours" runs the forward-within clock (Vaxholm: 2 working days)', () => {
    const clock = replyClock(
      { receivedAt: received, receivedAtSource: 'server', notOurs: true },
      vaxholm,
      received,
    );
    expect(clock.kind).toBe('forward');
    expect(clock.deadline?.rule).toBe(vaxholm.policy.forwardWithin);
    expect(explainClock(clock, vaxholm, 'sv').at(-1)).toBe(
      'Vidarebefordra senast torsdag 9 april 2026 kl. 16:30.',
    );
  });

  it('explains rule, source, fallback receipt time and skipped days by name', () => {
    const clock = replyClock(
      { receivedAt: at('2026-04-02T17:00:00+02:00'), receivedAtSource: 'date-header' },
      vaxholm,
      received,
    );
    const lines = explainClock(clock, vaxholm, 'sv');
    expect(lines[0]).toContain(
      '(Riktlinje för service i Vaxholms stad, antagen av kommunstyrelsen i Vaxholms stad 2021-10-28 § 167, avsnittet ”Svarstider”).',
    );
    expect(lines[1]).toContain('reserv');
    expect(lines).toContain('Kom efter stängning (16:30) – räkningen börjar tisdag 7 april 2026.');
    expect(lines.join(' ')).toContain('annandag påsk (måndag 6 april 2026), veckoslut (1 dag).');
    expect(explainClock(clock, vaxholm, 'en').join(' ')).toContain(
      'Easter Monday (Monday 6 April 2026)',
    );
  });
});

describe('reply deadline properties', () => {
  const policies = ['vaxjo', 'vaxholm', 'ale', 'vimmerby'].map(org);
  const instant = fc.integer({ min: Date.UTC(2005, 0, 1), max: Date.UTC(2099, 11, 20) });
  const anOrg = fc.constantFrom(...policies);

  it('due is always closing time on a working day', () => {
    fc.assert(
      fc.property(instant, anOrg, (t, o) => {
        const d = replyDeadline(t, o.policy.reply, o.calendar);
        expect(o.calendar.isWorkingDay(d.dueDate)).toBe(true);
        expect(stockholmWallTime(d.due)).toEqual({ date: d.dueDate, minute: o.officeHours.close });
      }),
      { numRuns: 2000 },
    );
  });

  it('is monotone in the time of receipt (close pairs, where it could break)', () => {
    const delta = fc.integer({ min: 0, max: 4 * 86_400_000 });
    fc.assert(
      fc.property(instant, delta, anOrg, (t, d, o) => {
        expect(replyDeadline(t, o.policy.reply, o.calendar).due).toBeLessThanOrEqual(
          replyDeadline(t + d, o.policy.reply, o.calendar).due,
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('lies exactly N working days after day 0, and day 0 is a working day not before receipt', () => {
    fc.assert(
      fc.property(instant, anOrg, (t, o) => {
        const d = replyDeadline(t, o.policy.reply, o.calendar);
        expect(o.calendar.isWorkingDay(d.day0)).toBe(true);
        expect(d.day0 >= stockholmWallTime(t).date).toBe(true);
        expect(o.calendar.workingDaysBetween(d.day0, d.dueDate)).toBe(
          o.policy.reply.workingDays + 1,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('custom numbers from a configuration are used', () => {
    const custom = parseOrgConfig({
      name: 'Testkommun',
      policy: { replyWithin: 5 },
      domains: ['test.se'],
    });
    expect(custom.ok).toBe(true);
    if (custom.ok) {
      expect(
        replyClock({ receivedAt: received, receivedAtSource: 'server' }, custom.value, received)
          .deadline?.dueDate,
      ).toBe('2026-04-14');
    }
  });
});

describe('"not ours" under a policy without a forward rule', () => {
  it('says the reply duty applies', () => {
    const vaxjo = org('vaxjo');
    const clock = replyClock(
      { receivedAt: received, receivedAtSource: 'server', notOurs: true },
      vaxjo,
      received,
    );
    expect(clock.kind).toBe('forward');
    expect(clock.deadline?.rule).toBe(vaxjo.policy.reply);
    expect(explainClock(clock, vaxjo, 'sv')[0]).toBe(
      'Riktlinjen har ingen egen tidsgräns för att skicka vidare – svarsfristen gäller.',
    );
  });
});
