import type {
  AutomaticRepliesSetting,
  FollowupFlag,
  Message,
  MessageRule,
  Recipient,
} from '@microsoft/microsoft-graph-types';
import { createGraphClient } from './graphClient.ts';
import type { GraphClient, GraphClientOptions } from './graphClient.ts';
import { sameDateTime } from './graphDateTime.ts';
import type { DateTimeTimeZone } from './graphDateTime.ts';
import { GraphError } from './graphError.ts';
import { createSharedMailboxApi } from '../../functional/sharedMailboxApi.ts';
import { firstRealReply } from '../../clock/realReply.ts';
import { EXPAND_OWN_MAIL, isOwnMail, OWN_MAIL_PROPERTY } from './ownMail.ts';
import { quoteOData, sentInConversation } from './sentInConversation.ts';
import type { OwnMailKind } from './ownMail.ts';

export { OWN_MAIL_PROPERTY } from './ownMail.ts';
export type { OwnMailKind } from './ownMail.ts';
import type { SentInConversation } from '../../clock/realReply.ts';
import type { SharedMailboxPort } from '../../functional/sharedMailboxApi.ts';

/** The Windows time zone id Graph and Exchange use for Sweden. */
export const TIME_ZONE = 'W. Europe Standard Time';

/** Marks the rules this add-in created, so it finds (and only touches) its own. */
export const RULE_MARKER = 'Svarsplikt:';

export type { DateTimeTimeZone } from './graphDateTime.ts';

export interface AutomaticReplies {
  readonly status: 'disabled' | 'alwaysEnabled' | 'scheduled';
  readonly externalAudience: 'none' | 'contactsOnly' | 'all';
  readonly scheduledStartDateTime: DateTimeTimeZone | null;
  readonly scheduledEndDateTime: DateTimeTimeZone | null;
  /** HTML. */
  readonly internalReplyMessage: string;
  /** HTML. */
  readonly externalReplyMessage: string;
}

export interface FollowUpFlag {
  readonly flagStatus: 'notFlagged' | 'complete' | 'flagged';
  readonly dueDateTime?: DateTimeTimeZone;
  readonly startDateTime?: DateTimeTimeZone;
  readonly completedDateTime?: DateTimeTimeZone;
}

export interface MailAddress {
  readonly name: string;
  readonly address: string;
}

export interface InboxMessage {
  readonly id: string;
  readonly subject: string;
  readonly from: MailAddress | null;
  /** ISO 8601 UTC, when the server received it. */
  readonly receivedDateTime: string;
  readonly conversationId: string;
  readonly isRead: boolean;
  readonly flag: FollowUpFlag;
  /** Graph's internetMessageHeaders joined into a raw block ("Name: value\r\n…") for the core's parseHeaders; null when Graph gave none. */
  readonly internetHeaders: string | null;
  /** The duty record stored on the message (DUTY_RECORD_PROPERTY), when there is one. */
  readonly dutyRecord?: string;
}

export interface MessageDetails extends InboxMessage {
  readonly internetMessageHeaders:
    readonly { readonly name: string; readonly value: string }[] | null;
}

export interface RedirectRule {
  readonly id: string;
  readonly displayName: string;
  readonly to: string;
  /** Last day of the absence, 'YYYY-MM-DD'. */
  readonly until: string;
}

export interface InboxPage {
  readonly messages: readonly InboxMessage[];
  readonly nextPageUrl: string | null;
}

