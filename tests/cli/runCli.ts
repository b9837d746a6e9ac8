import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The repository's root, for the built CLI and the README. */
export const root = new URL('../../', import.meta.url).pathname;

/** Builds the CLI bundle, as `npm install` does. */
export function buildCli(): void {
  execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { cwd: root });
}

/** Runs `svarsplikt` with arguments and optional standard input. */
export const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [join(root, 'bin/svarsplikt.mjs'), ...args], {
    input,
    encoding: 'utf8',
  });

/** The JSON lines of an output. */
export const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
