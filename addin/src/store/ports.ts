/**
 * What the task pane's stores need from the outside world. The host layer (`addin/src/host`)
 * implements these; tests pass fakes. Kept structural so the store never imports Office.js,
 * MSAL or the Graph client.
 */

/** The message selected in Outlook's reading pane. */
export interface SelectedMessage {
  readonly itemId: string;
  readonly subject: string;
  readonly from: { readonly name: string; readonly address: string } | null;
  /** Epoch ms; only a labelled fallback for the received time. */
  readonly dateTimeCreated: number;
  /** The raw header block, or null when the host could not read it. */
  readonly internetHeaders: string | null;
}

/** The Outlook mailbox as the pane sees it. */
export interface MailHost {
  readonly displayLanguage: string;
  readonly mailboxAddress: string;
  readonly timeZone: string;
  getSelectedMessage(): Promise<SelectedMessage | null>;
  onSelectionChanged(listener: () => void): Promise<void>;
  showInfoBar(text: string, kind: 'informational' | 'error'): Promise<void>;
  clearInfoBar(): Promise<void>;
  openReplyForm(html: string): Promise<void>;
  openNewMessage(m: { to: string[]; subject: string; html: string }): Promise<void>;
  getSetting<T>(key: string): T | undefined;
  setSetting(key: string, value: unknown): Promise<void>;
  convertToRestId(itemId: string): string;
}

/** A local wall time with its (Windows) time zone, as Graph writes it. */
export interface DateTimeTimeZone {
  readonly dateTime: string;
  readonly timeZone: string;
}

/** Graph's automaticRepliesSetting. */
export interface AutomaticReplies {
  readonly status: 'disabled' | 'alwaysEnabled' | 'scheduled';
  readonly externalAudience: 'none' | 'contactsOnly' | 'all';
  readonly scheduledStartDateTime: DateTimeTimeZone | null;
  readonly scheduledEndDateTime: DateTimeTimeZone | null;
  readonly internalReplyMessage: string;
  readonly externalReplyMessage: string;
}

/** Graph's followupFlag. */
export interface FollowUpFlag {
  readonly flagStatus: 'notFlagged' | 'complete' | 'flagged';
  readonly dueDateTime?: DateTimeTimeZone;
  readonly startDateTime?: DateTimeTimeZone;
  readonly completedDateTime?: DateTimeTimeZone;
}

/** One inbox message as the queue lists it. */
export interface InboxMessage {
  readonly id: string;
  readonly subject: string;
  readonly from: { readonly name: string; readonly address: string } | null;
  readonly receivedDateTime: string;
  readonly conversationId: string;
  readonly isRead: boolean;
  readonly flag: FollowUpFlag;
}

/** One message with its headers. */
export interface MessageDetails extends InboxMessage {
  readonly internetHeaders: string | null;
}

/** An inbox rule as the pane shows it (subset of Graph's messageRule). */
export interface RuleSummary {
  readonly id?: string | undefined;
  readonly displayName?: string | null | undefined;
  readonly isEnabled?: boolean | null | undefined;
  readonly actions?: {
    readonly redirectTo?:
      readonly { readonly emailAddress?: { readonly address?: string | null } | null }[] | null;
    readonly forwardTo?:
      readonly { readonly emailAddress?: { readonly address?: string | null } | null }[] | null;
  } | null;
}

/** Our forwarding rule. */
export interface RedirectRule {
  readonly id: string;
  readonly displayName: string;
  readonly to: string;
  readonly until: string;
}

/** The Graph operations the pane uses (implemented by the host layer's GraphApi). */
export interface GraphPort {
  getAutomaticReplies(): Promise<{ setting: AutomaticReplies; timeZone: string }>;
  setAutomaticReplies(setting: AutomaticReplies): Promise<AutomaticReplies>;
  listRules(): Promise<readonly RuleSummary[]>;
  ensureRedirectRule(r: {
    name: string;
    to: { name?: string; address: string };
    until: string;
  }): Promise<{ rule: RedirectRule; created: boolean }>;
  findRedirectRule(): Promise<RedirectRule | null>;
  removeRedirectRules(): Promise<number>;
  listInboxPage(o?: {
    pageUrl?: string;
    top?: number;
  }): Promise<{ messages: readonly InboxMessage[]; nextPageUrl: string | null }>;
  getMessage(id: string): Promise<MessageDetails>;
  hasReplyAfter(conversationId: string, afterIso: string): Promise<boolean>;
  setFollowUpFlag(
    id: string,
    due: DateTimeTimeZone | 'complete' | 'notFlagged',
    start?: DateTimeTimeZone,
  ): Promise<FollowUpFlag>;
}

/** A Graph retry in progress ("Väntar 5 s…"). */
export interface RetryInfo {
  readonly waitMs: number;
  readonly attempt: number;
  readonly status: number;
}
