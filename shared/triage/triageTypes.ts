import type { Bilingual } from '../i18n/lang.ts';

/** Why a message carries no reply duty (docs/rules.md §3). */
export type TriageReasonCode =
  | 'AUTO_SUBMITTED'
  | 'PRECEDENCE'
  | 'MAILING_LIST'
  | 'DELIVERY_REPORT'
  | 'NULL_RETURN_PATH'
  | 'NO_REPLY_SENDER'
  | 'OWN_MESSAGE'
  | 'INTERNAL_SENDER'
  | 'CC_ONLY';

/** One finding: its code, the header that proves it, and a plain sentence for the user. */
export interface TriageReason {
  readonly code: TriageReasonCode;
  readonly evidence: string;
  readonly message: Bilingual;
}

/** The verdict: a duty unless at least one reason says otherwise. */
export interface Triage {
  readonly duty: boolean;
  readonly reasons: readonly TriageReason[];
}

/** Who the mailbox is and the organisation's triage options. */
export interface TriageOptions {
  readonly mailbox?: string;
  readonly orgDomains?: readonly string[];
  readonly internalSendersExempt?: boolean;
  readonly ccOnlyNoDuty?: boolean;
}