export interface GraphApi {
  getAutomaticReplies(): Promise<{ setting: AutomaticReplies; timeZone: string }>;
  /** PATCHes the setting, reads it back and rejects with `ReadBackMismatch` when Graph kept something else. */
  setAutomaticReplies(setting: AutomaticReplies): Promise<AutomaticReplies>;
  listRules(): Promise<MessageRule[]>;
  createRule(rule: MessageRule): Promise<MessageRule>;
  /** A rule that is already gone (404) counts as deleted. */
  deleteRule(id: string): Promise<void>;
  /** Creates our redirect rule unless an identical one exists; replaces a different one of ours. */
  ensureRedirectRule(r: {
    name: string;
    to: { name?: string; address: string };
    until: string;
  }): Promise<{ rule: RedirectRule; created: boolean }>;
  findRedirectRule(): Promise<RedirectRule | null>;
  /** Deletes every rule of ours; resolves to how many. */
  removeRedirectRules(): Promise<number>;
  /** Our redirect rules (found by their marked name). */
  listRedirectRules(): Promise<RedirectRule[]>;
  /** Creates our redirect rule unless an identical one exists; other rules of ours stay. */
  addRedirectRule(r: {
    name: string;
    to: { name?: string; address: string };
    until: string;
  }): Promise<RedirectRule>;
  /** Deletes one rule of ours by id (a rule that is not ours is refused; gone counts as deleted). */
  deleteRedirectRule(id: string): Promise<void>;
  /** The inbox folder's string extended properties of these names (absent names are left out). */
  readInboxProperties(names: readonly string[]): Promise<Record<string, string>>;
  /** Sets string extended properties on the inbox folder. */
  writeInboxProperties(values: Readonly<Record<string, string>>): Promise<void>;
  /** One page of the inbox, newest first, headers included (no request per message). */
  listInboxPage(options?: { pageUrl?: string; top?: number }): Promise<InboxPage>;
  getMessage(id: string): Promise<MessageDetails>;
  /**
   * True when Sent Items holds a real answer in the conversation sent at or after `afterIso`: our
   * marked mail (OWN_MAIL_PROPERTY) never counts, nor the first message sent at or after each of
   * `ownSends` (a kvittens, lägesbesked or forward the duty record names; see `firstRealReply`).
   */
  hasReplyAfter(
    conversationId: string,
    afterIso: string,
    ownSends?: readonly number[],
  ): Promise<boolean>;
  /** Sent Items since `sinceIso`, metadata only (conversation, time, our marker), newest first. */
  listSentSince(
    sinceIso: string,
  ): Promise<(SentInConversation & { readonly conversationId: string })[]>;
  /**
   * Forwards a message (POST …/messages/{id}/forward, 202: Graph sends it at once and keeps a
   * copy in Sent Items). Never retried on 503/504: it may have been sent.
   */
  forwardMessage(
    id: string,
    to: { readonly name?: string; readonly address: string },
    comment: string,
  ): Promise<void>;
  /**
   * Creates a reply draft with our HTML and the own-mail marker (POST …/createReply, 201); it is
   * never sent here. Resolves to the draft's id.
   */
  createReplyDraft(id: string, html: string, kind: OwnMailKind): Promise<{ id: string }>;
  /** Flags with a due date (start defaults to the due), completes, or clears the flag. */
  setFollowUpFlag(
    id: string,
    due: DateTimeTimeZone | 'complete' | 'notFlagged',
    start?: DateTimeTimeZone,
  ): Promise<FollowUpFlag>;
  /** A shared (functional) mailbox at /users/{owner}/… over the same throttled client (Mail.ReadWrite.Shared). */
  sharedMailbox?(owner: string): SharedMailboxPort;
  /** Stores the duty record on the message and, when given, moves the flag's due date to `due`. */
  writeDutyRecord(id: string, record: string, due?: DateTimeTimeZone): Promise<void>;
  /**
   * The message calls bound to one mailbox: the user's own (`null`, `/me`) or a shared or
   * delegated one at `/users/{owner}` (Mail.ReadWrite.Shared), over the same throttled client.
   */
  forMailbox(owner: string | null): MailboxMessages;
}

/** The calls on messages of one mailbox (the pane's clock, queue and pass-on use only these). */
export type MailboxMessages = Pick<
  GraphApi,
  | 'listInboxPage'
  | 'getMessage'
  | 'hasReplyAfter'
  | 'listSentSince'
  | 'forwardMessage'
  | 'createReplyDraft'
  | 'setFollowUpFlag'
  | 'writeDutyRecord'
>;

const MAILBOX_ADDRESS = /^[^\s@/]+@[^\s@/]+$/;

/**
 * The Graph path of a mailbox: `/me` for the user's own, `/users/{owner}` for a shared one.
 *
 * @example
 * mailboxPath(null) // '/me'
 * mailboxPath('kontaktcenter@vaxjo.se') // '/users/kontaktcenter%40vaxjo.se'
 */
