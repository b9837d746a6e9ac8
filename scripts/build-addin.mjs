#!/usr/bin/env node
// Builds the Outlook add-in into dist/ without touching the Gmail add-on's dist/gmail-addon/:
// removes our previous output, runs Vite (vite.config.ts), writes dist/manifest.xml for the base
// URL and dist/config/addin.json for production.
// Usage: node scripts/build-addin.mjs [--base-url https://…] [--client-id GUID] [--standin]
//   env: ADDIN_BASE_URL, ADDIN_CLIENT_ID. --standin keeps the playground's config (stand-in Graph).
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { buildManifest } from './build-manifest.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(repoRoot, 'dist');
const OURS = new Set([
  'assets',
  'config',
  'icons',
  'taskpane.html',
  'auth-dialog.html',
  'manifest.xml',
]);
const PLACEHOLDER_CLIENT_ID = '00000000-0000-0000-0000-000000000000';

function argValue(args, name) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const args = process.argv.slice(2);
if (existsSync(dist)) {
  for (const entry of readdirSync(dist))
    if (OURS.has(entry)) rmSync(join(dist, entry), { recursive: true, force: true });
}
await build({ configFile: join(repoRoot, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });

const manifest = buildManifest({
  baseUrl: argValue(args, '--base-url'),
  out: join(dist, 'manifest.xml'),
});
if (!args.includes('--standin')) {
  const clientId =
    argValue(args, '--client-id') ?? process.env.ADDIN_CLIENT_ID ?? PLACEHOLDER_CLIENT_ID;
  if (clientId === PLACEHOLDER_CLIENT_ID) {
    console.warn(
      'build-addin: no client id (ADDIN_CLIENT_ID / --client-id): dist/config/addin.json has a placeholder.',
    );
  }
  const config = { clientId, graphBaseUrl: 'https://graph.microsoft.com/v1.0', auth: 'naa' };
  writeFileSync(join(dist, 'config', 'addin.json'), `${JSON.stringify(config, null, 2)}\n`);
}
console.log(`add-in built: ${join(dist, 'taskpane.html')}, ${manifest}`);
