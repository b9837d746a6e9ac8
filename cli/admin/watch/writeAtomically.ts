// One way to replace a file the watcher keeps (its state, its token cache): a kill or a crash at
// any moment leaves either the old file or the new one, never half of either.
import { closeSync, fchmodSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Writes `text` to a temp file beside `path` (mode 0600, fsync), renames it over `path` and
 * fsyncs the folder, so the rename itself survives a power cut.
 * @example writeAtomically('/var/lib/svarsplikt/watch.json', JSON.stringify(state))
 */
export function writeAtomically(path: string, text: string): void {
  const full = resolve(path);
  const temp = `${full}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    // A temp file left by an earlier process with this pid keeps its mode under 'w': narrow it.
    fchmodSync(fd, 0o600);
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, full);
  const dir = openSync(dirname(full), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}
