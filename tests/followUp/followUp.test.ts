import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createFollowUp,
  isoWeekOf,
  parseFollowUpLine,
  parseInstant,
  personalFollowUp,
  presetOrganisation,
  stockholmIso,
} from '../../shared/index.ts';
import type { FollowUpRow, Organisation } from '../../shared/index.ts';
import { oracleDeadline, oracleIsoWeek, oracleReport } from '../fixtures/dayByDayOracle.ts';
import type { OracleMessage } from '../fixtures/dayByDayOracle.ts';

const root = new URL('../../', import.meta.url).pathname;
const DAY = 86_400_000;
const MINUTE = 60_000;
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

// A year of mail (weekends, nights, Easter and Christmas included): first responses from minutes
// to weeks later or right at the deadline, sometimes none, sometimes before receipt (a reply to an
// earlier message in the thread, which must not count) or after now.
const minutes = (max: number) => fc.integer({ min: 0, max }).map((m) => m * MINUTE);
// Receipt uniform over 2026, or pinned to the edges that matter: opening and closing time in
// winter and summer time (07:00/06:00 and 15:30/14:30 UTC), midnight, and the switch nights.
const receipt = fc.oneof(
  fc.integer({ min: at('2026-01-01T00:00:00+01:00'), max: at('2026-12-31T23:59:00+01:00') }),
  fc
    .tuple(
      fc.integer({ min: 0, max: 364 }),
      fc.constantFrom(0, 59, 60, 360, 419, 420, 479, 480, 869, 870, 929, 930, 989, 990, 1439),
      fc.constantFrom(0, 1, -1),
    )
    .map(([day, m, ms]) => Date.UTC(2026, 0, 1) + day * DAY + m * MINUTE + ms),
);
// A first response some time later, or exactly at the deadline give or take a millisecond.
const response = (max: number) =>
  fc.oneof(
    minutes(max).map((d) => (t: number) => t + d),
    fc.constantFrom(-60_000, -1, 0, 1, 60_000).map((d) => (t: number) => oracleDeadline(t, 3) + d),
  );
const message = fc
  .record({
    mailbox: fc.constantFrom('kontaktcenter@vaxjo.se', 'bygglov@vaxjo.se', 'anna.berg@vaxjo.se'),
    receivedAt: receipt,
    ack: fc.option(response(60 * 24 * 25), { freq: 3 }),
    answer: fc.option(response(60 * 24 * 40), { freq: 2 }),
    early: fc.boolean(),
  })
  .map(({ mailbox, receivedAt, ack, answer, early }): OracleMessage => ({
    mailbox,
    receivedAt,
    ...(ack !== null ? { acknowledgedAt: ack(receivedAt) - (early ? 3 * DAY : 0) } : {}),
    ...(answer !== null ? { answeredAt: answer(receivedAt) } : {}),
  }));

const coreRows = (
  o: Organisation,
  messages: readonly OracleMessage[],
  now: number,
  by: 'month' | 'week',
) => {
  const tally = createFollowUp(o, now, by);
  for (const m of messages) tally.add(m);
  return tally.rows().map(({ brokenPromises: _, ...row }) => row);
};

