// svarsplikt report: the organisation's follow-up (docs/rules.md §8) from JSON lines, one per message.
// Streams: memory grows with mailboxes × periods and met messages, never with the input text.
import { parseArgs } from 'node:util';
import { createFollowUp, parseFollowUpLine } from '../shared/index.ts';
import type { FollowUpRow } from '../shared/index.ts';
import type { Io } from './cliIo.ts';
import { instantOf } from './instantOption.ts';
import type { LineInput } from './instantOption.ts';
import { loadOrganisation } from './loadOrganisation.ts';
import { UsageError } from './usageError.ts';

async function* splitStdin(io: Io & LineInput): AsyncIterable<string> {
  yield* (await io.stdin()).split(/\r?\n/);
}

const rowJson = (row: FollowUpRow) =>
  JSON.stringify({
    mailbox: row.mailbox,
    period: row.period,
    received: row.received,
    inTime: row.inTime,
    late: row.late,
    open: row.open,
    openOverdue: row.openOverdue,
    shareInTime: row.shareInTime === null ? null : Math.round(row.shareInTime * 10_000) / 10_000,
    medianResponseMinutes: row.medianResponseMinutes,
    brokenPromises: row.brokenPromises,
  });

/** Runs `svarsplikt report`; exit 1 when a line could not be read (the others still count). */
export async function report(args: string[], io: Io & LineInput): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      policy: { type: 'string' },
      now: { type: 'string' },
      by: { type: 'string', default: 'month' },
    },
  });
  const org = loadOrganisation(values.policy);
  const by = values.by;
  if (by !== 'month' && by !== 'week') throw new UsageError(`--by takes month or week, got ${by}`);
  let now = io.now();
  if (values.now !== undefined) {
    const parsed = instantOf(values.now);
    if (!parsed.ok) throw new UsageError(`--now: ${parsed.error.message}`);
    now = parsed.value;
  }
  const tally = createFollowUp(org, now, by);
  let lineNumber = 0;
  let read = 0;
  let failed = 0;
  for await (const line of io.stdinLines?.() ?? splitStdin(io)) {
    lineNumber++;
    if (line.trim() === '') continue;
    read++;
    const message = parseFollowUpLine(line);
    let error = message.ok ? undefined : message.error.message;
    if (message.ok) {
      try {
        tally.add(message.value);
      } catch (thrown) {
        error = (thrown as Error).message; // a deadline past the calendar's last year
      }
    }
    if (error !== undefined) {
      failed++;
      io.out(JSON.stringify({ line: lineNumber, error }));
    }
  }
  for (const row of tally.rows()) io.out(rowJson(row));
  if (failed > 0) io.err(`svarsplikt: ${failed} of ${read} lines could not be read`);
  return failed > 0 ? 1 : 0;
}
