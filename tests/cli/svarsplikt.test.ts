import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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
        domains: ['kalmar.se'],
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
      JSON.stringify({ name: 'K', policy: 'vaxjo', domains: ['kalmar.se', 'bad domain'] }),
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

  it('checks one configuration with policies --policy, the shipped org.json included', () => {
    const shipped = run(['policies', '--policy', join(root, 'addin/public/config/org.json')]);
    expect(shipped.status).toBe(0);
    expect(lines(shipped.stdout)).toEqual([
      expect.objectContaining({
        id: 'vaxjo',
        replyWithin: 3,
        organisation: 'Växjö kommun',
        domains: ['vaxjo.se'],
        functionalMailboxes: ['kontaktcenter@vaxjo.se'],
      }),
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'svarsplikt-'));
    const file = join(dir, 'org.json');
    writeFileSync(file, JSON.stringify({ name: 'K', policy: 'vaxjo', domains: ['co.uk'] }));
    const refused = run(['policies', '--policy', file]);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/domains\[0\]: co\.uk is a public suffix/);
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
    for (const command of ['due', 'days', 'referral', 'policies']) {
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

describe('svarsplikt on hostile ground', () => {
  it('ends quietly with exit 0 when the reader closes the pipe early', () => {
    const input = '2026-04-02T12:00:00+02:00\n'.repeat(50_000);
    const result = spawnSync(
      'sh',
      [
        '-c',
        `"${process.execPath}" "${join(root, 'bin/svarsplikt.mjs')}" due --policy vaxholm --stdin | head -1; echo "status=\${PIPESTATUS:-}"`,
      ],
      { input, encoding: 'utf8' },
    );
    expect(result.stdout.split('\n')[0]).toContain('"due":"2026-04-08T16:30:00+02:00"');
    expect(result.stderr).not.toMatch(/EPIPE|Error|at /);
  });

  it('never echoes the contents of a file given as --policy', () => {
    const dir = mkdtempSync(join(tmpdir(), 'svarsplikt-'));
    const file = join(dir, 'passwd');
    writeFileSync(file, 'root:x:0:0:root:/root:/bin/bash\nsecret-line\n');
    const result = run(['due', '--policy', file, '2026-05-13T10:00:00+02:00']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('is not valid JSON');
    expect(result.stderr).not.toMatch(/root|secret/);
  });

  it.each([['co.uk'], ['se'], ['kommun.se.']])(
    'refuses the public suffix %s as an organisation domain',
    (domain) => {
      const dir = mkdtempSync(join(tmpdir(), 'svarsplikt-'));
      const file = join(dir, 'org.json');
      writeFileSync(
        file,
        JSON.stringify({ name: 'K', policy: 'vaxjo', domains: ['kalmar.se', domain] }),
      );
      const result = run(['due', '--policy', file, '2026-05-13T10:00:00+02:00']);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/domains\[1\]/);
    },
  );
});
