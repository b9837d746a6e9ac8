// Measures the Gmail add-on's budgets (issue 4): the built bundle's size (≤ 150 KB) and the time
// to load it and build the message card in a fresh V8 context (≤ 50 ms), as Apps Script does on
// every trigger. Run with `npm run budgets:gmail`; prints the figures, exits 1 when the first run
// or the median is over budget (single outliers are GC pauses or a busy machine).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { build } from 'vite';
import { DEMO_MESSAGES, DEMO_NOW, DEMO_OWNER } from '../playground/demo-mailbox.ts';
import {
  createAppsScriptGlobals,
  createGmailWorld,
} from '../playground/gmail/standins/gmailWorld.ts';
import { createRecordingCardService } from '../playground/gmail/standins/recordingCardService.ts';

const SIZE_BUDGET = 150 * 1024;
const TIME_BUDGET_MS = 50;
const RUNS = 30;

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
await build({ configFile: join(repoRoot, 'gmail-addon/vite.config.ts'), logLevel: 'silent' });
const code = readFileSync(join(repoRoot, 'dist/gmail-addon/Code.js'), 'utf8');
const size = Buffer.byteLength(code);
const orgConfig = readFileSync(join(repoRoot, 'addin/public/config/org.json'), 'utf8');
const now = Date.parse(DEMO_NOW);
const script = new vm.Script(code, { filename: 'Code.js' });

/** One trigger as Apps Script runs it: a new context, the bundle evaluated, the card built. */
function openMessageOnce(id) {
  const world = createGmailWorld({ owner: DEMO_OWNER, messages: DEMO_MESSAGES });
  world.scriptProperties.set('ORG_CONFIG', orgConfig);
  const sandbox = {
    ...createAppsScriptGlobals(world),
    CardService: createRecordingCardService().service,
    console: { warn() {}, log() {} },
  };
  const start = performance.now();
  const context = vm.createContext(sandbox);
  vm.runInContext(`Date.now = function () { return ${now}; };`, context);
  script.runInContext(context);
  const card = context.onGmailMessageOpen({
    commonEventObject: { userLocale: 'sv' },
    gmail: { messageId: id, accessToken: 't' },
  });
  const ms = performance.now() - start;
  if (card.name !== 'message') throw new Error(`no message card for ${id}`);
  return ms;
}

const times = [];
for (let i = 0; i < RUNS; i += 1)
  times.push(openMessageOnce(DEMO_MESSAGES[i % DEMO_MESSAGES.length].id));
const first = times[0];
const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
const p90 = sorted[Math.floor(sorted.length * 0.9)];
const worst = sorted[sorted.length - 1];

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`Gmail add-on bundle: ${kb(size)} (budget ${kb(SIZE_BUDGET)})`);
console.log(
  `Load bundle + build message card in a fresh V8 context: first ${first.toFixed(1)} ms, median ${median.toFixed(1)} ms, p90 ${p90.toFixed(1)} ms, worst ${worst.toFixed(1)} ms over ${RUNS} runs (budget ${TIME_BUDGET_MS} ms) — Node ${process.version}`,
);
const over = size > SIZE_BUDGET || median > TIME_BUDGET_MS || first > TIME_BUDGET_MS;
if (over) {
  console.error('Over budget.');
  process.exit(1);
}
