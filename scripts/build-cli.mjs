// Bundles the CLI (cli/run.ts and the core) into build/cli.mjs so `npx svarsplikt` runs on plain Node.
// npm packages (googleapis, google-auth-library, msal-node) stay external: they are dependencies,
// installed by `npm ci`, and are loaded only by `svarsplikt admin` (a split chunk), so the other
// commands start as fast as before.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('build/chunks', { recursive: true, force: true });
await build({
  entryPoints: { cli: 'cli/run.ts' },
  bundle: true,
  splitting: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir: 'build',
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  logLevel: 'warning',
});
