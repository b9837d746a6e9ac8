import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, lines, run } from './runCli.ts';

beforeAll(buildCli);

it('has help', () => {
  const result = run(['report', '--help']);
  expect(result.status).toBe(0);
  expect(result.stdout).toContain('svarsplikt report');
  expect(run(['--help']).stdout).toContain('svarsplikt report');
});

describe('svarsplikt report', () => {
  const input = [
    // Thu before Easter 12:00, Växjö: due Thu 9 April 16:30; acknowledged Tue 7 April 09:00 (330 office minutes).
    '{"mailbox":"kc@vaxjo.se","received":"2026-04-02T12:00:00+02:00","acknowledged":"2026-04-07T09:00:00+02:00"}',
    // Answered after the deadline (due Fri 24 April), acknowledged later still: met at the answer
    // (2040 office minutes; the median of 330 and 2040 is 1185).
    '{"mailbox":"kc@vaxjo.se","received":"2026-04-21T10:00:00+02:00","answered":"2026-04-27T10:00:00+02:00","acknowledged":"2026-04-28T10:00:00+02:00"}',
    '{"mailbox":"kc@vaxjo.se","received":"2026-04-29T10:00:00+02:00"}',
    '',
    'not json',
    '{"mailbox":"bygglov@vaxjo.se","received":1777284000000}',
  ].join('\n');

  it('prints one line per mailbox and month; a bad line gives an error line and exit 1', () => {
    const result = run(
      ['report', '--policy', 'vaxjo', '--now', '2026-05-05T12:00:00+02:00'],
      input,
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('1 of 5 lines');
    expect(lines(result.stdout)).toEqual([
      { line: 5, error: 'not valid JSON' },
      {
        mailbox: 'bygglov@vaxjo.se',
        period: '2026-04',
        received: 1,
        inTime: 0,
        late: 0,
        open: 1,
        openOverdue: 1,
        shareInTime: 0,
        medianResponseMinutes: null,
        brokenPromises: 0,
      },
      {
        mailbox: 'kc@vaxjo.se',
        period: '2026-04',
        received: 3,
        inTime: 1,
        late: 1,
        open: 1,
        openOverdue: 0,
        shareInTime: 0.5,
        medianResponseMinutes: 1185,
        brokenPromises: 0,
      },
    ]);
  });

  it('groups by ISO week with --by week', () => {
    const result = run(
      ['report', '--policy', 'vaxjo', '--now', '2026-05-05T12:00:00+02:00', '--by', 'week'],
      input.replace('not json\n', ''),
    );
    expect(result.status).toBe(0);
    expect(lines(result.stdout).map((r) => [r.mailbox, r.period, r.received])).toEqual([
      ['bygglov@vaxjo.se', '2026-W18', 1],
      ['kc@vaxjo.se', '2026-W14', 1],
      ['kc@vaxjo.se', '2026-W17', 1],
      ['kc@vaxjo.se', '2026-W18', 1],
    ]);
  });

  it.each([
    [['report', '--policy', 'vaxjo', '--by', 'year'], /--by takes month or week/],
    [['report', '--now', '2026-05-05T12:00:00+02:00'], /--policy is required/],
  ])('%j fails with one clear line, exit 2', (args, message) => {
    const result = run(args, '');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
