#!/usr/bin/env node
// `npm run build`: the Outlook add-in, then the Gmail add-on when its build script exists.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const scripts =
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).scripts ?? {};
const passThrough = process.argv
  .slice(2)
  .map((a) => JSON.stringify(a))
  .join(' ');
execSync(`node scripts/build-addin.mjs ${passThrough}`, { stdio: 'inherit' });
if (scripts['build:gmail']) execSync('npm run build:gmail', { stdio: 'inherit' });
