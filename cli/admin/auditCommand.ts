// `svarsplikt admin audit`: every mailbox's autoreply and forwarding, judged by the core.
import { parseArgs } from 'node:util';
import { parseInstant, stockholmIso } from '../../shared/index.ts';
import type { Io } from '../cliIo.ts';
import { UsageError } from '../usageError.ts';
import { CONNECTION_OPTIONS, concurrencyOf, organisationOf, tenantOf } from './adminOptions.ts';
import type { AdminTenant } from './adminOptions.ts';
import { failedRow, judgeMailbox } from './audit/judgeMailbox.ts';
import type { AuditRow } from './audit/judgeMailbox.ts';
import type { MailboxObservation } from './audit/mailboxObservation.ts';
import { progressBar } from './audit/progressBar.ts';
import { createRowSink } from './audit/rowSink.ts';
import type { AuditFormat } from './audit/rowSink.ts';
import { googleErrorText, googleFailure } from './google/googleFailure.ts';
import { googleUsers, readGmailMailbox } from './google/googleMailboxes.ts';
import { userScopes } from './google/googleScopes.ts';
import { graphPreflight } from './microsoft/graphPreflight.ts';
import { graphMailboxes, readGraphMailbox } from './microsoft/graphMailboxes.ts';
import { graphErrorText, graphFailure } from './microsoft/graphRequest.ts';
import { callPolicy, retrying } from './net/callPolicy.ts';
import type { CallStats } from './net/callPolicy.ts';
import { mapConcurrent } from './net/mapConcurrent.ts';

const FORMATS: readonly AuditFormat[] = ['json', 'csv', 'html', 'table'];
/** Rows between waits for stdout to drain. */
const FLUSH_EVERY = 256;

/** One mailbox to read, with how to read it; never rejects (a failure becomes the row's error). */
interface Source {
  readonly mailboxes: AsyncIterable<{
    readonly address: string;
    readonly read: () => Promise<MailboxObservation>;
  }>;
  readonly errorText: (error: unknown) => string;
}

function sourceOf(tenant: AdminTenant, group: string | undefined, stats: CallStats): Source {
  if (tenant.provider === 'google') {
    if (group !== undefined)
      throw new UsageError('--group is for Microsoft 365; in Workspace, audit the whole domain');
    const retry = retrying(callPolicy(googleFailure, stats));
    const scopes = userScopes('audit');
    return {
      errorText: googleErrorText,
      mailboxes: (async function* () {
        for await (const address of googleUsers(tenant.google, tenant.adminAddress, retry))
          yield { address, read: () => readGmailMailbox(tenant.google, address, scopes, retry) };
      })(),
    };
  }
  const retry = retrying(callPolicy(graphFailure, stats));
  return {
    errorText: graphErrorText,
    mailboxes: (async function* () {
      await graphPreflight(tenant.graph, group === undefined ? 'audit' : 'audit-group', retry);
      for await (const mailbox of graphMailboxes(tenant.graph, group, retry))
        yield {
          address: mailbox.address,
          read: () => readGraphMailbox(tenant.graph, mailbox, retry),
        };
    })(),
  };
}

/** Runs the audit; exit 0 when every mailbox was read, 1 when some could not be. */
export async function auditCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...CONNECTION_OPTIONS,
      format: { type: 'string' },
      out: { type: 'string' },
      group: { type: 'string' },
    },
  });
  const format = (values.format ?? (io.stdoutIsTty === true ? 'table' : 'json')) as AuditFormat;
  if (!FORMATS.includes(format))
    throw new UsageError(
      `--format must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(values.format)}`,
    );
  if (format === 'html' && values.out === undefined)
    throw new UsageError('--format html needs --out report.html');
  const org = organisationOf(values);
  const tenant = tenantOf(values, io.env ?? {});
  const concurrency = concurrencyOf(values.concurrency);
  let now = io.now();
  if (values.now !== undefined) {
    const parsed = parseInstant(values.now);
    if (!parsed.ok) throw new UsageError(`--now: ${parsed.error.message}`);
    now = parsed.value;
  }
  const stats: CallStats = { retries: 0, throttled: 0 };
  const source = sourceOf(tenant, values.group, stats);
  const sink = createRowSink(
    format,
    io.out,
    values.out === undefined
      ? undefined
      : { outPath: values.out, organisation: org.name, generatedAt: stockholmIso(now) },
  );
  const progress = progressBar(io.progress, io.now);
  // On one terminal, the table's rows would land after the progress line: erase it first.
  const flushRows = async () => {
    if (io.stdoutIsTty === true) progress.clear();
    await io.flush?.();
  };
  const rows = mapConcurrent(source.mailboxes, concurrency, async (mailbox): Promise<AuditRow> => {
    try {
      return judgeMailbox(await mailbox.read(), org, now);
    } catch (error) {
      return failedRow(mailbox.address, source.errorText(error));
    }
  });
  try {
    let written = 0;
    for await (const row of rows) {
      sink.write(row);
      progress.tick(row.error !== undefined);
      // A slow reader of stdout holds the audit back instead of rows piling up in memory.
      if (++written % FLUSH_EVERY === 0) await flushRows();
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // Listing the mailboxes failed for good (after retries): nothing more can be audited.
    progress.done();
    await sink.close();
    throw new UsageError(`cannot list the mailboxes: ${source.errorText(error)}`);
  }
  await flushRows();
  progress.done();
  const summary = await sink.close();
  io.err(
    `svarsplikt admin audit: ${summary.mailboxes} mailboxes, ${summary.failed} could not be read, ${summary.activeWithErrors} active autoreplies with errors, ${summary.externalForwarding} forwarding outside the organisation; ${stats.retries} retries (${stats.throttled} throttled)`,
  );
  return summary.failed > 0 ? 1 : 0;
}
