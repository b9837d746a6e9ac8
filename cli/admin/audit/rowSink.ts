// Where audit rows go, one at a time: JSON lines, CSV, a terminal table, or the HTML report
// (whose table is spooled to a temporary file so the chart can come first without holding rows).
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { addToSummary, emptySummary } from './auditSummary.ts';
import type { AuditSummary } from './auditSummary.ts';
import { CSV_HEADER, csvRow } from './csvRow.ts';
import { HTML_REPORT_TAIL, htmlReportHead, htmlTableRow } from './htmlReport.ts';
import type { AuditRow } from './judgeMailbox.ts';

export type AuditFormat = 'json' | 'csv' | 'html' | 'table';

export interface RowSink {
  write(row: AuditRow): void;
  /** Finishes the output; returns the summary. */
  close(): Promise<AuditSummary>;
}

/** The row as the JSON line prints it (stable fields first). */
export function jsonRow(row: AuditRow): string {
  return JSON.stringify(row);
}

/** The terminal table's columns: mailbox, autoreply state (FEL when unreadable), findings or error. */
function tableLine(mailbox: string, state: string, findings: string): string {
  return `${mailbox.padEnd(36)} ${state.padEnd(10)} ${findings}`.trimEnd();
}

/** The terminal table's heading, Swedish first. */
export const TABLE_HEADER = tableLine('Postlåda / Mailbox', 'Autosvar', 'Fynd / Findings');

/** One mailbox as a line of the terminal table (the human format). */
export function tableRow(row: AuditRow): string {
  const state = row.error !== undefined ? 'FEL' : (row.autoreply ?? '');
  const findings = row.error ?? row.findings.map((f) => f.id).join(' ');
  return tableLine(row.mailbox, state, findings);
}

/** A sink writing lines through `out` (json, csv, table) or the HTML report to `outPath`. */
export function createRowSink(
  format: AuditFormat,
  out: (line: string) => void,
  html:
    | { readonly outPath: string; readonly organisation: string; readonly generatedAt: string }
    | undefined,
): RowSink {
  const summary = emptySummary();
  if (format !== 'html') {
    if (format === 'csv') out(CSV_HEADER);
    if (format === 'table') out(TABLE_HEADER);
    const render = format === 'json' ? jsonRow : format === 'csv' ? csvRow : tableRow;
    return {
      write(row) {
        addToSummary(summary, row);
        out(render(row));
      },
      close: () => Promise.resolve(summary),
    };
  }
  if (html === undefined) throw new Error('--format html needs --out report.html');
  const spoolDir = mkdtempSync(join(tmpdir(), 'svarsplikt-audit-'));
  const spoolPath = join(spoolDir, 'rows.html');
  const spool = openSync(spoolPath, 'w');
  return {
    write(row) {
      addToSummary(summary, row);
      writeSync(spool, htmlTableRow(row));
    },
    async close() {
      closeSync(spool);
      try {
        const target = createWriteStream(html.outPath);
        target.write(htmlReportHead(summary, html.organisation, html.generatedAt));
        await pipeline(createReadStream(spoolPath), target, { end: false });
        await new Promise<void>((resolve, reject) =>
          target.end(HTML_REPORT_TAIL, () => resolve()).on('error', reject),
        );
      } finally {
        rmSync(spoolDir, { recursive: true, force: true });
      }
      return summary;
    },
  };
}
