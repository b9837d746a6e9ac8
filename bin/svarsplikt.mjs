#!/usr/bin/env node
// Runs the bundled CLI; `npm install` builds it (the package's prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../build/cli.mjs', import.meta.url);
if (!existsSync(fileURLToPath(built))) {
  process.stderr.write(
    'svarsplikt: the CLI is not built yet – run `npm install` (or `npm run prepare`) first\n',
  );
  process.exit(2);
}
await import(built.href);
