/**
 * An in-memory Gmail mailbox behind faithful stand-ins for the Apps Script services the add-on
 * uses: the Gmail advanced service (`Gmail`), GmailApp (compose only, under the per-message
 * token), PropertiesService, Session and Utilities. Shapes follow the Apps Script and Gmail API
 * references: int64 values are decimal strings, empty lists are absent, unknown ids throw
 * "Requested entity was not found.", and every call is recorded. Failures can be injected per
 * method to exercise the add-on's error paths.
 */
import { parseHeaders } from '../../../shared/index.ts';
import type { ApiMessage } from '../../../gmail-addon/src/host/hostTypes.ts';
import type { DemoAddress, DemoMessage } from '../../demo-mailbox.ts';

export interface StoredMessage {
  id: string;
  threadId: string;
  labelIds: string[];
  internalDate: number;
  headers: { name: string; value: string }[];
  /** The body after the header block (as sent); format=raw serves headers and body. */
  body?: string;
}

/** A message the add-on sent through users.messages.send, as Gmail took it. */
export interface SentByApi {
  id: string;
  to: string;
  subject: string;
  /** The whole sent message, decoded (a binary string of its bytes). */
  raw: string;
}

export interface StoredDraft {
  id: string;
  kind: 'reply' | 'standalone';
  /** The id of the draft's message in its thread (labelled DRAFT until sent or discarded). */
  messageId: string;
  to: string;
  subject: string;
  body: string;
  htmlBody: string;
  replyToMessageId?: string;
}

interface Vacation {
  enableAutoReply?: boolean;
  responseSubject?: string;
  responseBodyPlainText?: string;
  responseBodyHtml?: string;
  restrictToContacts?: boolean;
  restrictToDomain?: boolean;
  startTime?: string;
  endTime?: string;
}

interface Filter {
  id: string;
  criteria: Record<string, unknown>;
  action: { forward?: string; addLabelIds?: string[] };
}

/** The mailbox and settings the stand-ins serve; tests and the playground read and change it. */
export interface GmailWorld {
  readonly owner: DemoAddress;
  readonly messages: StoredMessage[];
  readonly labels: { id: string; name: string; type: 'system' | 'user' }[];
  vacation: Vacation;
  readonly forwardingAddresses: { forwardingEmail: string; verificationStatus: string }[];
  readonly filters: Filter[];
  readonly drafts: StoredDraft[];
  /** Messages sent through users.messages.send. */
  readonly sentByApi: SentByApi[];
  /** Gmail's clock: internalDate of drafts and sent messages. */
  clock: () => number;
  readonly userProperties: Map<string, string>;
  readonly scriptProperties: Map<string, string>;
  locale: string;
  /** Every service call, as 'Gmail.Users.Messages.get' etc. */
  readonly calls: string[];
  /** Injected failures: the method's next calls throw this message (until removed). */
  readonly failures: Map<string, string>;
  /**
   * One injected failure at the call with this index in `calls`: 'before' it is served, or
   * 'after' it took effect (the answer is lost, as when Apps Script times out).
   */
  failAt: {
    readonly index: number;
    readonly phase: 'before' | 'after';
    readonly message: string;
  } | null;
  nextId: number;
}

const SYSTEM_LABELS = ['INBOX', 'SENT', 'DRAFT', 'UNREAD', 'IMPORTANT', 'TRASH', 'SPAM', 'STARRED'];

function headersFromRaw(raw: string): { name: string; value: string }[] {
  return parseHeaders(raw).fields.map((f) => ({ name: f.name, value: f.value }));
}

function formatAddress(a: DemoAddress): string {
  return a.name === '' ? a.address : `${a.name} <${a.address}>`;
}