export function mailboxPath(owner: string | null): string {
  if (owner === null) return '/me';
  if (!MAILBOX_ADDRESS.test(owner))
    throw new RangeError(`mailboxPath: '${owner}' is not a mailbox address (or null for /me)`);
  return `/users/${encodeURIComponent(owner)}`;
}

export interface GraphApiOptions extends Omit<GraphClientOptions, 'getToken'> {
  readonly getToken: () => Promise<string>;
}

// internetMessageHeaders comes only when $select names it, on single messages and on lists alike.
const MESSAGE_FIELDS =
  'id,subject,from,receivedDateTime,conversationId,flag,isRead,internetMessageHeaders';

/** The message's duty record (what was promised, sent, forwarded): a GUID-named string property. */
export const DUTY_RECORD_PROPERTY =
  'String {6f0b2e1c-5a47-4c38-9d2e-8b1f4a6c3e75} Name SvarspliktDutyRecord';

/** Asks Graph to bring the duty record along with a message (left out when the message has none). */
const EXPAND_RECORD = `$expand=${encodeURIComponent(
  `singleValueExtendedProperties($filter=id eq '${DUTY_RECORD_PROPERTY}')`,
)}`;

/** A scheduled automatic reply to everyone (the shape `setAutomaticReplies` wants). */
export function scheduledReplies(input: {
  start: DateTimeTimeZone;
  end: DateTimeTimeZone;
  internalHtml: string;
  externalHtml: string;
}): AutomaticReplies {
  return {
    status: 'scheduled',
    externalAudience: 'all',
    scheduledStartDateTime: input.start,
    scheduledEndDateTime: input.end,
    internalReplyMessage: input.internalHtml,
    externalReplyMessage: input.externalHtml,
  };
}

function toDateTimeTimeZone(
  value: { dateTime?: string | null; timeZone?: string | null } | null | undefined,
) {
  if (!value || typeof value.dateTime !== 'string') return null;
  return { dateTime: value.dateTime, timeZone: value.timeZone ?? 'UTC' };
}

function toAutomaticReplies(setting: AutomaticRepliesSetting | null | undefined): AutomaticReplies {
  return {
    status: setting?.status ?? 'disabled',
    externalAudience: setting?.externalAudience ?? 'none',
    scheduledStartDateTime: toDateTimeTimeZone(setting?.scheduledStartDateTime),
    scheduledEndDateTime: toDateTimeTimeZone(setting?.scheduledEndDateTime),
    internalReplyMessage: setting?.internalReplyMessage ?? '',
    externalReplyMessage: setting?.externalReplyMessage ?? '',
  };
}

/** Which fields of the wanted setting Graph did not keep ([] = all kept). */
export function automaticRepliesDiff(wanted: AutomaticReplies, actual: AutomaticReplies): string[] {
  const diff: string[] = [];
  if (wanted.status !== actual.status) diff.push('status');
  if (wanted.status !== 'disabled') {
    if (wanted.externalAudience !== actual.externalAudience) diff.push('externalAudience');
    // Exchange may rewrap the HTML; an emptied message is what matters.
    if ((wanted.internalReplyMessage === '') !== (actual.internalReplyMessage === ''))
      diff.push('internalReplyMessage');
    if ((wanted.externalReplyMessage === '') !== (actual.externalReplyMessage === ''))
      diff.push('externalReplyMessage');
  }
  if (wanted.status === 'scheduled') {
    // Graph reads scheduled times back in UTC ('…T23:00:00.0000000', 'UTC'): compare instants.
    if (!sameDateTime(wanted.scheduledStartDateTime, actual.scheduledStartDateTime))
      diff.push('scheduledStartDateTime');
    if (!sameDateTime(wanted.scheduledEndDateTime, actual.scheduledEndDateTime))
      diff.push('scheduledEndDateTime');
  }
  return diff;
}

function toFlag(flag: FollowupFlag | null | undefined): FollowUpFlag {
  const result: { -readonly [K in keyof FollowUpFlag]: FollowUpFlag[K] } = {
    flagStatus: flag?.flagStatus ?? 'notFlagged',
  };
  const due = toDateTimeTimeZone(flag?.dueDateTime);
  const start = toDateTimeTimeZone(flag?.startDateTime);
  const completed = toDateTimeTimeZone(flag?.completedDateTime);
  if (due) result.dueDateTime = due;
  if (start) result.startDateTime = start;
  if (completed) result.completedDateTime = completed;
  return result;
}

