// npm run bench (part): `svarsplikt report` over 1,000,000 message lines, time and peak memory
// (target ≤ 10 s and ≤ 300 MB). Runs the built CLI as a user would, input piped from a file.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const LINES = Number(process.env.BENCH_REPORT_LINES ?? 1_000_000);
const root = new URL('../', import.meta.url).pathname;
const MAILBOXES = ['kontaktcenter@vaxjo.se', 'bygglov@vaxjo.se', 'registrator@vaxjo.se'];

spawnSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { cwd: root, stdio: 'inherit' });

/** A year of mail (2026) in ISO with offsets, from a linear congruential generator. */
function writeInput(file) {
  const fd = openSync(file, 'w');
  const first = Date.UTC(2026, 0, 1);
  const span = 365 * 86_400_000;
  let seed = 20261130;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const iso = (t) => new Date(t).toISOString().replace('Z', '+00:00');
  let chunk = '';
  for (let i = 0; i < LINES; i++) {
    const received = first + Math.floor(next() * span);
    const r = next();
    const line = { mailbox: MAILBOXES[i % MAILBOXES.length], received: iso(received) };
    if (r < 0.7) line.acknowledged = iso(received + Math.floor(next() * 6 * 86_400_000));
    if (r > 0.3 && r < 0.9) line.answered = iso(received + Math.floor(next() * 20 * 86_400_000));
    chunk += `${JSON.stringify(line)}\n`;
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
}

const dir = mkdtempSync(join(tmpdir(), 'svarsplikt-report-'));
const file = join(dir, 'messages.jsonl');
writeInput(file);
const input = openSync(file, 'r');
const peak =
  'data:text/javascript,process.on("exit",()=>process.stderr.write("maxrss "+process.resourceUsage().maxRSS+"\\n"))';
const start = performance.now();
const result = spawnSync(
  process.execPath,
  [
    '--import',
    peak,
    join(root, 'bin/svarsplikt.mjs'),
    'report',
    '--policy',
    'vaxjo',
    '--now',
    '2027-01-15T12:00:00+01:00',
  ],
  { stdio: [input, 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
const seconds = (performance.now() - start) / 1000;
closeSync(input);
rmSync(dir, { recursive: true, force: true });
if (result.status !== 0) {
  process.stderr.write(result.stderr);
  process.exit(1);
}
const rows = result.stdout.trim().split('\n').length;
const megabytes = Number(/maxrss (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024;
console.log('| measure | measured | target |');
console.log('| --- | --- | --- |');
console.log(
  `| \`report\` over ${LINES.toLocaleString('en')} lines (${rows} rows out) | ${seconds.toFixed(2)} s, peak ${megabytes.toFixed(0)} MB | ≤ 10 s, ≤ 300 MB |`,
);
if (seconds > 10 || megabytes > 300) {
  console.error('report benchmark over its target');
  process.exitCode = 1;
}
