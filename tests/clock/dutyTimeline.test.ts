import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkPromisedDate,
  DUTY_STATE_WORDS,
  dutyTimeline,
  parseInstant,
  presetOrganisation,
  promisedLine,
  replyClock,
  stockholmDate,
  stockholmInstant,
  stockholmWallTime,
} from '../../shared/index.ts';
import type { DutyEvents, DutyFacts, DutyTimeline, Organisation } from '../../shared/index.ts';

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
const vaxholm = org('vaxholm');
// Thursday before Easter, 12:00 → the rule's deadline is Wednesday 8 April 16:30 (2 working days).
const received = at('2026-04-02T12:00:00+02:00');
const facts: DutyFacts = { receivedAt: received };
const kvittens = { at: at('2026-04-02T13:00:00+02:00'), promised: '2026-04-15' };

function timeline(events: DutyEvents, now: string, f: DutyFacts = facts): DutyTimeline {
  const result = dutyTimeline(f, events, vaxholm, at(now));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
const summary = (t: DutyTimeline) =>
  t.duties.map((d) => [d.kind, d.dueDate, d.met, d.late] as const);

describe('dutyTimeline: the README cases', () => {
  it('open: only the acknowledge duty, due at the rule deadline', () => {
    const t = timeline({}, '2026-04-07T10:00:00+02:00');
    expect(t.state).toBe('on-track');
    expect(summary(t)).toEqual([['acknowledge', '2026-04-08', false, false]]);
    expect(t.current?.due).toBe(at('2026-04-08T16:30:00+02:00'));
  });

  it('open and past the deadline: overdue', () => {
    expect(timeline({}, '2026-04-08T16:30:00+02:00').state).toBe('overdue');
  });

  it('promised: the kvittens meets acknowledge, the answer is due at closing on the promised date', () => {
    const t = timeline({ acknowledged: kvittens }, '2026-04-09T10:00:00+02:00');
    expect(t.state).toBe('promised');
    expect(t.promised).toBe('2026-04-15');
    expect(summary(t)).toEqual([
      ['acknowledge', '2026-04-08', true, false],
      ['answer', '2026-04-15', false, false],
    ]);
    expect(t.duties[0]?.metAt).toBe(kvittens.at);
    expect(t.current?.kind).toBe('answer');
    expect(t.current?.due).toBe(at('2026-04-15T16:30:00+02:00'));
  });

  it('a promise due within a day is due-soon', () => {
    expect(timeline({ acknowledged: kvittens }, '2026-04-15T09:00:00+02:00').state).toBe(
      'due-soon',
    );
  });

  it('broken promise: a status-update duty falls due with the promise', () => {
    const t = timeline({ acknowledged: kvittens }, '2026-04-16T09:00:00+02:00');
    expect(t.state).toBe('promise-broken');
    expect(t.current?.kind).toBe('status-update');
    expect(t.brokenPromises).toBe(1);
    expect(summary(t)).toEqual([
      ['acknowledge', '2026-04-08', true, false],
      ['status-update', '2026-04-15', false, true],
      ['answer', '2026-04-15', false, true],
    ]);
  });

  it('a status update with a new date meets it (late) and re-arms the answer', () => {
    const update = { at: at('2026-04-16T10:00:00+02:00'), promised: '2026-04-22' };
    const t = timeline(
      { acknowledged: kvittens, statusUpdates: [update] },
      '2026-04-16T11:00:00+02:00',
    );
    expect(t.state).toBe('promised');
    expect(t.promised).toBe('2026-04-22');
    expect(summary(t)).toEqual([
      ['acknowledge', '2026-04-08', true, false],
      ['status-update', '2026-04-15', true, true],
      ['answer', '2026-04-22', false, false],
    ]);
    expect(t.brokenPromises).toBe(1);
  });

  it('a status update before the promise falls due keeps the promise: nothing broken', () => {
    const update = { at: at('2026-04-14T10:00:00+02:00'), promised: '2026-04-22' };
    const t = timeline(
      { acknowledged: kvittens, statusUpdates: [update] },
      '2026-04-17T11:00:00+02:00',
    );
    expect(t.brokenPromises).toBe(0);
    expect(t.duties.map((d) => d.kind)).toEqual(['acknowledge', 'answer']);
  });

  it('answered: every duty met', () => {
    const t = timeline(
      { acknowledged: kvittens, answeredAt: at('2026-04-15T16:30:00+02:00') },
      '2026-04-20T09:00:00+02:00',
    );
    expect(t.state).toBe('answered');
    expect(t.current).toBeNull();
    expect(summary(t)).toEqual([
      ['acknowledge', '2026-04-08', true, false],
      ['answer', '2026-04-15', true, false],
    ]);
  });

  it('an answer without kvittens meets acknowledge; no answer duty without a promise', () => {
    const t = timeline(
      { answeredAt: at('2026-04-09T09:00:00+02:00') },
      '2026-04-10T09:00:00+02:00',
    );
    expect(t.state).toBe('answered');
    expect(summary(t)).toEqual([['acknowledge', '2026-04-08', true, true]]);
  });

  it('a promise on a closed day is refused with a coded error naming the day', () => {
    const result = dutyTimeline(
      facts,
      { acknowledged: { at: kvittens.at, promised: '2026-04-06' } },
      vaxholm,
      at('2026-04-07T09:00:00+02:00'),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'PROMISE_CLOSED_DAY', field: 'acknowledged.promised' },
    });
    if (!result.ok) expect(result.error.message).toContain('Easter Monday');
  });
});

