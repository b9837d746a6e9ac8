import type { AuditRow } from './judgeMailbox.ts';

/** Counts for the report's chart, kept as rows stream past (no row is held). */
export interface AuditSummary {
  mailboxes: number;
  failed: number;
  off: number;
  scheduled: number;
  activeCompliant: number;
  activeWithErrors: number;
  externalForwarding: number;
  findings: Record<string, number>;
}

/** An empty summary. */
export function emptySummary(): AuditSummary {
  return {
    mailboxes: 0,
    failed: 0,
    off: 0,
    scheduled: 0,
    activeCompliant: 0,
    activeWithErrors: 0,
    externalForwarding: 0,
    findings: {},
  };
}

/** Adds one row to the summary. */
export function addToSummary(summary: AuditSummary, row: AuditRow): void {
  summary.mailboxes += 1;
  if (row.error !== undefined) summary.failed += 1;
  else if (row.autoreply === 'off') summary.off += 1;
  else if (row.autoreply === 'scheduled') summary.scheduled += 1;
  else if (row.findings.some((f) => f.severity === 'error')) summary.activeWithErrors += 1;
  else summary.activeCompliant += 1;
  if (row.forwardingAll.some((f) => !f.internal)) summary.externalForwarding += 1;
  for (const id of new Set(row.findings.map((f) => f.id)))
    summary.findings[id] = (summary.findings[id] ?? 0) + 1;
}
