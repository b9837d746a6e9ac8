#!/usr/bin/env node
// Writes the deployable manifest: manifest.xml with the development base URL replaced.
// Usage: node scripts/build-manifest.mjs [--base-url https://addin.example.se] [--out dist/manifest.xml]
// The base URL also comes from ADDIN_BASE_URL; default https://localhost:3000.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEV_BASE_URL = 'https://localhost:3000';
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Checks a base URL: https, no query or fragment; returns it without a trailing slash. */
export function normaliseBaseUrl(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`Not a URL: ${value}`);
  }
  if (url.protocol !== 'https:') throw new Error(`The add-in base URL must use https: ${value}`);
  if (url.search || url.hash)
    throw new Error(`The add-in base URL must not have a query or fragment: ${value}`);
  return url.href.replace(/\/+$/, '');
}

/** The manifest text with every development URL moved to `baseUrl` (AppDomain gets the origin). */
export function manifestFor(template, baseUrl) {
  const base = normaliseBaseUrl(baseUrl);
  const origin = new URL(base).origin;
  return template
    .replace(/<!--[\s\S]*?-->\n/, '') // the header comment talks about the development URL
    .replace(`<AppDomain>${DEV_BASE_URL}</AppDomain>`, `<AppDomain>${origin}</AppDomain>`)
    .replaceAll(`${DEV_BASE_URL}/`, `${base}/`);
}

function argValue(args, name) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Builds dist/manifest.xml (or `out`); returns the path written. */
export function buildManifest({ baseUrl, out } = {}) {
  const template = readFileSync(resolve(repoRoot, 'manifest.xml'), 'utf8');
  const target = resolve(repoRoot, out ?? 'dist/manifest.xml');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(
    target,
    manifestFor(template, baseUrl ?? process.env.ADDIN_BASE_URL ?? DEV_BASE_URL),
  );
  return target;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  try {
    const written = buildManifest({
      baseUrl: argValue(args, '--base-url'),
      out: argValue(args, '--out'),
    });
    console.log(`manifest: ${written}`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
