// The CLI against an independent implementation of the law: date-holidays for the closed days,
// Intl's zone database for Stockholm time, and a plain day-by-day walk. Any disagreement is a defect.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Holidays from 'date-holidays';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { intlStockholmWall } from '../fixtures/intlStockholmWall.ts';

const root = new URL('../../', import.meta.url).pathname;
const holidays = new Set<string>();
const se = new Holidays('SE', { types: ['public', 'bank'] });
for (let year = 2005; year <= 2100; year++) {
  for (const h of se.getHolidays(year)) holidays.add(h.date.slice(0, 10));
}
const nextDate = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const isOpen = (date: string) => {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
};

function oracle(t: number, n: number): { day0: string; dueDate: string; due: number } {
  const { date, minute } = intlStockholmWall(t);
  let day0 = date;
  if (!isOpen(day0) || minute >= 16 * 60 + 30) {
    do day0 = nextDate(day0);
    while (!isOpen(day0));
  }
  let due = day0;
  for (let k = 0; k < n;) {
    due = nextDate(due);
    if (isOpen(due)) k++;
  }
  const candidates = [1, 2].map((h) => Date.parse(`${due}T16:30:00Z`) - h * 3_600_000);
  const instant = candidates.find(
    (c) => intlStockholmWall(c).date === due && intlStockholmWall(c).minute === 990,
  );
  return { day0, dueDate: due, due: instant ?? NaN };
}

const presets: [string, number][] = [
  ['vaxjo', 3],
  ['vaxholm', 2],
  ['ale', 3],
  ['vimmerby', 2],
];

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { cwd: root });
});

describe('CLI due agrees with an independent implementation, 2005–2099', () => {
  // Uniform instants over the years plus instants pinned to the edges that matter: closing time,
  // opening time, midnight and the summer-time switches.
  const minute = 60_000;
  const uniform = fc.integer({ min: Date.UTC(2005, 0, 1), max: Date.UTC(2099, 11, 31, 22) });
  const edge = fc
    .tuple(
      fc.integer({ min: 0, max: 34_600 }),
      fc.constantFrom(0, 419, 420, 479, 480, 929, 930, 989, 990, 991, 1380, 1439, 59, 60, 119, 120),
    )
    .map(([day, m]) => Date.UTC(2005, 0, 1) + day * 86_400_000 + m * minute);
  const sample = fc.sample(fc.oneof(uniform, edge), { numRuns: 3000, seed: 20261122 });

  it.each(presets)('%s (N = %i): 3000 instants', (policy, n) => {
    const input = sample.map((t) => new Date(t).toISOString()).join('\n');
    const result = spawnSync(
      process.execPath,
      [join(root, 'bin/svarsplikt.mjs'), 'due', '--policy', policy, '--stdin'],
      {
        input,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { day0: string; due: string });
    expect(lines).toHaveLength(sample.length);
    const disagreements: string[] = [];
    sample.forEach((t, i) => {
      const expected = oracle(t, n);
      const got = lines[i]!;
      if (got.day0 !== expected.day0 || Date.parse(got.due) !== expected.due) {
        disagreements.push(
          `${new Date(t).toISOString()}: cli ${got.day0} ${got.due}, oracle ${expected.day0} ${expected.dueDate}`,
        );
      }
    });
    expect(disagreements).toEqual([]);
  });
});
