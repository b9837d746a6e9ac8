// `svarsplikt admin report --from --to`: the organisation's follow-up collected from the functional
// mailboxes through the APIs (metadata only) and counted by the same core tally as `report`.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  addDays,
  createFollowUp,
  isIsoDate,
  stockholmInstant,
  stockholmIso,
} from '../../shared/index.ts';
import type { FollowUpMessage, FollowUpRow, Organisation } from '../../shared/index.ts';
import type { Io } from '../cliIo.ts';
import { UsageError } from '../usageError.ts';
import { CONNECTION_OPTIONS, concurrencyOf, organisationOf, tenantOf } from './adminOptions.ts';
import { asyncItems, mapConcurrent } from './net/mapConcurrent.ts';
import { googleFailure } from './google/googleFailure.ts';
import { callPolicy, retrying } from './net/callPolicy.ts';
import type { CallStats } from './net/callPolicy.ts';
import { followUpHtml } from './report/followUpHtml.ts';
import { gmailReportLines } from './report/gmailReportLines.ts';
import { graphReportLines } from './report/graphReportLines.ts';
import { graphFailure } from './microsoft/graphRequest.ts';
import { jwtCache } from './watch/gmailWatcher.ts';

const FORMATS = ['json', 'csv', 'html', 'lines'] as const;
const COLUMNS = [
  'mailbox',
  'period',
  'received',
  'inTime',
  'late',
  'open',
  'openOverdue',
  'shareInTime',
  'medianResponseMinutes',
] as const;

function dateOption(name: string, value: string | undefined): string {
  if (value === undefined || !isIsoDate(value))
    throw new UsageError(`--${name} must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return value;
}

function csvOf(rows: readonly FollowUpRow[]): string {
  const cell = (v: unknown) => {
    const text = v === null ? '' : String(v);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => cell(r[c])).join(','))].join(
    '\n',
  );
}

/**
 * One collected message as `svarsplikt report` reads it: receipt, our kvittens or lägesbesked
 * (`acknowledged`, with the date it `promised`) and the answer, as separate fields.
 */
export function lineJson(m: FollowUpMessage): string {
  return JSON.stringify({
    mailbox: m.mailbox,
    received: stockholmIso(m.receivedAt),
    ...(m.acknowledgedAt !== undefined ? { acknowledged: stockholmIso(m.acknowledgedAt) } : {}),
    ...(m.answeredAt !== undefined ? { answered: stockholmIso(m.answeredAt) } : {}),
    ...(m.promised !== undefined ? { promised: m.promised } : {}),
  });
}

function mailboxesOf(given: readonly string[] | undefined, org: Organisation): string[] {
  const list = given?.length ? given : org.functionalMailboxes.map((m) => m.address);
  if (list.length === 0)
    throw new UsageError(
      'no mailboxes: list "functionalMailboxes" in the configuration or give --mailbox',
    );
  return list.map((a) => a.toLowerCase());
}

/** Collects and counts; exit 1 when a mailbox could not be read. */
export async function adminReportCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...CONNECTION_OPTIONS,
      from: { type: 'string' },
      to: { type: 'string' },
      mailbox: { type: 'string', multiple: true },
      format: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const format = (values.format ?? 'json') as (typeof FORMATS)[number];
  if (!FORMATS.includes(format))
    throw new UsageError(
      `--format must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(values.format)}`,
    );
  const from = dateOption('from', values.from);
  const to = dateOption('to', values.to);
  if (to < from) throw new UsageError('--to must not be before --from');
  const org = organisationOf(values);
  const mailboxes = mailboxesOf(values.mailbox, org);
  const tenant = tenantOf(values, io.env ?? {});
  const now = values.now === undefined ? io.now() : Date.parse(values.now);
  if (!Number.isFinite(now)) throw new UsageError('--now must be an instant with its offset');
  const stats: CallStats = { retries: 0, throttled: 0 };
  let linesOf: (mailbox: string, start: number, end: number) => AsyncGenerator<FollowUpMessage>;
  if (tenant.provider === 'google') {
    const context = {
      retry: retrying(callPolicy(googleFailure, stats)),
      authFor: jwtCache(tenant.google),
    };
    linesOf = (mailbox, start, end) => gmailReportLines(mailbox, start, end, org, context);
  } else {
    const { graph } = tenant;
    const retry = retrying(callPolicy(graphFailure, stats));
    linesOf = (mailbox, start, end) => graphReportLines(graph, mailbox, start, end, org, retry);
  }
  const concurrency = concurrencyOf(values.concurrency);
  const tally = createFollowUp(org, now, 'month');
  const start = stockholmInstant(from, 0);
  const end = stockholmInstant(addDays(to, 1), 0);
  let failed = 0;
  // Mailboxes are read `--concurrency` at a time; each one's lines are counted as a whole, in the
  // order the mailboxes finish (the tally does not depend on the order).
  const collected = mapConcurrent(asyncItems(mailboxes), concurrency, async (mailbox) => {
    const lines: FollowUpMessage[] = [];
    try {
      for await (const line of linesOf(mailbox, start, end)) lines.push(line);
      return { mailbox, lines, error: undefined };
    } catch (error) {
      return { mailbox, lines, error: error as Error };
    }
  });
  const byMailbox = new Map<string, FollowUpMessage[]>();
  for await (const result of collected) {
    if (result.error !== undefined) {
      failed += 1;
      io.err(
        `svarsplikt admin report: a mailbox could not be read: ${result.error.message.split('\n')[0] ?? ''}`,
      );
      continue;
    }
    for (const line of result.lines) tally.add(line);
    if (format === 'lines') byMailbox.set(result.mailbox, result.lines);
  }
  const rows = tally.rows();
  const text =
    format === 'lines'
      ? mailboxes.flatMap((m) => (byMailbox.get(m) ?? []).map(lineJson)).join('\n')
      : format === 'json'
        ? rows.map((r) => JSON.stringify(r)).join('\n')
        : format === 'csv'
          ? csvOf(rows)
          : followUpHtml(org.name, org.policy.reply.text.sv, from, to, rows);
  if (values.out !== undefined) writeFileSync(values.out, text + (format === 'html' ? '' : '\n'));
  else if (text !== '') io.out(text);
  io.err(
    `svarsplikt admin report: ${mailboxes.length} mailboxes, ${rows.length} rows, ${failed} failed`,
  );
  return failed > 0 ? 1 : 0;
}
