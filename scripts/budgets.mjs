#!/usr/bin/env node
// Measures the Outlook task pane's initial JavaScript from dist/: the entry chunk named by
// taskpane.html plus every chunk it imports statically (transitively), gzip level 9. Lazy chunks
// (dynamic import(): auth, Graph, later views) do not count. Run `npm run build:addin` first.
// Usage: node scripts/budgets.mjs [--json] [--dist dist]   exit 1 when over budget.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const TASKPANE_INITIAL_JS_BUDGET = 150 * 1024;
const STATIC_IMPORT =
  /(?:^|[;,}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+\.js)["']/g;

/** The chunk files a chunk imports statically (relative to its folder). */
export function staticImports(code) {
  const found = [];
  for (const match of code.matchAll(STATIC_IMPORT)) if (match[1]) found.push(match[1]);
  return found;
}

/** { files, rawBytes, gzipBytes } of the entry script of `html` in `distDir` and its static imports. */
export function initialJs(distDir, html = 'taskpane.html') {
  const page = readFileSync(join(distDir, html), 'utf8');
  const entries = [...page.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map(
    (m) => m[1],
  );
  const seen = new Set();
  const queue = entries.map((src) => join(distDir, src.replace(/^\//, '')));
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec));
      else if (spec.startsWith('/')) queue.push(join(distDir, spec.slice(1)));
    }
  }
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of seen) {
    const bytes = readFileSync(file);
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: [...seen].map((f) => f.slice(distDir.length + 1)), rawBytes, gzipBytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const distDir = resolve(args.includes('--dist') ? args[args.indexOf('--dist') + 1] : 'dist');
  if (!existsSync(join(distDir, 'taskpane.html'))) {
    console.error('budgets: dist/taskpane.html missing; run `npm run build:addin` first.');
    process.exit(2);
  }
  const result = initialJs(distDir);
  const ok = result.gzipBytes <= TASKPANE_INITIAL_JS_BUDGET;
  if (args.includes('--json')) {
    console.log(
      JSON.stringify({
        taskpaneInitialJsGzip: result.gzipBytes,
        budget: TASKPANE_INITIAL_JS_BUDGET,
        ok,
        files: result.files,
      }),
    );
  } else {
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    console.log(
      `task pane initial JS: ${kb(result.gzipBytes)} gzip (${kb(result.rawBytes)} raw) in ${result.files.length} file(s); budget ${kb(TASKPANE_INITIAL_JS_BUDGET)} ${ok ? 'OK' : 'OVER'}`,
    );
    for (const f of result.files) console.log(`  ${f}`);
  }
  process.exit(ok ? 0 : 1);
}