/** Builds a world from demo messages: each becomes an inbox message, each answer a sent reply. */
export function createGmailWorld(options: {
  readonly owner: DemoAddress;
  readonly messages: readonly DemoMessage[];
  readonly locale?: string;
  readonly clock?: () => number;
}): GmailWorld {
  const messages: StoredMessage[] = [];
  for (const m of options.messages) {
    messages.push({
      id: m.id,
      threadId: m.conversationId,
      labelIds: ['INBOX', 'UNREAD'],
      internalDate: Date.parse(m.receivedDateTime),
      headers: headersFromRaw(m.internetHeaders),
      body: m.bodyText,
    });
    if (m.answeredAt !== undefined) {
      messages.push({
        id: `${m.id}-reply`,
        threadId: m.conversationId,
        labelIds: ['SENT'],
        internalDate: Date.parse(m.answeredAt),
        headers: [
          { name: 'From', value: formatAddress(options.owner) },
          { name: 'To', value: formatAddress(m.from) },
          { name: 'Subject', value: `Re: ${m.subject}` },
        ],
      });
    }
  }
  return {
    owner: options.owner,
    messages,
    labels: SYSTEM_LABELS.map((id) => ({ id, name: id, type: 'system' as const })),
    vacation: { enableAutoReply: false },
    forwardingAddresses: [],
    filters: [],
    drafts: [],
    sentByApi: [],
    clock: options.clock ?? (() => Date.now()),
    userProperties: new Map(),
    scriptProperties: new Map(),
    locale: options.locale ?? 'sv',
    calls: [],
    failures: new Map(),
    failAt: null,
    nextId: 1,
  };
}

/**
 * Records a call and throws an injected failure for it, if any. Returns what to call once the
 * call took effect: it throws a failure injected for 'after'.
 */
function enter(world: GmailWorld, method: string): () => void {
  world.calls.push(method);
  const failure = world.failures.get(method) ?? world.failures.get('*');
  if (failure !== undefined) throw new Error(failure);
  const at = world.failAt;
  if (at === null || at.index !== world.calls.length - 1) return () => undefined;
  if (at.phase === 'before') throw new Error(at.message);
  return () => {
    throw new Error(at.message);
  };
}

function notFound(method: string): Error {
  return new Error(`API call to ${method} failed with error: Requested entity was not found.`);
}

function checkUser(world: GmailWorld, userId: string, method: string): void {
  if (userId !== 'me' && userId.toLowerCase() !== world.owner.address) {
    throw new Error(
      `API call to ${method} failed with error: Delegation denied for ${world.owner.address}`,
    );
  }
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function apiMessage(
  m: StoredMessage,
  format: string,
  metadataHeaders: readonly string[] | undefined,
): ApiMessage {
  const base = {
    id: m.id,
    threadId: m.threadId,
    labelIds: [...m.labelIds],
    internalDate: String(m.internalDate),
    sizeEstimate: rawOf(m).length,
    historyId: '1000',
  };
  if (format === 'minimal') return base;
  // format=raw: the whole message as base64url, no payload (Gmail API reference, Format).
  if (format === 'raw') return { ...base, raw: binaryToBase64Url(rawOf(m)) };
  const wanted = metadataHeaders?.map((h) => h.toLowerCase());
  const headers = m.headers.filter(
    (h) => wanted === undefined || wanted.includes(h.name.toLowerCase()),
  );
  const full = {
    ...base,
    snippet: '',
    payload: { mimeType: 'text/plain', headers: clone(headers) },
  };
  return full;
}

/** The message's bytes as a binary string: its header block, a blank line and its body (UTF-8). */
export function rawOf(m: StoredMessage): string {
  const head = m.headers.map((h) => `${h.name}: ${h.value}`).join('\r\n');
  const body = (m.body ?? '').replace(/\r?\n/g, '\r\n');
  return utf8ToBinary(`${head}\r\n\r\n${body}`);
}

function utf8ToBinary(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192)
    parts.push(String.fromCharCode(...bytes.subarray(i, i + 8192)));
  return parts.join('');
}