function toAddress(recipient: Recipient | null | undefined): MailAddress | null {
  const address = recipient?.emailAddress?.address;
  if (typeof address !== 'string') return null;
  return { name: recipient?.emailAddress?.name ?? '', address };
}

function toHeaderList(m: Message): MessageDetails['internetMessageHeaders'] {
  return (
    (m.internetMessageHeaders ?? null)?.map((h) => ({
      name: h.name ?? '',
      value: h.value ?? '',
    })) ?? null
  );
}

function toInboxMessage(m: Message): InboxMessage {
  const headers = toHeaderList(m);
  return {
    id: m.id ?? '',
    subject: m.subject ?? '',
    from: toAddress(m.from),
    receivedDateTime: m.receivedDateTime ?? '',
    conversationId: m.conversationId ?? '',
    isRead: m.isRead ?? false,
    flag: toFlag(m.flag),
    internetHeaders: headers ? headers.map((h) => `${h.name}: ${h.value}\r\n`).join('') : null,
    ...recordOf(m),
  };
}

function recordOf(m: Message): { dutyRecord?: string } {
  const value = m.singleValueExtendedProperties?.find(
    (p) => p.id?.toLowerCase() === DUTY_RECORD_PROPERTY.toLowerCase(),
  )?.value;
  return typeof value === 'string' ? { dutyRecord: value } : {};
}

/** Reads the absence's last day back out of our rule's display name ('Svarsplikt: … t.o.m. 2027-01-04'). */
function toRedirectRule(rule: MessageRule): RedirectRule | null {
  const name = rule.displayName ?? '';
  if (!name.startsWith(RULE_MARKER) || typeof rule.id !== 'string') return null;
  const until = /t\.o\.m\. (\d{4}-\d{2}-\d{2})$/.exec(name)?.[1] ?? '';
  const to = rule.actions?.redirectTo?.[0]?.emailAddress?.address ?? '';
  return { id: rule.id, displayName: name, to, until };
}

/** Our namespace for the mailbox's extended properties (a fixed GUID, as MAPI named properties want). */
const PROPERTY_SET = '{8d1b8c52-5b1e-4c59-9f0a-2f3e6a7d41c9}';

function propertyId(name: string): string {
  return `String ${PROPERTY_SET} Name ${name}`;
}

interface RuleRequest {
  readonly name: string;
  readonly to: { readonly name?: string; readonly address: string };
  readonly until: string;
}

function ruleName(r: RuleRequest): string {
  return `${RULE_MARKER} ${r.name} t.o.m. ${r.until}`;
}

function isSameRule(rule: RedirectRule, r: RuleRequest): boolean {
  return rule.displayName === ruleName(r) && rule.to.toLowerCase() === r.to.address.toLowerCase();
}

function ruleBody(r: RuleRequest): MessageRule {
  return {
    displayName: ruleName(r),
    sequence: 1,
    isEnabled: true,
    actions: {
      redirectTo: [{ emailAddress: { name: r.to.name ?? r.to.address, address: r.to.address } }],
      stopProcessingRules: false,
    },
    // Automatic replies are not passed on: no reply loops with the colleague's own autoreply.
    exceptions: { isAutomaticReply: true },
  };
}

