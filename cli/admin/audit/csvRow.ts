import type { AuditRow } from './judgeMailbox.ts';

/** The CSV header, in the order of csvRow's cells. */
export const CSV_HEADER =
  'mailbox,autoreply,firstDay,lastDay,forwarding,forwardingInternal,errors,warnings,findings,error';

/** One CSV cell: quoted when needed, and a leading = + - @ defused so spreadsheets do not run it. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n']/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * One mailbox as a CSV line (RFC 4180).
 * @example csvRow(row) // 'anna@kommun.se,on,2026-04-07,2026-04-10,,,0,1,ENGLISH_MISSING,'
 */
export function csvRow(row: AuditRow): string {
  const count = (severity: string) =>
    String(row.findings.filter((f) => f.severity === severity).length);
  return [
    row.mailbox,
    row.autoreply ?? '',
    row.firstDay ?? '',
    row.lastDay ?? '',
    row.forwarding?.to ?? '',
    row.forwarding === null ? '' : String(row.forwarding.internal),
    count('error'),
    count('warning'),
    row.findings.map((f) => f.id).join(' '),
    row.error ?? '',
  ]
    .map(csvCell)
    .join(',');
}
