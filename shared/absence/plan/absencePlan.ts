import type { IsoDate } from '../../calendar/isoDate.ts';
import type { Referral, ReferralTexts } from '../types.ts';

/**
 * One forwarding of ours (Outlook: a redirect inbox rule; Gmail: a forwarding filter), named by
 * what it does, so a retry or a second device recognises it without knowing its id.
 */
export interface ForwardingKey {
  /** Lower-case address mail goes to. */
  readonly to: string;
  /** Last day away; Gmail filters carry no date, so there it is null. */
  readonly until: IsoDate | null;
}

/** What we saved about the absence, to end it on return and to fill the form again. */
export interface AbsenceRecord {
  readonly firstDay: IsoDate;
  readonly lastDay: IsoDate;
  readonly backOn: IsoDate;
  readonly forwardTo: string | null;
}

/** The user's own autoreply as the host read it, kept so it can be put back exactly. */
export interface AutoReplyBackup<S> {
  /** The host's setting, opaque to the core: put back as is. */
  readonly setting: S;
  readonly savedOn: IsoDate;
}

/** What the host read before planning. `S` is the host's autoreply setting. */
export interface AbsenceRead<S> {
  readonly autoReply: S;
  /** Whether the live autoreply is on (scheduled or always). */
  readonly autoReplyOn: boolean;
  /** The live autoreply's texts (HTML and plain), where our marker is looked for. */
  readonly autoReplyTexts: readonly string[];
  /** Our forwarding only (the host recognises its own rule or filter). */
  readonly forwarding: readonly ForwardingKey[];
  readonly record: AbsenceRecord | null;
  readonly backup: AutoReplyBackup<S> | null;
  readonly today: IsoDate;
}

/** Our referral as the autoreply to write; its texts already carry our marker. */
export interface OurAutoReply {
  readonly firstDay: IsoDate;
  /** The autoreply runs until the start of this day. */
  readonly backOn: IsoDate;
  readonly internal: ReferralTexts;
  readonly external: ReferralTexts;
  /** The forwarding the texts promise, or null. */
  readonly forwardTo: string | null;
}

/**
 * One idempotent thing the host does through its port. Running a step twice, or after another
 * device ran it, leaves the same state as running it once.
 */
export type AbsenceStep<S> =
  /** Store the backup (replacing any stored one). */
  | { readonly kind: 'keepBackup'; readonly backup: AutoReplyBackup<S> }
  /** Make sure our forwarding with this key exists: find it first, create it only if missing. */
  | { readonly kind: 'addForwarding'; readonly forwarding: ForwardingKey }
  /** Write our referral as the autoreply, then read it back. */
  | { readonly kind: 'writeAutoReply'; readonly reply: OurAutoReply }
  /** Write this exact setting (a backup, or what was live before a failed change). */
  | { readonly kind: 'putAutoReply'; readonly setting: S }
  /**
   * Turn the live autoreply off, keeping its texts. With `onlyOurs`, only if what is live now is
   * ours (`isOurAutoReply`): another device may have put the user's own autoreply back meanwhile.
   */
  | { readonly kind: 'disableAutoReply'; readonly onlyOurs: boolean }
  /**
   * Remove our forwarding: every one whose key is in `only` (all of ours when `only` is null),
   * except those in `keep`. Already gone counts as removed.
   */
  | {
      readonly kind: 'removeForwarding';
      readonly only: readonly ForwardingKey[] | null;
      readonly keep: readonly ForwardingKey[];
    }
  /** Store the record (null forgets it). */
  | { readonly kind: 'keepRecord'; readonly record: AbsenceRecord | null };

/** What the plan is for: the four buttons and the automatic end after return. */
export type AbsenceAction = 'save' | 'restore' | 'back' | 'return' | 'backup' | 'none';

/** Ordered steps, plus what the host keeps once they have all run. */
export interface AbsencePlan<S> {
  readonly action: AbsenceAction;
  readonly steps: readonly AbsenceStep<S>[];
  /**
   * Steps from this index on only tidy up: when one fails, the change itself stands and a later
   * plan finishes the tidying. A failure before it is undone with `undoAbsenceSteps`.
   */
  readonly tidyFrom: number;
  readonly record: AbsenceRecord | null;
  readonly backup: AutoReplyBackup<S> | null;
  /** What the plan was made from; the undo puts this back. */
  readonly read: AbsenceRead<S>;
}

/** A save plan with the referral it writes and what the core decided about forwarding. */
export interface AbsenceSavePlan<S> extends AbsencePlan<S> {
  readonly referral: Referral;
  readonly workingDays: number;
  readonly isLong: boolean;
  /** Forwarding asked for on an absence too short for it: not set, and not promised. */
  readonly forwardingDropped: boolean;
}
