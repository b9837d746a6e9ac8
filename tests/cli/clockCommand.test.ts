import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, lines, root, run } from './runCli.ts';

beforeAll(buildCli);

it('has help', () => {
  const result = run(['clock', '--help']);
  expect(result.status).toBe(0);
  expect(result.stdout).toContain('svarsplikt clock');
  expect(run(['--help']).stdout).toContain('svarsplikt clock');
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