/** The message calls at `root` (`/me` or `/users/{owner}`): one code path for every mailbox. */
function mailboxMessages(client: GraphClient, root: string): MailboxMessages {
  return {
    async listInboxPage(pageOptions = {}) {
      const top = pageOptions.top ?? 50;
      const path =
        pageOptions.pageUrl ??
        `${root}/mailFolders/inbox/messages?$select=${MESSAGE_FIELDS}&${EXPAND_RECORD}&$top=${top}&$orderby=receivedDateTime%20desc`;
      const body = await client.get<{ value?: Message[]; '@odata.nextLink'?: string }>(path);
      return {
        messages: (body.value ?? []).map(toInboxMessage),
        nextPageUrl: body['@odata.nextLink'] ?? null,
      };
    },

    async getMessage(id) {
      const m = await client.get<Message>(
        `${root}/messages/${encodeURIComponent(id)}?$select=${MESSAGE_FIELDS}&${EXPAND_RECORD}`,
      );
      return { ...toInboxMessage(m), internetMessageHeaders: toHeaderList(m) };
    },

    async hasReplyAfter(conversationId, afterIso, ownSends = []) {
      const sent = await sentInConversation(client, root, conversationId);
      return firstRealReply(sent, Date.parse(afterIso), ownSends) !== undefined;
    },

    async listSentSince(sinceIso) {
      const since = Date.parse(sinceIso);
      const out: (SentInConversation & { conversationId: string })[] = [];
      let path: string | null =
        `${root}/mailFolders/sentitems/messages?$select=sentDateTime,conversationId&${EXPAND_OWN_MAIL}` +
        `&$orderby=sentDateTime%20desc&$top=100`;
      while (path !== null) {
        const body: { value?: Message[]; '@odata.nextLink'?: string } = await client.get(path);
        for (const m of body.value ?? []) {
          const sentAt = Date.parse(m.sentDateTime ?? '');
          if (sentAt < since) return out;
          out.push({ sentAt, ours: isOwnMail(m), conversationId: m.conversationId ?? '' });
        }
        path = body['@odata.nextLink'] ?? null;
      }
      return out;
    },

    async forwardMessage(id, to, comment) {
      await client.post<unknown>(`${root}/messages/${encodeURIComponent(id)}/forward`, {
        comment,
        toRecipients: [{ emailAddress: { name: to.name ?? to.address, address: to.address } }],
      });
    },

    async createReplyDraft(id, html, kind) {
      const draft = await client.post<Message>(
        `${root}/messages/${encodeURIComponent(id)}/createReply`,
        {
          message: {
            body: { contentType: 'html', content: html },
            singleValueExtendedProperties: [{ id: OWN_MAIL_PROPERTY, value: kind }],
          },
        },
      );
      if (typeof draft?.id !== 'string')
        throw new GraphError(0, 'UnexpectedResponse', 'Graph returned no draft id.');
      return { id: draft.id };
    },

    async setFollowUpFlag(id, due, start) {
      let flag: FollowupFlag;
      if (due === 'complete' || due === 'notFlagged') flag = { flagStatus: due };
      else flag = { flagStatus: 'flagged', startDateTime: start ?? due, dueDateTime: due };
      const m = await client.patch<Message>(`${root}/messages/${encodeURIComponent(id)}`, { flag });
      return toFlag(m.flag);
    },

    async writeDutyRecord(id, record, due) {
      await client.patch<Message>(`${root}/messages/${encodeURIComponent(id)}`, {
        singleValueExtendedProperties: [{ id: DUTY_RECORD_PROPERTY, value: record }],
        ...(due ? { flag: { flagStatus: 'flagged', startDateTime: due, dueDateTime: due } } : {}),
      });
    },
  };
}

/**
 * The Graph calls the Outlook task pane makes, over one throttled client.
 *
 * @example
 * const api = createGraphApi({ baseUrl: '/graph/v1.0', getToken: async () => token });
 * const { setting } = await api.getAutomaticReplies();
 */
