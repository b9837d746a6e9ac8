// What the audit reads from one mailbox, the same shape for Gmail and Exchange Online.

/** The autoreply as the mail host has it. Instants are epoch milliseconds. */
export interface ObservedAutoreply {
  readonly enabled: boolean;
  /** null = from now on / until turned off. */
  readonly start: number | null;
  readonly end: number | null;
  /** The reply text as plain text (HTML already reduced to text). */
  readonly text: string;
}

/** One mailbox's settings that bear on the duties. */
export interface MailboxObservation {
  readonly mailbox: string;
  readonly autoreply: ObservedAutoreply;
  /** Addresses mail is forwarded or redirected to (automatic forwarding, filters, inbox rules). */
  readonly forwardsTo: readonly string[];
  /** Colleagues with access to the mailbox (Gmail delegates; not readable from Graph). */
  readonly delegates: readonly string[];
}