describe('dutyTimeline: other cases', () => {
  it.each([
    [{ acknowledged: { at: kvittens.at, promised: '2026-04-01' } }, 'PROMISE_BEFORE_MADE'],
    [{ acknowledged: { at: kvittens.at, promised: '2026-4-15' } }, 'PROMISE_MALFORMED'],
    [{ acknowledged: { at: kvittens.at, promised: '2200-04-15' } }, 'PROMISE_OUT_OF_RANGE'],
    [
      { statusUpdates: [kvittens, { at: kvittens.at, promised: '2026-04-18' }] },
      'PROMISE_CLOSED_DAY',
    ],
    [{ answeredAt: received - 1 }, 'DUTY_EVENT_BEFORE_RECEIPT'],
    [
      { acknowledged: { at: received - 60_000, promised: '2026-04-15' } },
      'DUTY_EVENT_BEFORE_RECEIPT',
    ],
  ] as [DutyEvents, string][])('refuses %j with %s', (events, code) => {
    const result = dutyTimeline(facts, events, vaxholm, at('2026-04-09T09:00:00+02:00'));
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it('names the status update at fault', () => {
    const result = dutyTimeline(
      facts,
      { acknowledged: kvittens, statusUpdates: [{ at: kvittens.at, promised: '2026-04-18' }] },
      vaxholm,
      at('2026-04-09T09:00:00+02:00'),
    );
    expect(!result.ok && result.error.field).toBe('statusUpdates[0].promised');
  });

  it('events after now have not happened yet', () => {
    const t = timeline(
      { acknowledged: kvittens, answeredAt: at('2026-04-10T09:00:00+02:00') },
      '2026-04-02T12:30:00+02:00',
    );
    expect(t.state).toBe('on-track');
    expect(summary(t)).toEqual([['acknowledge', '2026-04-08', false, false]]);
  });

  it('not ours: the forward duty under the forward rule, met by forwarding', () => {
    const open = timeline({}, '2026-04-07T10:00:00+02:00', { ...facts, notOurs: true });
    expect(open.state).toBe('on-track');
    expect(summary(open)).toEqual([['forward', '2026-04-08', false, false]]);
    const done = timeline(
      { forwarded: { at: at('2026-04-07T11:00:00+02:00'), to: 'bygglov@vaxholm.se' } },
      '2026-04-07T12:00:00+02:00',
    );
    expect(done.state).toBe('forwarded');
    expect(summary(done)).toEqual([['forward', '2026-04-08', true, false]]);
  });

  it('automatic mail carries no duty', () => {
    const t = timeline({}, '2026-04-20T10:00:00+02:00', {
      ...facts,
      triage: { duty: false, reasons: [] } as unknown as DutyFacts['triage'] & object,
    });
    expect(t).toMatchObject({ state: 'not-required', duties: [], current: null });
  });

  it('has a Swedish and English word for every state', () => {
    for (const words of Object.values(DUTY_STATE_WORDS)) {
      expect(words.sv).not.toBe('');
      expect(words.en).not.toBe('');
    }
    expect(DUTY_STATE_WORDS.promised.sv).toBe('Svar utlovat');
  });

  it('writes the promise line in Swedish and English', () => {
    expect(promisedLine('2026-04-15', 'sv')).toBe('Svar utlovat senast onsdag 15 april 2026');
    expect(promisedLine('2026-04-15', 'en')).toBe('Answer promised by Wednesday 15 April 2026');
  });
});

describe('dutyTimeline properties', () => {
  const policies = ['vaxjo', 'vaxholm', 'ale', 'vimmerby'].map(org);
  const anOrg = fc.constantFrom(...policies);
  const DAY = 86_400_000;
  const instant = fc.integer({ min: Date.UTC(2006, 0, 1), max: Date.UTC(2098, 11, 1) });
  const offset = fc.integer({ min: 0, max: 40 * DAY });
  /** The n-th working day after the day of `t` whose closing time is still to come. */
  const promiseOf = (o: Organisation, t: number, n: number) => {
    const { date, minute } = stockholmWallTime(t);
    return o.calendar.addWorkingDays(
      minute < o.officeHours.close ? date : o.calendar.nextWorkingDay(date),
      n,
    );
  };

  // Message received at t; a kvittens some time after, promising n working days on; perhaps status updates;
  // perhaps an answer; judged at some now.
  const scenario = fc.record({
    o: anOrg,
    t: instant,
    ack: fc.option(fc.tuple(offset, fc.integer({ min: 0, max: 15 }))),
    updates: fc.array(fc.tuple(offset, fc.integer({ min: 0, max: 15 })), { maxLength: 3 }),
    answer: fc.option(offset),
    now: fc.integer({ min: 0, max: 80 * DAY }),
  });
  const eventsOf = (s: {
    o: Organisation;
    t: number;
    ack: [number, number] | null;
    updates: [number, number][];
    answer: number | null;
  }): DutyEvents => ({
    ...(s.ack !== null
      ? { acknowledged: { at: s.t + s.ack[0], promised: promiseOf(s.o, s.t + s.ack[0], s.ack[1]) } }
      : {}),
    statusUpdates: s.updates.map(([d, n]) => ({
      at: s.t + d,
      promised: promiseOf(s.o, s.t + d, n),
    })),
    ...(s.answer !== null ? { answeredAt: s.t + s.answer } : {}),
  });

  it('every duty is due at closing on a working day; met ones were met by now; late means after due', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const result = dutyTimeline({ receivedAt: s.t }, eventsOf(s), s.o, s.t + s.now);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        for (const d of result.value.duties) {
          expect(s.o.calendar.isWorkingDay(d.dueDate)).toBe(true);
          expect(stockholmWallTime(d.due)).toEqual({
            date: d.dueDate,
            minute: s.o.officeHours.close,
          });
          if (d.metAt !== null) {
            expect(d.metAt).toBeLessThanOrEqual(s.t + s.now);
            expect(d.late).toBe(d.metAt > d.due);
          } else {
            expect(d.late).toBe(s.t + s.now >= d.due);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('the state comes from the most urgent unmet duty', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const now = s.t + s.now;
        const result = dutyTimeline({ receivedAt: s.t }, eventsOf(s), s.o, now);
        if (!result.ok) throw new Error(result.error.message);
        const t = result.value;
        const unmet = t.duties.filter((d) => !d.met);
        if (unmet.length === 0) {
          expect(t.state).toBe('answered');
          expect(s.answer !== null && s.answer <= s.now).toBe(true);
          return;
        }
        expect(t.current).not.toBeNull();
        expect(Math.min(...unmet.map((d) => d.due))).toBe(t.current?.due);
        if (t.current?.kind === 'status-update') expect(t.state).toBe('promise-broken');
        else if (now >= (t.current?.due ?? 0)) expect(t.state).toBe('overdue');
        else expect(['on-track', 'due-soon', 'promised']).toContain(t.state);
      }),
      { numRuns: 1500 },
    );
  });

  it('without events, it agrees with the reply clock', () => {
    fc.assert(
      fc.property(anOrg, instant, offset, (o, t, d) => {
        const result = dutyTimeline({ receivedAt: t }, {}, o, t + d);
        const clock = replyClock({ receivedAt: t, receivedAtSource: 'server' }, o, t + d);
        if (!result.ok) throw new Error(result.error.message);
        expect(result.value.state).toBe(clock.state);
        expect(result.value.current?.due).toBe(clock.deadline?.due);
        expect(result.value.workingMsLeft).toBe(clock.workingMsLeft);
      }),
      { numRuns: 1500 },
    );
  });

  it('time only moves forward: met stays met, broken promises never shrink', () => {
    fc.assert(
      fc.property(scenario, offset, (s, later) => {
        const events = eventsOf(s);
        const a = dutyTimeline({ receivedAt: s.t }, events, s.o, s.t + s.now);
        const b = dutyTimeline({ receivedAt: s.t }, events, s.o, s.t + s.now + later);
        if (!a.ok || !b.ok) throw new Error('refused');
        expect(b.value.brokenPromises).toBeGreaterThanOrEqual(a.value.brokenPromises);
        for (const d of a.value.duties.filter((x) => x.met)) {
          expect(b.value.duties).toContainEqual(d);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('a broken promise followed by a status update with a later working day is promised again', () => {
    fc.assert(
      fc.property(
        anOrg,
        instant,
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 10 }),
        (o, t, n, m) => {
          const promised = promiseOf(o, t, n);
          const due = stockholmInstant(promised, o.officeHours.close);
          const broken = dutyTimeline(
            { receivedAt: t },
            { acknowledged: { at: t, promised } },
            o,
            due,
          );
          if (!broken.ok) throw new Error(broken.error.message);
          expect(broken.value.state).toBe('promise-broken');
          const update = { at: due + 60_000, promised: o.calendar.addWorkingDays(promised, m) };
          const mended = dutyTimeline(
            { receivedAt: t },
            { acknowledged: { at: t, promised }, statusUpdates: [update] },
            o,
            update.at,
          );
          if (!mended.ok) throw new Error(mended.error.message);
          expect(['promised', 'due-soon']).toContain(mended.value.state);
          expect(mended.value.promised).toBe(update.promised);
          expect(mended.value.brokenPromises).toBe(1);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('a promised date is accepted exactly when it is a working day not before the day it is made', () => {
    fc.assert(
      fc.property(anOrg, instant, fc.integer({ min: -5, max: 30 }), (o, t, days) => {
        const date = stockholmDate(t + days * DAY);
        const result = checkPromisedDate(date, t, o.calendar);
        const expected =
          o.calendar.isWorkingDay(date) && stockholmInstant(date, o.officeHours.close) > t;
        expect(result.ok).toBe(expected);
        if (!result.ok && !o.calendar.isWorkingDay(date)) {
          expect(result.error.code).toBe('PROMISE_CLOSED_DAY');
        }
      }),
      { numRuns: 2000 },
    );
  });
});
