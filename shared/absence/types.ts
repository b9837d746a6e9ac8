import type { Bilingual, Lang } from '../i18n/lang.ts';
import type { IsoDate } from '../calendar/isoDate.ts';
import type { Source } from '../policy/source.ts';

/** How serious a compliance finding is: an error blocks saving the referral. */
export type Severity = 'error' | 'warning' | 'info';

/** The compliance findings of docs/rules.md §4, plus ADDRESS_INVALID for an address that cannot be used at all. */
export type FindingId =
  | 'REFERRAL_MISSING'
  | 'RETURN_MISSING'
  | 'OFFICIAL_CHANNEL_MISSING'
  | 'EXTERNAL_TARGET'
  | 'ABSENCE_REASON'
  | 'LONG_ABSENCE_UNCOVERED'
  | 'DATES_INVALID'
  | 'ENGLISH_MISSING'
  | 'ADDRESS_INVALID';

/** One compliance finding: data for the UI, never an exception. */
export interface Finding {
  readonly id: FindingId;
  readonly severity: Severity;
  readonly message: Bilingual;
  readonly source: Source | null;
  /** The input field it concerns, e.g. `lastDay`, `forwardTo`, `contacts[1].address`. */
  readonly field?: string;
}

/** Someone the sender can turn to during the absence. */
export interface ReferralContact {
  readonly name: string;
  readonly address?: string;
  readonly phone?: string;
  readonly role?: string;
}

/** What the user tells us about an absence. */
export interface AbsenceInput {
  /** First day away (Stockholm date); null = not given. */
  readonly firstDay: string | null;
  /** Last day away (Stockholm date); null = not given. */
  readonly lastDay: string | null;
  readonly contacts: readonly ReferralContact[];
  /** Where mail is forwarded during the absence; must match the forwarding actually set. */
  readonly forwardTo?: string;
  /** A colleague with access to the mailbox. */
  readonly delegate?: string;
  /** Languages of the referral; default the organisation's. */
  readonly languages?: readonly Lang[];
  readonly personName?: string;
  /** The user's own extra text: checked for absence reasons, escaped in HTML. */
  readonly note?: string;
}

/** One generated text in its three shapes. */
export interface ReferralTexts {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** The referral autoreply for citizens (external) and colleagues (internal), with its findings. */
export interface Referral {
  readonly external: ReferralTexts;
  readonly internal: ReferralTexts;
  /** The next working day after the last day; null when no valid last day was given. */
  readonly backOn: string | null;
  readonly findings: readonly Finding[];
  /** True when any finding is an error. */
  readonly blocking: boolean;
}

/** What a reply to the asker shares: the original subject, names, confidentiality, language. */
export interface ReplyInput {
  /** When the organisation received the message (instant). */
  readonly receivedAt: number;
  readonly subject?: string;
  readonly senderName?: string;
  readonly signature?: string;
  /** Confidential content: a new message that neither quotes nor names the original. */
  readonly confidential?: boolean;
  /** One language only; default Swedish then English. */
  readonly lang?: Lang;
}

/** What an acknowledgement (kvittens) says. Give `promised`, or `answerBy`, or both. */
export interface AcknowledgementInput extends ReplyInput {
  /** The promised answer date (a working day, see checkPromisedDate); stated when given. */
  readonly promised?: IsoDate;
  /** When an answer can be expected (instant), computed or chosen; its day is stated. */
  readonly answerBy?: number;
}

/** A lägesbesked: a status update that promises a new answer date (docs/rules.md §7). */
export interface StatusUpdateInput extends ReplyInput {
  /** The new promised answer date. */
  readonly promised: IsoDate;
  /** The date promised before, if any: named so the asker sees what changed. */
  readonly previouslyPromised?: IsoDate;
}

/** Who will answer a message that is not ours. */
export interface NotOursRecipient {
  readonly name: string;
  readonly address?: string;
  readonly phone?: string;
}

/** The notice to the asker that a message is not ours and has been passed on (docs/rules.md §7, 002). */
export interface NotOursNoticeInput extends ReplyInput {
  readonly forwardedTo: NotOursRecipient;
  /** When the recipient will answer, if known. */
  readonly answerBy?: IsoDate;
}

/** The acknowledgement, ready for a reply form or a new message. */
export interface Acknowledgement {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** Whether the host may quote the original message (never for confidential content). */
  readonly quoteOriginal: boolean;
}
