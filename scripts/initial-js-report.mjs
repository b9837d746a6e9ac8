#!/usr/bin/env node
// What the Outlook task pane's initial JavaScript (the budget `npm run budgets` checks) is made of:
// builds the pane with sourcemaps into a temporary folder (dist/ is left alone), takes the same
// files scripts/budgets.mjs counts, and attributes each generated character to its source module
// through the maps. Prints raw KB per package / core folder, then the largest modules. (The gzip
// figure is a little above `npm run budgets`': each file here ends with a sourceMappingURL line.)
// Usage: node scripts/initial-js-report.mjs [--top N] [--filter TEXT]
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { initialJs } from './budgets.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The numbers of one sourcemap segment (base64 VLQ). */
function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >> 1) : value >> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Generated characters per source of one built file, from its sourcemap. */
function charsPerSource(code, map) {
  const lines = code.split('\n');
  const counts = new Map();
  let source = 0;
  map.mappings.split(';').forEach((line, index) => {
    const points = [];
    let column = 0;
    for (const segment of line ? line.split(',') : []) {
      const [dColumn = 0, dSource] = decodeSegment(segment);
      column += dColumn;
      if (dSource !== undefined) source += dSource;
      points.push({ column, source: dSource === undefined ? -1 : source });
    }
    const length = lines[index]?.length ?? 0;
    points.forEach((point, i) => {
      if (point.source < 0) return;
      const name = map.sources[point.source] ?? '?';
      const end = points[i + 1]?.column ?? length;
      counts.set(name, (counts.get(name) ?? 0) + end - point.column);
    });
  });
  return counts;
}

/** A readable module name: `pkg:name/file` for dependencies, a repo-relative path otherwise. */
function moduleName(source) {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) return `pkg:${source.slice(nm + 'node_modules/'.length)}`;
  const abs = resolve(repoRoot, 'addin', source);
  return abs.startsWith(repoRoot) ? abs.slice(repoRoot.length + 1) : source;
}

/** The package (`pkg:@scope/name`) or core/add-in folder (`shared/clock`) a module belongs to. */
function groupOf(name) {
  const parts = name.split('/');
  if (name.startsWith('pkg:')) return parts.slice(0, name.startsWith('pkg:@') ? 2 : 1).join('/');
  return parts.slice(0, name.startsWith('addin/') ? 3 : 2).join('/');
}

const args = process.argv.slice(2);
const top = Number(args.includes('--top') ? args[args.indexOf('--top') + 1] : 40);
const filter = args.includes('--filter') ? args[args.indexOf('--filter') + 1] : '';
const out = mkdtempSync(join(tmpdir(), 'svarsplikt-initial-js-'));
try {
  await build({
    configFile: join(repoRoot, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: { outDir: out, sourcemap: true, emptyOutDir: true },
  });
  const initial = initialJs(out);
  const modules = new Map();
  for (const file of initial.files) {
    const mapFile = join(out, `${file}.map`);
    if (!existsSync(mapFile)) continue;
    const counts = charsPerSource(
      readFileSync(join(out, file), 'utf8'),
      JSON.parse(readFileSync(mapFile, 'utf8')),
    );
    for (const [source, chars] of counts) {
      const name = moduleName(source);
      modules.set(name, (modules.get(name) ?? 0) + chars);
    }
  }
  const groups = new Map();
  for (const [name, chars] of modules)
    groups.set(groupOf(name), (groups.get(groupOf(name)) ?? 0) + chars);
  const kb = (n) => `${(n / 1024).toFixed(1).padStart(7)} KB`;
  const list = (entries) =>
    [...entries]
      .filter(([name]) => name.includes(filter))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, chars]) => `${kb(chars)}  ${name}`)
      .join('\n');
  console.log(
    `initial JS: ${(initial.gzipBytes / 1024).toFixed(1)} KB gzip, ${(initial.rawBytes / 1024).toFixed(1)} KB raw, ${initial.files.length} files\n`,
  );
  console.log(`raw size by package / folder:\n${list(groups)}\n`);
  console.log(`largest modules:\n${list(modules)}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
