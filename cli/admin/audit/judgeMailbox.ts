// Turns what a mailbox has into the audit's row, with the core's findings.
import { isInOrganisation, referralFindings, stockholmDate } from '../../../shared/index.ts';
import type { AbsenceInput, Finding, Organisation } from '../../../shared/index.ts';
import { autoreplyState } from './autoreplyState.ts';
import type { AutoreplyState } from './autoreplyState.ts';
import type { MailboxObservation } from './mailboxObservation.ts';
import { hasEnglish, replyContacts } from './replyText.ts';

/** One finding as the audit prints it (the core's finding without its source object). */
export interface RowFinding {
  readonly id: Finding['id'];
  readonly severity: Finding['severity'];
  readonly field?: string;
  readonly message: string;
  readonly messageSv: string;
}

/** One line of the audit: JSON fields are stable (add, never rename). */
export interface AuditRow {
  readonly mailbox: string;
  /** null when the mailbox could not be read. */
  readonly autoreply: AutoreplyState | null;
  /** First day and last day of the absence as the autoreply's schedule gives them. */
  readonly firstDay: string | null;
  readonly lastDay: string | null;
  readonly findings: readonly RowFinding[];
  readonly forwarding: null | { readonly to: string; readonly internal: boolean };
  /** Every forwarding target when there is more than one. */
  readonly forwardingAll: readonly { readonly to: string; readonly internal: boolean }[];
  readonly delegates: readonly string[];
  /** Set when the mailbox could not be read; the run goes on. */
  readonly error?: string;
}

/** Findings that concern forwarding and delegation alone (reported even with the autoreply off). */
const ALWAYS = new Set(['EXTERNAL_TARGET', 'ADDRESS_INVALID']);

/**
 * Judges one mailbox by the core's referral findings.
 * @example judgeMailbox(observation, org, Date.parse('2026-04-07T08:00:00Z')).findings.map((f) => f.id)
 */
export function judgeMailbox(
  observation: MailboxObservation,
  org: Organisation,
  now: number,
): AuditRow {
  const state = autoreplyState(observation.autoreply, now);
  const today = stockholmDate(now);
  const { start, end, text } = observation.autoreply;
  const firstDay = start === null || stockholmDate(start) < today ? today : stockholmDate(start);
  const lastDay = end === null ? null : stockholmDate(end - 1);
  const forwardingAll = observation.forwardsTo.map((to) => ({
    to,
    internal: isInOrganisation(to, org),
  }));
  const forward = forwardingAll.find((f) => !f.internal) ?? forwardingAll[0];
  const delegate =
    observation.delegates.find((d) => !isInOrganisation(d, org)) ?? observation.delegates[0];
  const input: AbsenceInput = {
    firstDay: state === 'off' ? null : firstDay,
    lastDay: state === 'off' ? null : lastDay,
    contacts: replyContacts(text),
    note: text,
    languages: hasEnglish(text) ? ['sv', 'en'] : ['sv'],
    ...(forward !== undefined ? { forwardTo: forward.to } : {}),
    ...(delegate !== undefined ? { delegate } : {}),
  };
  const findings = referralFindings(input, org, today)
    .filter((f) => state !== 'off' || ALWAYS.has(f.id))
    .filter((f) => f.id !== 'ADDRESS_INVALID' || f.field === 'forwardTo' || f.field === 'delegate')
    .map((f) => ({
      id: f.id,
      severity: f.severity,
      ...(f.field !== undefined ? { field: f.field } : {}),
      message: f.message.en,
      messageSv: f.message.sv,
    }));
  return {
    mailbox: observation.mailbox,
    autoreply: state,
    firstDay: state === 'off' ? null : firstDay,
    lastDay: state === 'off' ? null : lastDay,
    findings,
    forwarding: forward ?? null,
    forwardingAll,
    delegates: observation.delegates,
  };
}

/** The row of a mailbox that could not be read. */
export function failedRow(mailbox: string, error: string): AuditRow {
  return {
    mailbox,
    autoreply: null,
    firstDay: null,
    lastDay: null,
    findings: [],
    forwarding: null,
    forwardingAll: [],
    delegates: [],
    error,
  };
}