function binaryToBase64Url(binary: string): string {
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url (or base64) → binary string; undefined when the text is not base64. */
function base64UrlToBinary(text: string): string | undefined {
  if (!/^[A-Za-z0-9_\-+/]*={0,2}$/.test(text)) return undefined;
  const padded = text.replace(/-/g, '+').replace(/_/g, '/');
  try {
    return atob(padded + '='.repeat((4 - (padded.length % 4)) % 4));
  } catch {
    return undefined;
  }
}

/** The header block of a raw message (unfolded), name → value, first of each. */
function rawHeaders(binary: string): Map<string, string> {
  const end = binary.indexOf('\r\n\r\n');
  const block = (end < 0 ? binary : binary.slice(0, end)).replace(/\r\n[ \t]/g, ' ');
  const headers = new Map<string, string>();
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

function optionsOf(args: unknown): {
  format: string;
  metadataHeaders?: string[];
  [k: string]: unknown;
} {
  const o = (args ?? {}) as { format?: string; metadataHeaders?: string[] };
  return { ...o, format: o.format ?? 'full' };
}

function threadsOf(world: GmailWorld): Map<string, StoredMessage[]> {
  const threads = new Map<string, StoredMessage[]>();
  for (const m of world.messages) {
    const list = threads.get(m.threadId) ?? [];
    list.push(m);
    threads.set(m.threadId, list);
  }
  for (const list of threads.values()) list.sort((a, b) => a.internalDate - b.internalDate);
  return threads;
}

/** The Gmail advanced service stand-in. */
export function createGmailAdvanced(world: GmailWorld) {
  const call = <T>(method: string, userId: string, run: () => T): T => {
    const tookEffect = enter(world, method);
    checkUser(world, userId, method);
    const result = run();
    tookEffect();
    return result;
  };
  return {
    Users: {
      getProfile: (userId: string) =>
        call('gmail.users.getProfile', userId, () => ({
          emailAddress: world.owner.address,
          messagesTotal: world.messages.length,
          threadsTotal: threadsOf(world).size,
          historyId: '1000',
        })),
      Messages: {
        get: (userId: string, id: string, args?: object) =>
          call('gmail.users.messages.get', userId, () => {
            const m = world.messages.find((x) => x.id === id);
            if (m === undefined) throw notFound('gmail.users.messages.get');
            const o = optionsOf(args);
            return apiMessage(m, o.format, o.metadataHeaders);
          }),
        // users.messages.send (metadata URI): the Message resource with `raw` in base64url;
        // answers the sent Message (id, threadId, labelIds). Errors as the advanced service throws them.
        send: (resource: { raw?: unknown; threadId?: string }, userId: string) =>
          call('gmail.users.messages.send', userId, () => {
            const fail = (why: string) =>
              new Error(`API call to gmail.users.messages.send failed with error: ${why}`);
            if (typeof resource?.raw !== 'string' || resource.raw === '')
              throw fail(
                "'raw' RFC822 payload message string or uploading message via /upload/* URL required",
              );
            const binary = base64UrlToBinary(resource.raw);
            if (binary === undefined) throw fail("Invalid value at 'message.raw' (TYPE_BYTES)");
            const headers = rawHeaders(binary);
            const to = headers.get('to') ?? headers.get('cc') ?? headers.get('bcc');
            if (to === undefined || to === '') throw fail('Recipient address required');
            if (!/^[^\s@<>,]+@[^\s@<>,]+\.[^\s@<>,]+$/.test(to.replace(/^.*<(.*)>$/, '$1')))
              throw fail(`Invalid To header`);
            if (resource.threadId !== undefined && !threadsOf(world).has(resource.threadId))
              throw notFound('gmail.users.messages.send');
            const id = `sent-${world.nextId++}`;
            const threadId = resource.threadId ?? `thread-${id}`;
            const end = binary.indexOf('\r\n\r\n');
            world.messages.push({
              id,
              threadId,
              labelIds: ['SENT'],
              internalDate: world.clock(),
              headers: [...rawHeaders(binary)].map(([name, value]) => ({ name, value })),
              body: end < 0 ? '' : binary.slice(end + 4),
            });
            world.sentByApi.push({ id, to, subject: headers.get('subject') ?? '', raw: binary });
            return { id, threadId, labelIds: ['SENT'] };
          }),
      },
      Threads: {
        list: (userId: string, args?: object) =>
          call('gmail.users.threads.list', userId, () => {
            const o = (args ?? {}) as {
              labelIds?: string[];
              maxResults?: number;
              pageToken?: string;
              q?: string;
            };
            if (o.q !== undefined) throw new Error('stand-in: q is not supported');
            const threads = [...threadsOf(world).entries()]
              .filter(([, ms]) =>
                (o.labelIds ?? []).every((l) => ms.some((m) => m.labelIds.includes(l))),
              )
              .sort(
                ([, a], [, b]) =>
                  Math.max(...b.map((m) => m.internalDate)) -
                  Math.max(...a.map((m) => m.internalDate)),
              );
            const start = o.pageToken === undefined ? 0 : Number(o.pageToken);
            if (!Number.isInteger(start) || start < 0) throw new Error('Invalid pageToken');
            const size = Math.min(o.maxResults ?? 100, 500);
            const page = threads
              .slice(start, start + size)
              .map(([id]) => ({ id, snippet: '', historyId: '1000' }));
            const next = start + size < threads.length ? String(start + size) : undefined;
            return {
              ...(page.length > 0 ? { threads: page } : {}),
              ...(next !== undefined ? { nextPageToken: next } : {}),
              resultSizeEstimate: threads.length,
            };
          }),
        get: (userId: string, id: string, args?: object) =>
          call('gmail.users.threads.get', userId, () => {
            const ms = threadsOf(world).get(id);
            if (ms === undefined) throw notFound('gmail.users.threads.get');
            const o = optionsOf(args);
            return {
              id,
              historyId: '1000',
              messages: ms.map((m) => apiMessage(m, o.format, o.metadataHeaders)),
            };
          }),
        modify: (
          resource: { addLabelIds?: string[]; removeLabelIds?: string[] },
          userId: string,
          id: string,
        ) =>
          call('gmail.users.threads.modify', userId, () => {
            const ms = threadsOf(world).get(id);
            if (ms === undefined) throw notFound('gmail.users.threads.modify');
            for (const label of [
              ...(resource.addLabelIds ?? []),
              ...(resource.removeLabelIds ?? []),
            ]) {
              if (!world.labels.some((l) => l.id === label))
                throw new Error(`Invalid label: ${label}`);
            }
            for (const m of ms) {
              m.labelIds = m.labelIds.filter((l) => !(resource.removeLabelIds ?? []).includes(l));
              for (const l of resource.addLabelIds ?? [])
                if (!m.labelIds.includes(l)) m.labelIds.push(l);
            }
            return { id, messages: ms.map((m) => apiMessage(m, 'minimal', undefined)) };
          }),
      },
      Labels: {
        list: (userId: string) =>
          call('gmail.users.labels.list', userId, () => ({ labels: clone(world.labels) })),
        create: (resource: { name: string }, userId: string) =>
          call('gmail.users.labels.create', userId, () => {
            if (world.labels.some((l) => l.name.toLowerCase() === resource.name.toLowerCase())) {
              throw new Error(
                'API call to gmail.users.labels.create failed with error: Label name exists or conflicts',
              );
            }
            const label = {
              id: `Label_${world.nextId++}`,
              name: resource.name,
              type: 'user' as const,
            };
            world.labels.push(label);
            return clone(label);
          }),
      },
      Settings: {
        getVacation: (userId: string) =>
          call('gmail.users.settings.getVacation', userId, () => clone(world.vacation)),
        updateVacation: (resource: Vacation, userId: string) =>
          call('gmail.users.settings.updateVacation', userId, () => {
            const start = resource.startTime === undefined ? undefined : Number(resource.startTime);
            const end = resource.endTime === undefined ? undefined : Number(resource.endTime);
            if (start !== undefined && end !== undefined && end <= start) {
              throw new Error(
                'API call to gmail.users.settings.updateVacation failed with error: Invalid vacation period',
              );
            }
            const keys: (keyof Vacation)[] = [
              'enableAutoReply',
              'responseSubject',
              'responseBodyPlainText',
              'responseBodyHtml',
              'restrictToContacts',
              'restrictToDomain',
              'startTime',
              'endTime',
            ];
            const stored: Vacation = {};
            for (const key of keys) {
              if (resource[key] !== undefined)
                (stored as Record<string, unknown>)[key] = resource[key];
            }
            world.vacation = stored;
            return clone(stored);
          }),
        ForwardingAddresses: {
          list: (userId: string) =>
            call('gmail.users.settings.forwardingAddresses.list', userId, () =>
              world.forwardingAddresses.length > 0
                ? { forwardingAddresses: clone(world.forwardingAddresses) }
                : {},
            ),
        },
        Filters: {
          create: (
            resource: { criteria?: Record<string, unknown>; action?: Filter['action'] },
            userId: string,
          ) =>
            call('gmail.users.settings.filters.create', userId, () => {
              const forward = resource.action?.forward;
              if (
                forward !== undefined &&
                !world.forwardingAddresses.some(
                  (f) => f.forwardingEmail === forward && f.verificationStatus === 'accepted',
                )
              ) {
                throw new Error(
                  'API call to gmail.users.settings.filters.create failed with error: Invalid forwarding address',
                );
              }
              if (resource.criteria === undefined || Object.keys(resource.criteria).length === 0) {
                throw new Error(
                  'API call to gmail.users.settings.filters.create failed with error: Filter has no criteria',
                );
              }
              const filter: Filter = {
                id: `filter_${world.nextId++}`,
                criteria: clone(resource.criteria),
                action: clone(resource.action ?? {}),
              };
              world.filters.push(filter);
              return clone(filter);
            }),
          remove: (userId: string, id: string) =>
            call('gmail.users.settings.filters.delete', userId, () => {
              const index = world.filters.findIndex((f) => f.id === id);
              if (index < 0) throw notFound('gmail.users.settings.filters.delete');
              world.filters.splice(index, 1);
            }),
          list: (userId: string) =>
            call('gmail.users.settings.filters.list', userId, () =>
              world.filters.length > 0 ? { filter: clone(world.filters) } : {},
            ),
        },
      },
    },
  };
}

/** GmailApp: drafts under the add-on's per-message access token, as in a compose action. */
export function createGmailApp(world: GmailWorld) {
  let token: string | undefined;
  const requireToken = (method: string): void => {
    enter(world, method);
    if (token === undefined) {
      throw new Error('Access denied: : Missing access token for per message scope authorization.');
    }
  };
  const draft = (d: StoredDraft) => ({ getId: () => d.id, getMessageId: () => d.messageId });
  // A draft is a message in its thread labelled DRAFT, as users.threads.get shows it.
  const draftMessage = (d: StoredDraft, threadId: string): void => {
    world.messages.push({
      id: d.messageId,
      threadId,
      labelIds: ['DRAFT'],
      internalDate: world.clock(),
      headers: [
        { name: 'From', value: world.owner.address },
        { name: 'To', value: d.to },
        { name: 'Subject', value: d.subject },
      ],
      body: d.body,
    });
  };
  return {
    setCurrentMessageAccessToken: (accessToken: string) => {
      enter(world, 'GmailApp.setCurrentMessageAccessToken');
      if (typeof accessToken !== 'string' || accessToken === '')
        throw new Error('Invalid argument: accessToken');
      token = accessToken;
    },
    getMessageById: (id: string) => {
      requireToken('GmailApp.getMessageById');
      const m = world.messages.find((x) => x.id === id);
      if (m === undefined) return null;
      const header = (name: string) =>
        m.headers.find((h) => h.name.toLowerCase() === name)?.value ?? '';
      return {
        getId: () => m.id,
        getSubject: () => header('subject'),
        getFrom: () => header('from'),
        createDraftReply: (body: string, options?: { htmlBody?: string }) => {
          enter(world, 'GmailMessage.createDraftReply');
          const draftId = `r-draft-${world.nextId++}`;
          const stored: StoredDraft = {
            id: draftId,
            messageId: `${draftId}-message`,
            kind: 'reply',
            to: header('reply-to') || header('from'),
            subject: `Re: ${header('subject')}`,
            body,
            htmlBody: options?.htmlBody ?? '',
            replyToMessageId: m.id,
          };
          world.drafts.push(stored);
          draftMessage(stored, m.threadId);
          return draft(stored);
        },
      };
    },
    createDraft: (
      recipient: string,
      subject: string,
      body: string,
      options?: { htmlBody?: string },
    ) => {
      requireToken('GmailApp.createDraft');
      const draftId = `r-draft-${world.nextId++}`;
      const stored: StoredDraft = {
        id: draftId,
        messageId: `${draftId}-message`,
        kind: 'standalone',
        to: recipient,
        subject,
        body,
        htmlBody: options?.htmlBody ?? '',
      };
      world.drafts.push(stored);
      draftMessage(stored, `thread-${draftId}`);
      return draft(stored);
    },
  };
}

/** Sends a draft as Gmail does: its DRAFT message leaves the thread and a SENT one joins it. */
export function sendDraft(world: GmailWorld, draftId: string): StoredMessage | undefined {
  const draft = world.drafts.find((d) => d.id === draftId);
  if (draft === undefined) return undefined;
  const message = world.messages.find((m) => m.id === draft.messageId);
  discardDraft(world, draftId);
  const sent: StoredMessage = {
    id: `${draft.id}-sent`,
    threadId: message?.threadId ?? `thread-${draft.id}`,
    labelIds: ['SENT'],
    internalDate: world.clock(),
    headers: [
      { name: 'From', value: world.owner.address },
      { name: 'To', value: draft.to },
      { name: 'Subject', value: draft.subject },
    ],
    body: draft.body,
  };
  world.messages.push(sent);
  return sent;
}

/** Discards a draft: the draft and its DRAFT message are gone, nothing is sent. */
export function discardDraft(world: GmailWorld, draftId: string): void {
  const index = world.drafts.findIndex((d) => d.id === draftId);
  if (index < 0) return;
  const [draft] = world.drafts.splice(index, 1);
  const at = world.messages.findIndex((m) => m.id === draft?.messageId);
  if (at >= 0) world.messages.splice(at, 1);
}

function properties(world: GmailWorld, store: Map<string, string>, name: string) {
  return {
    getProperty: (key: string) => {
      enter(world, `${name}.getProperty`);
      return store.get(key) ?? null;
    },
    setProperty: (key: string, value: string) => {
      const tookEffect = enter(world, `${name}.setProperty`);
      const text = String(value);
      // Apps Script allows 9 kB of UTF-8 per value.
      if (new TextEncoder().encode(text).length > 9 * 1024) {
        throw new Error('Argument too large: value');
      }
      store.set(key, text);
      tookEffect();
    },
    deleteProperty: (key: string) => {
      const tookEffect = enter(world, `${name}.deleteProperty`);
      store.delete(key);
      tookEffect();
    },
    getProperties: () => Object.fromEntries(store),
    getKeys: () => [...store.keys()],
  };
}

/** PropertiesService over the world's user and script properties. */
export function createPropertiesService(world: GmailWorld) {
  return {
    getUserProperties: () => properties(world, world.userProperties, 'UserProperties'),
    getScriptProperties: () => properties(world, world.scriptProperties, 'ScriptProperties'),
  };
}

/** Session: the user's locale and the script's zone. */
export function createSession(world: GmailWorld) {
  return {
    getActiveUserLocale: () => {
      enter(world, 'Session.getActiveUserLocale');
      return world.locale;
    },
    getScriptTimeZone: () => 'Europe/Stockholm',
  };
}

/** Utilities: the add-on needs none of it; present so a stray call is recorded, not a crash. */
export function createUtilities(world: GmailWorld) {
  return {
    getUuid: () => {
      enter(world, 'Utilities.getUuid');
      return `uuid-${world.nextId++}`;
    },
    sleep: (ms: number) => {
      enter(world, 'Utilities.sleep');
      if (ms > 300000) throw new Error('Sleep too long');
    },
  };
}

/** All the globals of an Apps Script add-on execution over a world (CardService comes separately). */
export function createAppsScriptGlobals(world: GmailWorld) {
  return {
    Gmail: createGmailAdvanced(world),
    GmailApp: createGmailApp(world),
    PropertiesService: createPropertiesService(world),
    Session: createSession(world),
    Utilities: createUtilities(world),
  };
}
