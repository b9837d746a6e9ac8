/**
 * The Apps Script services the add-on talks to, as the structural subset it uses. The real
 * globals satisfy these types (checked in src/index.ts); the stand-ins in playground/gmail do too.
 */
import type { CardServiceLike } from '../cards/cardServiceLike';

/** A header as the Gmail API returns it. */
export interface ApiHeader {
  readonly name?: string | undefined;
  readonly value?: string | undefined;
}

/** A Gmail API message in `metadata` or `minimal` format. */
export interface ApiMessage {
  readonly id?: string | undefined;
  readonly threadId?: string | undefined;
  readonly labelIds?: readonly string[] | undefined;
  /** Epoch ms as a decimal string: when Gmail received the message. */
  readonly internalDate?: string | undefined;
  /** Estimated size in bytes of the whole message. */
  readonly sizeEstimate?: number | undefined;
  /** In format=raw: the whole message, base64url (the REST shape). */
  readonly raw?: unknown;
  readonly payload?: { readonly headers?: readonly ApiHeader[] | undefined } | undefined;
}

export interface ApiThread {
  readonly id?: string | undefined;
  readonly messages?: readonly ApiMessage[] | undefined;
}

export interface ApiLabel {
  readonly id?: string | undefined;
  readonly name?: string | undefined;
}

/** Gmail's vacation responder settings (users.settings.vacation). */
export interface VacationSettings {
  readonly enableAutoReply?: boolean | undefined;
  readonly responseSubject?: string | undefined;
  readonly responseBodyPlainText?: string | undefined;
  readonly responseBodyHtml?: string | undefined;
  readonly restrictToContacts?: boolean | undefined;
  readonly restrictToDomain?: boolean | undefined;
  /** Epoch ms as a decimal string. */
  readonly startTime?: string | undefined;
  readonly endTime?: string | undefined;
}

export interface ApiFilter {
  readonly id?: string | undefined;
  readonly criteria?:
    | {
        readonly query?: string | undefined;
        readonly from?: string | undefined;
        readonly to?: string | undefined;
      }
    | undefined;
  readonly action?:
    | {
        readonly forward?: string | undefined;
        readonly addLabelIds?: readonly string[] | undefined;
      }
    | undefined;
}

export interface ForwardingAddress {
  readonly forwardingEmail?: string | undefined;
  readonly verificationStatus?: string | undefined;
}

/** The Gmail advanced service (`Gmail`), argument order as in Apps Script. */
export interface GmailAdvanced {
  readonly Users: {
    getProfile(userId: string): { readonly emailAddress?: string | undefined };
    readonly Messages: {
      get(userId: string, id: string, optionalArgs: object): ApiMessage;
      /** users.messages.send: `raw` is the whole RFC 2822 message, base64url. */
      send(resource: { raw: string; threadId?: string }, userId: string): ApiMessage;
    };
    readonly Threads: {
      list(
        userId: string,
        optionalArgs: object,
      ): {
        readonly threads?: readonly { readonly id?: string | undefined }[] | undefined;
        readonly nextPageToken?: string | undefined;
      };
      get(userId: string, id: string, optionalArgs: object): ApiThread;
      modify(
        resource: { addLabelIds?: string[]; removeLabelIds?: string[] },
        userId: string,
        id: string,
      ): unknown;
    };
    readonly Labels: {
      list(userId: string): { readonly labels?: readonly ApiLabel[] | undefined };
      create(
        resource: { name: string; labelListVisibility?: string; messageListVisibility?: string },
        userId: string,
      ): ApiLabel;
    };
    readonly Settings: {
      getVacation(userId: string): VacationSettings;
      updateVacation(resource: VacationSettings, userId: string): VacationSettings;
      readonly ForwardingAddresses: {
        list(userId: string): {
          readonly forwardingAddresses?: readonly ForwardingAddress[] | undefined;
        };
      };
      readonly Filters: {
        list(userId: string): { readonly filter?: readonly ApiFilter[] | undefined };
        create(resource: ApiFilter, userId: string): ApiFilter;
        remove(userId: string, id: string): void;
      };
    };
  };
}

export interface GmailDraftLike {
  getId(): string;
  /** The id of the draft's message (its thread is where the sent kvittens will be). */
  getMessageId(): string;
}

export interface GmailMessageLike {
  createDraftReply(body: string, options: { htmlBody: string }): GmailDraftLike;
}

/** The parts of GmailApp used for compose actions, under the add-on's per-message token. */
export interface GmailAppLike {
  setCurrentMessageAccessToken(accessToken: string): void;
  getMessageById(id: string): GmailMessageLike | null;
  createDraft(
    recipient: string,
    subject: string,
    body: string,
    options: { htmlBody: string },
  ): GmailDraftLike;
}

export interface PropertiesLike {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): unknown;
  deleteProperty(key: string): unknown;
}

export interface SessionLike {
  getActiveUserLocale(): string;
}

/** Everything a handler needs from the outside world. */
export interface Host {
  readonly cardService: CardServiceLike;
  /** Undefined when the Gmail advanced service is not enabled in the project. */
  readonly gmail: GmailAdvanced | undefined;
  readonly gmailApp: GmailAppLike;
  readonly userProperties: PropertiesLike;
  readonly scriptProperties: PropertiesLike;
  readonly session: SessionLike;
  readonly now: () => number;
  /** Diagnostics without personal data: error kinds only. */
  readonly log: (kind: string) => void;
}
