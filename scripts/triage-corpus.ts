// Measures triage on a real-world corpus kept outside the repository:
//   npx tsx scripts/triage-corpus.ts --automatic <dir>… --person <dir>…
// Every file in an --automatic directory should get no duty, every file in a --person directory
// should keep it. Prints the rates against the targets (≥ 98 % and 100 %) and the misses by name.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHeaders } from '../shared/index.ts';
import { triageMessage } from '../shared/index.ts';

const OPTIONS = { mailbox: 'anna.lind@vaxjo.se', orgDomains: ['vaxjo.se'] };

function filesOf(dirs: readonly string[]): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .map((name) => join(dir, name))
      .filter((file) => statSync(file).isFile()),
  );
}

const dirs: { automatic: string[]; person: string[] } = { automatic: [], person: [] };
let kind: keyof typeof dirs | undefined;
for (const arg of process.argv.slice(2)) {
  if (arg === '--automatic' || arg === '--person')
    kind = arg === '--automatic' ? 'automatic' : 'person';
  else if (kind !== undefined) dirs[kind].push(arg);
}

for (const [label, wantDuty, target] of [
  ['automatic', false, 98],
  ['person', true, 100],
] as const) {
  const files = filesOf(dirs[label]);
  // latin1 keeps every byte as one character, as a mail host hands over raw header bytes.
  const misses = files.filter(
    (file) => triageMessage(parseHeaders(readFileSync(file, 'latin1')), OPTIONS).duty !== wantDuty,
  );
  const rate = files.length === 0 ? 100 : (100 * (files.length - misses.length)) / files.length;
  console.log(
    `${label}: ${files.length - misses.length} of ${files.length} right (${rate.toFixed(1)} %, target ≥ ${target} %)`,
  );
  for (const miss of misses) console.log(`  miss: ${miss}`);
}
