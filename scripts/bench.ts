// npm run bench: the core's speed and size, side by side with the way one would first write it.
// Prints a Markdown table; the README quotes it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import Holidays from 'date-holidays';
import type * as CoreModule from '../shared/index.ts';
import { benchHostile, hostileTable } from './hostileBench.ts';

const MESSAGES = 100_000;
const NAIVE_MESSAGES = 2_000;
const NOW = Date.UTC(2050, 5, 1, 10);

/** A deterministic spread of instants over 2005–2099 (a linear congruential generator). */
function instants(count: number): Float64Array {
  const first = Date.UTC(2005, 0, 1);
  const span = Date.UTC(2099, 11, 1) - first;
  const out = new Float64Array(count);
  let seed = 12345;
  for (let i = 0; i < count; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out[i] = first + Math.floor((seed / 2147483648) * span);
  }
  return out;
}

/** Bundles the core the way a host ships it (minified) and writes it where it can be imported. */
async function coreBundle(): Promise<{ file: string; minified: number; gzip: number }> {
  const result = await build({
    stdin: {
      contents:
        "export { replyClock, replyDeadline, presetOrganisation, parseOrgConfig, explainClock, triageMessage, parseHeaders, receivedAtOf, senderTrust, buildReferral, buildAcknowledgement } from './shared/index.ts';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    target: 'es2020',
  });
  const code = result.outputFiles[0]!.contents;
  const file = join(mkdtempSync(join(tmpdir(), 'svarsplikt-bench-')), 'core.mjs');
  writeFileSync(file, code);
  return { file, minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** The first way one would write it: walk day by day asking date-holidays. */
function naiveDue(hd: Holidays, receivedAt: number, n: number): number {
  const local = new Date(
    new Date(receivedAt).toLocaleString('en-US', { timeZone: 'Europe/Stockholm' }),
  );
  const isWorking = (d: Date) => d.getDay() !== 0 && d.getDay() !== 6 && !hd.isHoliday(d);
  const day = new Date(local.getFullYear(), local.getMonth(), local.getDate(), 12);
  if (!isWorking(day) || local.getHours() * 60 + local.getMinutes() >= 990) {
    do day.setDate(day.getDate() + 1);
    while (!isWorking(day));
  }
  for (let k = 0; k < n;) {
    day.setDate(day.getDate() + 1);
    if (isWorking(day)) k++;
  }
  day.setHours(16, 30, 0, 0);
  return day.getTime();
}

const size = await coreBundle();
// absenceReasonTerm is no export of the core's door (the hosts reach it through referralFindings),
// so the adversarial part bundles it on its own, minified the same way.
const reasonBundle = await build({
  entryPoints: ['shared/absence/absenceReasonTerm.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  target: 'es2020',
});
const reasonFile = join(mkdtempSync(join(tmpdir(), 'svarsplikt-bench-')), 'reason.mjs');
writeFileSync(reasonFile, reasonBundle.outputFiles[0]!.contents);
const setupStart = performance.now();
const core = (await import(pathToFileURL(size.file).href)) as typeof CoreModule;
const importMs = performance.now() - setupStart;
const orgStart = performance.now();
const org = core.presetOrganisation('vaxholm');
if (!org.ok) throw new Error(org.error.message);
const orgMs = performance.now() - orgStart;
const vaxholm = org.value;

const times = instants(MESSAGES);
const run = (): number => {
  let sum = 0;
  for (let i = 0; i < MESSAGES; i++) {
    const clock = core.replyClock(
      { receivedAt: times[i]!, receivedAtSource: 'server' },
      vaxholm,
      NOW,
    );
    sum += clock.calendarMsLeft;
  }
  return sum;
};
const coldStart = performance.now();
run();
const coldMs = performance.now() - coldStart;
let warmMs = Infinity;
for (let round = 0; round < 5; round++) {
  const start = performance.now();
  run();
  warmMs = Math.min(warmMs, performance.now() - start);
}

const hd = new Holidays('SE', { types: ['public', 'bank'] });
const naiveTimes = instants(NAIVE_MESSAGES);
const naiveStart = performance.now();
let mismatches = 0;
for (let i = 0; i < NAIVE_MESSAGES; i++) {
  const naive = naiveDue(hd, naiveTimes[i]!, 2);
  const exact = core.replyDeadline(naiveTimes[i]!, vaxholm.policy.reply, vaxholm.calendar).due;
  if (Math.abs(naive - exact) > 2 * 3_600_000) mismatches++;
}
const naiveMs = performance.now() - naiveStart;

const us = (ms: number, n: number) => ((ms * 1000) / n).toFixed(3);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
console.log(`| measure | Svarsplikt core | naive (date-holidays day by day) | target |
|---|---|---|---|
| reply clock per message, warm (${MESSAGES.toLocaleString('en')} messages 2005–2099, best of 5) | ${us(warmMs, MESSAGES)} µs | ${us(naiveMs, NAIVE_MESSAGES)} µs (${NAIVE_MESSAGES} messages; ${mismatches} disagree by > 2 h — the naive code uses the machine's zone) | ≤ 0.5 µs |
| first pass, cold | ${us(coldMs, MESSAGES)} µs | — | — |
| setup: load the minified core bundle | ${importMs.toFixed(1)} ms | — | — |
| setup: first organisation (builds the 2005–2100 tables) | ${orgMs.toFixed(1)} ms | — | ≤ 20 ms |
| core in a host bundle, minified + gzip, with holiday data | ${kb(size.gzip)} KB (${kb(size.minified)} KB minified) | date-holidays alone ≈ 236 KB gzip | ≤ 25 KB |`);

const reason = (await import(pathToFileURL(reasonFile).href)) as {
  absenceReasonTerm(text: string): string | undefined;
};
const hostileRows = benchHostile({ ...core, absenceReasonTerm: reason.absenceReasonTerm });
console.log(`\n${hostileTable(hostileRows)}`);
const missed = hostileRows.filter((row) => !row.ok).length;
console.log(
  `\n${hostileRows.length - missed} of ${hostileRows.length} adversarial shapes within target.`,
);
