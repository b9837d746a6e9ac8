import type { ParsedHeaders } from './parseHeaders.ts';
import { parseAddressList } from './parseAddressList.ts';
import type { MailboxAddress } from './parseAddressList.ts';
import type { TriageOptions, TriageReasonCode } from './triageTypes.ts';

/** What a rule sees: the headers, the options, and the sender already parsed. */
export interface TriageInput {
  readonly headers: ParsedHeaders;
  readonly options: TriageOptions;
  readonly sender: MailboxAddress | undefined;
}

/** One row of the duty table: a code and a test that returns the evidence, or undefined. */
export interface TriageRule {
  readonly code: TriageReasonCode;
  readonly evidence: (input: TriageInput) => string | undefined;
}

const MAX_EVIDENCE = 100;
const NO_REPLY_LOCAL_PARTS = ['noreply', 'donotreply', 'mailerdaemon', 'postmaster'];

function clip(text: string): string {
  return text.length > MAX_EVIDENCE ? `${text.slice(0, MAX_EVIDENCE - 1)}…` : text;
}

function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

function listHas(headers: ParsedHeaders, name: string, mailbox: string): boolean {
  return headers
    .getAll(name)
    .some((value) => parseAddressList(value).some((m) => sameAddress(m.address, mailbox)));
}

/** The rules of docs/rules.md §3, in the order their reasons are reported. */
export const TRIAGE_RULES: readonly TriageRule[] = Object.freeze([
  {
    code: 'AUTO_SUBMITTED',
    evidence: ({ headers }) => {
      const value = headers.get('Auto-Submitted');
      // RFC 3834: the keyword may carry parameters (`; …`) and comments (`(…)`).
      const keyword = value
        ?.replace(/\([^)]*\)/g, ' ')
        .split(';')[0]
        ?.trim()
        .toLowerCase();
      return value === undefined || keyword === 'no' ? undefined : clip(`Auto-Submitted: ${value}`);
    },
  },
  {
    code: 'PRECEDENCE',
    evidence: ({ headers }) => {
      const value = headers
        .getAll('Precedence')
        .map((v) => v.trim().toLowerCase())
        .find((v) => v === 'bulk' || v === 'list' || v === 'junk');
      return value === undefined ? undefined : `Precedence: ${value}`;
    },
  },
  {
    code: 'MAILING_LIST',
    evidence: ({ headers }) => {
      const listId = headers.get('List-Id');
      if (listId !== undefined) return clip(`List-Id: ${listId}`);
      // The unsubscribe link may carry a personal token, so only its presence is quoted.
      return headers.has('List-Unsubscribe') ? 'List-Unsubscribe: …' : undefined;
    },
  },
  {
    code: 'DELIVERY_REPORT',
    evidence: ({ headers }) => {
      const value = headers.get('Content-Type') ?? '';
      if (!/^\s*multipart\/report\b/i.test(value)) return undefined;
      const reportType = /report-type\s*=\s*"?([\w-]+)/i.exec(value)?.[1];
      return `Content-Type: multipart/report${reportType === undefined ? '' : `; report-type=${reportType}`}`;
    },
  },
  {
    code: 'NULL_RETURN_PATH',
    evidence: ({ headers }) =>
      /^<\s*>$/.test(headers.get('Return-Path')?.trim() ?? '') ? 'Return-Path: <>' : undefined,
  },
  {
    code: 'NO_REPLY_SENDER',
    evidence: ({ sender }) => {
      const local = sender?.address.slice(0, sender.address.lastIndexOf('@')) ?? '';
      const squeezed = local.toLowerCase().replace(/[-_.]/g, '');
      return NO_REPLY_LOCAL_PARTS.some((word) => squeezed.includes(word))
        ? `From: ${local}@…`
        : undefined;
    },
  },
  {
    code: 'OWN_MESSAGE',
    evidence: ({ sender, options }) =>
      sender !== undefined &&
      options.mailbox !== undefined &&
      sameAddress(sender.address, options.mailbox)
        ? 'From = mailbox'
        : undefined,
  },
  {
    code: 'INTERNAL_SENDER',
    evidence: ({ sender, options }) => {
      if (options.internalSendersExempt !== true || sender === undefined) return undefined;
      const domain = domainOf(sender.address);
      const internal = (options.orgDomains ?? []).some((org) => {
        const wanted = org.toLowerCase();
        return domain === wanted || domain.endsWith(`.${wanted}`);
      });
      return internal ? `From: …@${domain}` : undefined;
    },
  },
  {
    code: 'CC_ONLY',
    evidence: ({ headers, options }) => {
      const mailbox = options.mailbox;
      if (options.ccOnlyNoDuty !== true || mailbox === undefined) return undefined;
      return listHas(headers, 'Cc', mailbox) && !listHas(headers, 'To', mailbox)
        ? 'Cc = mailbox, To ≠ mailbox'
        : undefined;
    },
  },
]);
