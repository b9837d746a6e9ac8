import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [join(root, 'bin/svarsplikt.mjs'), ...args], {
    input,
    encoding: 'utf8',
  });
const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { cwd: root });
});

describe('svarsplikt due', () => {
  it('prints received, day0, due with offset and policy per instant', () => {
    const result = run([
      'due',
      '--policy',
      'vaxholm',
      '2026-04-02T12:00:00+02:00',
      '2026-04-10T17:05:00+02:00',
    ]);
    expect(result.status).toBe(0);
    expect(lines(result.stdout)).toMatchObject([
      {
        received: '2026-04-02T12:00:00+02:00',
        day0: '2026-04-02',
        due: '2026-04-08T16:30:00+02:00',
        policy: 'vaxholm',
      },
      {
        received: '2026-04-10T17:05:00+02:00',
        day0: '2026-04-13',
        due: '2026-04-15T16:30:00+02:00',
        policy: 'vaxholm',
      },
    ]);
  });

  it('reads --stdin; a bad line gives an error line, the good lines still come out, exit non-zero', () => {
    const result = run(
      ['due', '--policy', 'vaxjo', '--stdin'],
      '2026-12-18T17:05:00+01:00\nnot a date\n\n2026-12-22T09:00:00Z\n',
    );
    expect(result.status).toBe(1);
    const out = lines(result.stdout);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ due: '2026-12-28T16:30:00+01:00' });
    expect(out[1]).toMatchObject({ received: 'not a date' });
    expect(out[1]!.error).toMatch(/ISO 8601/);
    expect(out[2]).toMatchObject({ day0: '2026-12-22' });
    expect(result.stderr).toContain('1 of 3');
  });

  it('adds state and office minutes left with --now', () => {
    const result = run([
      'due',
      '--policy',
      'vaxholm',
      '--now',
      '2026-04-08T12:00:00+02:00',
      '2026-04-07T10:00:00+02:00',
    ]);
    expect(lines(result.stdout)[0]).toMatchObject({ state: 'on-track', workingMinutesLeft: 780 });
  });

  it('takes an org.json with its own closed dates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'svarsplikt-'));
    const file = join(dir, 'org.json');
    writeFileSync(
      file,
      JSON.stringify({
        name: 'K',
        policy: { replyWithin: 1 },
        domains: ['k.se'],
        extraClosedDates: ['2026-05-15'],
      }),
    );
    const result = run(['due', '--policy', file, '2026-05-13T10:00:00+02:00']);
    expect(lines(result.stdout)[0]).toMatchObject({
      due: '2026-05-18T16:30:00+02:00',
      policy: 'custom',
    });
  });

  it.each([
    [['due', '--policy', 'stockholm', '2026-01-01T10:00Z'], /Unknown policy "stockholm"/],
    [
      ['due', '--policy', '/nonexistent/org.json', '2026-01-01T10:00Z'],
      /cannot read configuration file/,
    ],
    [['due', '2026-01-01T10:00Z'], /--policy is required/],
    [['due', '--policy', 'ale'], /give one or more instants/],
    [['days', '1999'], /from 2005 to 2100/],
    [['days', 'next'], /days needs one year/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['due', '--polcy', 'ale'], /Unknown option '--polcy'/],
  ])('%j fails with one clear line', (args, message) => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/at .*\.(ts|mjs):\d+/);
  });

  it('refuses an invalid org.json naming the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'svarsplikt-'));
    const file = join(dir, 'org.json');
    writeFileSync(
      file,
      JSON.stringify({ name: 'K', policy: 'vaxjo', domains: ['k.se', 'bad domain'] }),
    );
    const result = run(['due', '--policy', file, '2026-05-13T10:00:00+02:00']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/domains\[1\]/);
  });
});