export function createGraphApi(options: GraphApiOptions | { client: GraphClient }): GraphApi {
  const client = 'client' in options ? options.client : createGraphClient(options);

  async function getAutomaticReplies() {
    const body = await client.get<{
      automaticRepliesSetting?: AutomaticRepliesSetting;
      timeZone?: string;
    }>('/me/mailboxSettings?$select=automaticRepliesSetting,timeZone');
    return {
      setting: toAutomaticReplies(body.automaticRepliesSetting),
      timeZone: body.timeZone ?? '',
    };
  }

  async function listRules(): Promise<MessageRule[]> {
    const body = await client.get<{ value?: MessageRule[] }>('/me/mailFolders/inbox/messageRules');
    return body.value ?? [];
  }

  async function deleteRule(id: string): Promise<void> {
    try {
      await client.delete(`/me/mailFolders/inbox/messageRules/${encodeURIComponent(id)}`);
    } catch (e) {
      if (e instanceof GraphError && e.status === 404) return;
      throw e;
    }
  }

  async function ourRules(): Promise<RedirectRule[]> {
    return (await listRules()).map(toRedirectRule).filter((r): r is RedirectRule => r !== null);
  }

  /** Our rule for exactly this absence (found by its marked name and target), if Graph has it. */
  async function findSame(r: RuleRequest): Promise<RedirectRule | undefined> {
    return (await ourRules()).find((rule) => isSameRule(rule, r));
  }

  return {
    getAutomaticReplies,

    async setAutomaticReplies(setting) {
      await client.patch<unknown>('/me/mailboxSettings', { automaticRepliesSetting: setting });
      const { setting: actual } = await getAutomaticReplies();
      const diff = automaticRepliesDiff(setting, actual);
      if (diff.length > 0) {
        throw new GraphError(0, 'ReadBackMismatch', `Graph did not keep: ${diff.join(', ')}`, diff);
      }
      return actual;
    },

    listRules,

    createRule: (rule) => client.post<MessageRule>('/me/mailFolders/inbox/messageRules', rule),

    deleteRule,

    async ensureRedirectRule(r) {
      const existing = await ourRules();
      const same = existing.find((rule) => isSameRule(rule, r));
      if (same) {
        for (const other of existing) if (other.id !== same.id) await deleteRule(other.id);
        return { rule: same, created: false };
      }
      for (const other of existing) await deleteRule(other.id);
      let answer: MessageRule;
      try {
        answer = await client.post<MessageRule>('/me/mailFolders/inbox/messageRules', ruleBody(r));
      } catch (postError) {
        // A 503/504 or a lost answer may come after Graph created the rule: look before failing.
        const landed = await findSame(r).catch(() => undefined);
        if (landed) return { rule: landed, created: true };
        throw postError;
      }
      const created = toRedirectRule(answer);
      if (created === null)
        throw new GraphError(0, 'UnexpectedResponse', 'Graph returned no rule id.');
      return { rule: created, created: true };
    },

    async findRedirectRule() {
      return (await ourRules())[0] ?? null;
    },

    listRedirectRules: ourRules,

    async addRedirectRule(r) {
      const same = await findSame(r);
      if (same) return same;
      let answer: MessageRule;
      try {
        answer = await client.post<MessageRule>('/me/mailFolders/inbox/messageRules', ruleBody(r));
      } catch (postError) {
        // A 503/504 or a lost answer may come after Graph created the rule: look before failing.
        const landed = await findSame(r).catch(() => undefined);
        if (landed) return landed;
        throw postError;
      }
      const created = toRedirectRule(answer);
      if (created === null)
        throw new GraphError(0, 'UnexpectedResponse', 'Graph returned no rule id.');
      return created;
    },

    async deleteRedirectRule(id) {
      const rule = (await listRules()).find((x) => x.id === id);
      if (rule === undefined) return;
      if (toRedirectRule(rule) === null) {
        throw new GraphError(
          0,
          'NotOurRule',
          'Refusing to delete a rule this add-in did not make.',
        );
      }
      await deleteRule(id);
    },

    async readInboxProperties(names) {
      if (names.length === 0) return {};
      const filter = names.map((n) => `id eq ${quoteOData(propertyId(n))}`).join(' or ');
      const body = await client.get<{
        singleValueExtendedProperties?: { id?: string; value?: string }[];
      }>(
        `/me/mailFolders/inbox?$select=id&$expand=${encodeURIComponent(`singleValueExtendedProperties($filter=${filter})`)}`,
      );
      const out: Record<string, string> = {};
      for (const name of names) {
        const id = propertyId(name).toLowerCase();
        const found = body.singleValueExtendedProperties?.find((p) => p.id?.toLowerCase() === id);
        if (typeof found?.value === 'string') out[name] = found.value;
      }
      return out;
    },

    async writeInboxProperties(values) {
      const singleValueExtendedProperties = Object.entries(values).map(([name, value]) => ({
        id: propertyId(name),
        value,
      }));
      if (singleValueExtendedProperties.length === 0) return;
      await client.patch<unknown>('/me/mailFolders/inbox', { singleValueExtendedProperties });
    },

    async removeRedirectRules() {
      const existing = await ourRules();
      for (const rule of existing) await deleteRule(rule.id);
      return existing.length;
    },

    ...mailboxMessages(client, '/me'),
    sharedMailbox: (owner) => createSharedMailboxApi(client, owner),
    forMailbox: (owner) => mailboxMessages(client, mailboxPath(owner)),
  };
}
