// The order journal: append-only JSON lines, each fsynced before the step it records is taken.
// A torn last line (a crash mid-write) is cut off on open; a lock file keeps runs from overlapping
// and is taken over when the process that held it is gone.
import {
  closeSync,
  mkdirSync,
  existsSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readFileSync,
  readSync,
  fstatSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from '../../usageError.ts';
import type { Order } from './order.ts';

export type StepName = 'start' | 'revert';

/** What the journal holds: orders, and intents and results of steps taken on them. */
export type JournalRecord =
  | ({ readonly t: 'order'; readonly at: string } & Order)
  | {
      readonly t: 'step';
      readonly id: string;
      readonly step: StepName;
      readonly phase: 'intent' | 'done' | 'expired';
      readonly at: string;
      /** What was there before the step (to restore on revert). */
      readonly previous?: unknown;
      /** Exchange Online PowerShell the admin is to run (mailbox delegation). */
      readonly powershell?: string;
      readonly note?: string;
    };

function fsyncDirectory(path: string): void {
  try {
    const fd = openSync(dirname(path), 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some platforms (Windows) cannot open a directory; the file's own fsync still holds.
  }
}

/** Parses the journal's text; a last line without its newline was torn by a crash and is dropped. */
export function parseJournal(text: string): { records: JournalRecord[]; validLength: number } {
  const end = text.lastIndexOf('\n') + 1;
  const records: JournalRecord[] = [];
  for (const line of text.slice(0, end).split('\n')) {
    if (line.trim() === '') continue;
    records.push(JSON.parse(line) as JournalRecord);
  }
  return { records, validLength: Buffer.byteLength(text.slice(0, end)) };
}

export interface OrderJournal {
  readonly records: readonly JournalRecord[];
  append(record: JournalRecord): void;
  close(): void;
}

/** Reads the journal (creating it if asked) and opens it for appending. Throws naming the file when it cannot. */
export function openJournal(path: string, options: { create: boolean }): OrderJournal {
  if (!existsSync(path)) {
    if (!options.create)
      return {
        records: [],
        append: () => {
          throw new Error('journal opened read-only');
        },
        close: () => undefined,
      };
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, '', { flag: 'a' });
    fsyncDirectory(path);
  }
  const fd = openSync(path, 'r+');
  const size = fstatSync(fd).size;
  const buffer = Buffer.alloc(size);
  readSync(fd, buffer, 0, size, 0);
  let parsed: ReturnType<typeof parseJournal>;
  try {
    parsed = parseJournal(buffer.toString('utf8'));
  } catch (error) {
    closeSync(fd);
    throw new UsageError(
      `the order journal ${path} has a damaged line: ${(error as Error).message}`,
      { cause: error },
    );
  }
  if (parsed.validLength < size) {
    ftruncateSync(fd, parsed.validLength);
    fsyncSync(fd);
  }
  const records = parsed.records;
  let position = parsed.validLength;
  return {
    records,
    append(record) {
      const line = Buffer.from(`${JSON.stringify(record)}\n`);
      writeSync(fd, line, 0, line.length, position);
      fsyncSync(fd);
      position += line.length;
      records.push(record);
    },
    close: () => closeSync(fd),
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes `<journal>.lock`, or throws when a live process holds it. Returns the release function. */
export function lockJournal(path: string): () => void {
  const lock = `${path}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      fsyncSync(fd);
      closeSync(fd);
      return () => {
        try {
          unlinkSync(lock);
        } catch {
          // Already gone.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lock, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder) && holder !== process.pid)
        throw new UsageError(`another svarsplikt admin run (pid ${holder}) holds ${lock}`, {
          cause: error,
        });
      unlinkSync(lock); // Left by a run that died: take it over.
    }
  }
  throw new UsageError(`cannot take ${lock}`);
}