describe('svarsplikt days, policies, referral, help', () => {
  it('lists closed days on weekdays with Swedish names', () => {
    const result = run(['days', '2026']);
    const out = lines(result.stdout);
    expect(out.map((d) => d.date)).toEqual([
      '2026-01-01',
      '2026-01-06',
      '2026-04-03',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-06-19',
      '2026-12-24',
      '2026-12-25',
      '2026-12-31',
    ]);
    expect(out[2]).toEqual({ date: '2026-04-03', name: 'långfredagen' });
  });

  it('lists the four presets with sources', () => {
    const out = lines(run(['policies']).stdout);
    expect(out.map((p) => p.id)).toEqual(['vaxjo', 'vaxholm', 'ale', 'vimmerby']);
    expect(out[2]).toMatchObject({ target: 1, replyWithin: 3 });
  });

  it('writes a referral with the back-on day and findings as JSON', () => {
    const result = run([
      'referral',
      '--policy',
      'vimmerby',
      '--from',
      '2026-12-21',
      '--to',
      '2027-01-08',
      '--contact',
      'Karin Berg <karin.berg@vimmerby.se> 0492-123 45',
      '--today',
      '2026-12-01',
      '--json',
    ]);
    const referral = JSON.parse(result.stdout) as {
      backOn: string;
      external: { text: string };
      findings: { id: string }[];
    };
    expect(referral.backOn).toBe('2027-01-11');
    expect(referral.external.text).toContain('Karin Berg');
    expect(referral.findings.map((f) => f.id)).toContain('LONG_ABSENCE_UNCOVERED');
  });

  it('blocks a referral without a return day (exit 1)', () => {
    const result = run([
      'referral',
      '--policy',
      'vaxjo',
      '--from',
      '2026-12-21',
      '--today',
      '2026-12-01',
    ]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('RETURN_MISSING');
  });

  it('has help for every command', () => {
    for (const command of ['due', 'clock', 'report', 'days', 'referral', 'policies']) {
      const result = run([command, '--help']);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(`svarsplikt ${command}`);
    }
    expect(run(['--help']).stdout).toContain('Usage:');
  });
});

describe('svarsplikt due: more input forms', () => {
  it('accepts epoch milliseconds', () => {
    const result = run(['due', '--policy', 'vaxholm', String(Date.UTC(2026, 3, 2, 10))]);
    expect(lines(result.stdout)[0]).toMatchObject({
      day0: '2026-04-02',
      due: '2026-04-08T16:30:00+02:00',
    });
  });

  it.each([
    [['due', '--policy', 'ale', '--policy', 'vaxjo', '2026-01-01T10:00Z'], /--policy once/],
    [['due', '--policy', 'ale', '--stdin', '2026-01-01T10:00Z'], /not both/],
  ])('%j is refused', (args, message) => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it("a preset knows its municipality's domain: own addresses are not external", () => {
    const result = run([
      'referral',
      '--policy',
      'vaxjo',
      '--from',
      '2026-12-21',
      '--to',
      '2027-01-08',
      '--today',
      '2026-12-01',
      '--contact',
      'Karin Berg <karin.berg@vaxjo.se>',
      '--forward',
      'kc@vaxjo.se',
      '--json',
    ]);
    const referral = JSON.parse(result.stdout) as { findings: { id: string }[] };
    expect(referral.findings.map((f) => f.id)).not.toContain('EXTERNAL_TARGET');
    expect(result.status).toBe(0);
  });
});

describe('svarsplikt clock: the README cases', () => {
  const base = ['clock', '--policy', 'vaxholm', '--received', '2026-04-02T12:00:00+02:00'];
  const kvittens = ['--acknowledged', '2026-04-02T13:00:00+02:00', '--promised', '2026-04-15'];
  const brief = (stdout: string) => {
    const out = lines(stdout)[0] as { state: string; duties: Record<string, unknown>[] };
    return [out.state, out.duties.map((d) => [d.kind, d.due, d.met])];
  };

  it.each([
    [
      'open',
      ['--now', '2026-04-07T10:00:00+02:00'],
      'on-track',
      [['acknowledge', '2026-04-08T16:30:00+02:00', false]],
    ],
    [
      'promised',
      ['--now', '2026-04-09T10:00:00+02:00', ...kvittens],
      'promised',
      [
        ['acknowledge', '2026-04-08T16:30:00+02:00', true],
        ['answer', '2026-04-15T16:30:00+02:00', false],
      ],
    ],
    [
      'broken promise',
      ['--now', '2026-04-16T09:00:00+02:00', ...kvittens],
      'promise-broken',
      [
        ['acknowledge', '2026-04-08T16:30:00+02:00', true],
        ['status-update', '2026-04-15T16:30:00+02:00', false],
        ['answer', '2026-04-15T16:30:00+02:00', false],
      ],
    ],
    [
      'status update after the broken promise',
      [
        '--now',
        '2026-04-16T11:00:00+02:00',
        ...kvittens,
        '--status',
        '2026-04-16T10:00:00+02:00',
        '--promised',
        '2026-04-22',
      ],
      'promised',
      [
        ['acknowledge', '2026-04-08T16:30:00+02:00', true],
        ['status-update', '2026-04-15T16:30:00+02:00', true],
        ['answer', '2026-04-22T16:30:00+02:00', false],
      ],
    ],
    [
      'answered',
      [
        '--now',
        '2026-04-20T09:00:00+02:00',
        ...kvittens,
        '--answered',
        '2026-04-14T10:00:00+02:00',
      ],
      'answered',
      [
        ['acknowledge', '2026-04-08T16:30:00+02:00', true],
        ['answer', '2026-04-15T16:30:00+02:00', true],
      ],
    ],
    [
      'not ours, forwarded',
      ['--now', '2026-04-07T12:00:00+02:00', '--forwarded', '2026-04-07T11:00:00+02:00'],
      'forwarded',
      [['forward', '2026-04-08T16:30:00+02:00', true]],
    ],
  ])('%s', (_, args, state, duties) => {
    const result = run([...base, ...args]);
    expect(result.status, result.stderr).toBe(0);
    expect(brief(result.stdout)).toEqual([state, duties]);
  });

  it('refuses a promise on a closed day: an error line with its code, exit 1', () => {
    const result = run([
      ...base,
      '--now',
      '2026-04-07T10:00:00+02:00',
      '--acknowledged',
      '2026-04-02T13:00:00+02:00',
      '--promised',
      '2026-04-06',
    ]);
    expect(result.status).toBe(1);
    expect(lines(result.stdout)[0]).toMatchObject({ code: 'PROMISE_CLOSED_DAY' });
    expect(lines(result.stdout)[0]!.error).toMatch(
      /2026-04-06 is not a working day \(Easter Monday\)/,
    );
  });

  it.each([
    [
      ['--now', '2026-04-07T10:00:00+02:00', '--acknowledged', '2026-04-02T13:00:00+02:00'],
      /needs a --promised/,
    ],
    [
      ['--now', '2026-04-07T10:00:00+02:00', '--promised', '2026-04-15'],
      /must follow --acknowledged/,
    ],
    [['--now', 'tomorrow'], /--now: Not an ISO 8601 instant/],
    [[], /--now is required/],
  ])('%j fails with one clear line, exit 2', (args, message) => {
    const result = run([...base, ...args]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });
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

describe("svarsplikt clock: the README's examples run as shown", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = /\*\*`clock`:[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const vars = Object.fromEntries(
    [...block.matchAll(/^(\w+)="([^"]*)"$/gm)].map((m) => [m[1] as string, m[2] as string]),
  );
  const examples = [
    ...block.replace(/\\\n\s*/g, '').matchAll(/^npx svarsplikt (clock .*)\n# (\{.*)$/gm),
  ].map((m) => [
    (m[1] as string).replace(/\$(\w+)/g, (_, name: string) => vars[name] ?? ''),
    m[2] as string,
  ]);

  it('has the five cases and the refusal', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  it.each(examples)('%s', (command, shown) => {
    const result = run(command.split(/\s+/).filter((a) => a !== ''));
    const out = lines(result.stdout)[0] as Record<string, unknown>;
    for (const key of ['state', 'code', 'promised', 'brokenPromises'] as const) {
      const match = new RegExp(`"${key}":("[^"]*"|\\d+)`).exec(shown);
      if (match !== null) expect(out[key]).toEqual(JSON.parse(match[1] as string));
    }
    expect(result.status).toBe('code' in out ? 1 : 0);
  });
});
