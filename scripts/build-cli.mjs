// Bundles the CLI (cli/run.ts and the core) into build/cli.mjs so `npx svarsplikt` runs on plain Node.
import { build } from 'esbuild';

await build({
  entryPoints: ['cli/run.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: 'build/cli.mjs',
  logLevel: 'warning',
});