describe('follow-up against a day-by-day oracle', () => {
  const now = at('2026-12-15T11:00:00+01:00');
  const year = fc.sample(message, { numRuns: 5000, seed: 20261130 });

  it.each([
    ['vaxjo', 3, 'month'],
    ['vimmerby', 2, 'month'],
    ['vaxholm', 2, 'week'],
  ] as const)('%s (N = %i) by %s: 5000 messages across 2026', (id, n, by) => {
    expect(coreRows(org(id), year, now, by)).toEqual(oracleReport(year, n, now, by));
  });

  it('properties: random mailboxes of mail, random now', () => {
    fc.assert(
      fc.property(
        fc.array(message, { minLength: 1, maxLength: 200 }),
        fc.integer({ min: at('2026-01-01T00:00:00+01:00'), max: at('2027-02-01T00:00:00+01:00') }),
        fc.constantFrom('month' as const, 'week' as const),
        (messages, t, by) => {
          const rows = coreRows(org('vaxjo'), messages, t, by);
          expect(rows).toEqual(oracleReport(messages, 3, t, by));
          for (const row of rows) {
            expect(row.inTime + row.late + row.open).toBe(row.received);
            expect(row.openOverdue).toBeLessThanOrEqual(row.open);
          }
          expect(rows.reduce((sum, r) => sum + r.received, 0)).toBe(messages.length);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('the CLI prints what the core counts', () => {
    execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { cwd: root });
    const input = year
      .map((m) =>
        JSON.stringify({
          mailbox: m.mailbox,
          // Stockholm offsets where whole seconds allow, else UTC with milliseconds.
          received:
            m.receivedAt % 1000 === 0
              ? stockholmIso(m.receivedAt)
              : new Date(m.receivedAt).toISOString(),
          ...(m.acknowledgedAt !== undefined
            ? { acknowledged: new Date(m.acknowledgedAt).toISOString() }
            : {}),
          ...(m.answeredAt !== undefined ? { answered: m.answeredAt } : {}),
        }),
      )
      .join('\n');
    const result = spawnSync(
      process.execPath,
      [join(root, 'bin/svarsplikt.mjs'), 'report', '--policy', 'vaxjo', '--now', stockholmIso(now)],
      { input, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
    expect(result.status, result.stderr).toBe(0);
    const printed = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as FollowUpRow);
    const expected = oracleReport(year, 3, now, 'month');
    expect(
      printed.map(({ shareInTime, brokenPromises: _, ...rest }) => ({
        ...rest,
        shareInTime: shareInTime ?? -1,
      })),
    ).toEqual(
      expected.map((row) => ({
        ...row,
        shareInTime:
          row.shareInTime === null ? -1 : Math.round((row.shareInTime as number) * 10_000) / 10_000,
      })),
    );
  });
});

describe('ISO weeks', () => {
  it.each([
    ['2026-12-28', '2026-W53'],
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
    ['2026-04-06', '2026-W15'],
  ])('%s is in %s', (date, week) => {
    const epochDay = Date.parse(`${date}T00:00:00Z`) / DAY;
    expect(isoWeekOf(epochDay)).toBe(week);
    expect(oracleIsoWeek(date)).toBe(week);
  });

  it('agrees with the textbook algorithm for every day 2005–2100', () => {
    for (let day = Date.UTC(2005, 0, 1) / DAY; day <= Date.UTC(2100, 11, 31) / DAY; day++) {
      const iso = new Date(day * DAY).toISOString().slice(0, 10);
      if (isoWeekOf(day) !== oracleIsoWeek(iso)) expect(isoWeekOf(day)).toBe(oracleIsoWeek(iso));
    }
  });
});

describe('parseFollowUpLine never throws and names the field', () => {
  it.each([
    ['not json', ''],
    ['[1,2]', ''],
    ['{"received":"2026-04-07T10:00:00+02:00"}', 'mailbox'],
    ['{"mailbox":"kc@vaxjo.se"}', 'received'],
    ['{"mailbox":"kc@vaxjo.se","received":"2026-04-07T10:00:00"}', 'received'],
    ['{"mailbox":"kc@vaxjo.se","received":"1999-04-07T10:00:00Z"}', 'received'],
    ['{"mailbox":"kc@vaxjo.se","received":"2026-04-07T10:00:00Z","answered":true}', 'answered'],
    [
      '{"mailbox":"kc@vaxjo.se","received":"2026-04-07T10:00:00Z","promised":"7 april"}',
      'promised',
    ],
  ])('%s', (line, field) => {
    const result = parseFollowUpLine(line);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.field ?? '').toBe(field);
  });

  it('reads ISO, epoch milliseconds and null as absent', () => {
    expect(
      parseFollowUpLine(
        '{"mailbox":"kc@vaxjo.se","received":1775548800000,"acknowledged":null,"answered":"2026-04-08T10:00:00+02:00","extra":1}',
      ),
    ).toEqual({
      ok: true,
      value: {
        mailbox: 'kc@vaxjo.se',
        receivedAt: 1775548800000,
        answeredAt: at('2026-04-08T10:00:00+02:00'),
      },
    });
  });

  it('any string: a result, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (line) => {
        expect(typeof parseFollowUpLine(line).ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('personalFollowUp', () => {
  const vaxjo = org('vaxjo');
  const now = at('2026-06-30T12:00:00+02:00');

  it('counts the last 30 and 90 days like the report, with broken promises', () => {
    const messages = [
      // 10 days ago, acknowledged the next morning, promised 2026-06-26 and answered late.
      {
        receivedAt: at('2026-06-20T10:00:00+02:00'),
        acknowledgedAt: at('2026-06-22T08:30:00+02:00'),
        answeredAt: at('2026-06-29T09:00:00+02:00'),
        promised: '2026-06-26',
      },
      // 60 days ago, never answered.
      { receivedAt: at('2026-05-01T10:00:00+02:00') },
      // Today, still open and not due.
      { receivedAt: at('2026-06-30T09:00:00+02:00') },
      // 120 days ago: outside both windows.
      { receivedAt: at('2026-03-02T10:00:00+02:00'), answeredAt: at('2026-03-02T11:00:00+01:00') },
    ];
    const [last30, last90] = personalFollowUp(messages, vaxjo, now);
    expect(last30).toEqual({
      days: 30,
      received: 2,
      inTime: 1,
      late: 0,
      open: 1,
      openOverdue: 0,
      shareInTime: 1,
      medianResponseMinutes: 30,
      brokenPromises: 1,
    });
    expect(last90).toMatchObject({
      days: 90,
      received: 3,
      inTime: 1,
      open: 2,
      openOverdue: 1,
      shareInTime: 0.5,
    });
  });

  it('an empty mailbox gives zeros and nulls', () => {
    expect(personalFollowUp([], vaxjo, now, [7])).toEqual([
      {
        days: 7,
        received: 0,
        inTime: 0,
        late: 0,
        open: 0,
        openOverdue: 0,
        shareInTime: null,
        medianResponseMinutes: null,
        brokenPromises: 0,
      },
    ]);
  });
});
