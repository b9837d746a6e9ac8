// The Gmail mail endpoints the watcher and `admin report` use, in the API's JSON shapes:
// users.getProfile, users.history.list (404 below the oldest kept record, as Google answers),
// users.messages.list/get (format=metadata only: the stand-in keeps no bodies), users.labels
// list/create, users.messages.modify and users.messages.send. Never imported by production code.
import type { StandinResponse } from '../graph-standin/graphShapes.ts';
import { googleError, googleJson } from './googleShapes.ts';

const SCOPE = 'https://www.googleapis.com/auth/';

/** One message as Gmail keeps it, headers only. */
export interface GmailMessage {
  readonly id: string;
  readonly threadId: string;
  labelIds: string[];
  /** Milliseconds since the epoch, as a decimal string. */
  readonly internalDate: string;
  readonly headers: readonly { readonly name: string; readonly value: string }[];
  historyId: string;
}

/** A user's mail: messages, labels, the history log and what was sent. */
export interface GmailStore {
  historyId: number;
  /** History records below this id are gone: a startHistoryId under it answers 404. */
  historyFloor: number;
  readonly messages: GmailMessage[];
  readonly labels: { id: string; name: string; type: 'system' | 'user' }[];
  readonly history: { id: string; messagesAdded: { message: Record<string, unknown> }[] }[];
  /** The raw (base64url) of every users.messages.send, decoded to text. */
  readonly sent: string[];
}

export interface GmailMailStats {
  /** Every `format` asked of messages.get. */
  readonly formats: string[];
  modifies: number;
}

/** An empty store with Gmail's system labels. */
export function emptyGmailStore(historyId = 1000): GmailStore {
  return {
    historyId,
    historyFloor: 0,
    messages: [],
    labels: ['INBOX', 'SENT', 'UNREAD', 'IMPORTANT'].map((id) => ({
      id,
      name: id,
      type: 'system' as const,
    })),
    history: [],
    sent: [],
  };
}

/** Delivers a message to the inbox, as a new history record (what tests call "new mail"). */
export function deliverGmail(
  store: GmailStore,
  message: {
    id: string;
    threadId?: string;
    internalDate: number;
    headers: GmailMessage['headers'];
    /** Default ['INBOX', 'UNREAD']; ['SENT'] for the mailbox's own reply. */
    labelIds?: string[];
  },
): void {
  store.historyId += 1;
  const stored: GmailMessage = {
    id: message.id,
    threadId: message.threadId ?? message.id,
    labelIds: message.labelIds ?? ['INBOX', 'UNREAD'],
    internalDate: String(message.internalDate),
    headers: message.headers,
    historyId: String(store.historyId),
  };
  store.messages.push(stored);
  store.history.push({
    id: String(store.historyId),
    messagesAdded: [
      { message: { id: stored.id, threadId: stored.threadId, labelIds: [...stored.labelIds] } },
    ],
  });
}

const has = (scopes: readonly string[], names: readonly string[]) =>
  scopes.some((s) => names.some((n) => s === SCOPE + n));
const READ = ['gmail.readonly', 'gmail.metadata', 'gmail.modify'];

function page<T>(items: readonly T[], url: URL, max: number) {
  const size = Math.min(Number(url.searchParams.get('maxResults') ?? max), max);
  const start = Number(url.searchParams.get('pageToken') ?? '0');
  const next = start + size < items.length ? String(start + size) : undefined;
  return { items: items.slice(start, start + size), next };
}

function metadataOf(message: GmailMessage, url: URL): Record<string, unknown> {
  const wanted = url.searchParams.getAll('metadataHeaders').map((h) => h.toLowerCase());
  return {
    id: message.id,
    threadId: message.threadId,
    labelIds: [...message.labelIds],
    historyId: message.historyId,
    internalDate: message.internalDate,
    sizeEstimate: 1024,
    payload: {
      partId: '',
      mimeType: 'text/plain',
      filename: '',
      headers: message.headers.filter(
        (h) => wanted.length === 0 || wanted.includes(h.name.toLowerCase()),
      ),
    },
  };
}

/** Answers /gmail/v1/users/{me}/{profile|history|messages|labels}…; undefined for other paths. */
export function gmailMail(
  store: GmailStore,
  address: string,
  method: string,
  rest: readonly string[],
  url: URL,
  scopes: readonly string[],
  body: string,
  stats: GmailMailStats,
): StandinResponse | undefined {
  const [resource, id, action] = rest;
  const denied = (ok: boolean) =>
    ok ? undefined : googleError(403, 'Request had insufficient authentication scopes.');
  const json = () => JSON.parse(body === '' ? '{}' : body) as Record<string, unknown>;
  const key =
    resource === 'messages' && id === 'send'
      ? `${method} messages/send`
      : `${method} ${resource}${id === undefined ? '' : '/:id'}${action === undefined ? '' : '/' + action}`;
  switch (key) {
    case 'GET profile':
      return (
        denied(has(scopes, READ)) ??
        googleJson(200, {
          emailAddress: address,
          messagesTotal: store.messages.length,
          threadsTotal: new Set(store.messages.map((m) => m.threadId)).size,
          historyId: String(store.historyId),
        })
      );
    case 'GET history': {
      const no = denied(has(scopes, READ));
      if (no) return no;
      const start = Number(url.searchParams.get('startHistoryId') ?? 'NaN');
      if (!Number.isFinite(start)) return googleError(400, 'Invalid startHistoryId');
      if (start < store.historyFloor) return googleError(404, 'Requested entity was not found.');
      const label = url.searchParams.get('labelId');
      const records = store.history.filter(
        (h) =>
          Number(h.id) > start &&
          (label === null ||
            h.messagesAdded.some((a) => (a.message['labelIds'] as string[]).includes(label))),
      );
      const { items, next } = page(records, url, 100);
      return googleJson(200, {
        ...(items.length > 0
          ? {
              history: items.map((h) => ({
                id: h.id,
                messages: h.messagesAdded.map((a) => ({
                  id: a.message['id'],
                  threadId: a.message['threadId'],
                })),
                messagesAdded: h.messagesAdded,
              })),
            }
          : {}),
        ...(next !== undefined ? { nextPageToken: next } : {}),
        historyId: String(store.historyId),
      });
    }
    case 'GET messages': {
      const no = denied(has(scopes, READ));
      if (no) return no;
      const labels = url.searchParams.getAll('labelIds');
      const q = url.searchParams.get('q') ?? '';
      if (q !== '' && !has(scopes, ['gmail.readonly', 'gmail.modify']))
        return googleError(403, "Metadata scope does not support 'q' parameter");
      const after = /after:(\d+)/.exec(q);
      const before = /before:(\d+)/.exec(q);
      const matching = store.messages
        .filter((m) => labels.every((l) => m.labelIds.includes(l)))
        .filter((m) => after === null || Number(m.internalDate) >= Number(after[1]) * 1000)
        .filter((m) => before === null || Number(m.internalDate) < Number(before[1]) * 1000)
        .sort((a, b) => Number(b.internalDate) - Number(a.internalDate));
      const { items, next } = page(matching, url, 500);
      return googleJson(200, {
        ...(items.length > 0
          ? { messages: items.map((m) => ({ id: m.id, threadId: m.threadId })) }
          : {}),
        ...(next !== undefined ? { nextPageToken: next } : {}),
        resultSizeEstimate: matching.length,
      });
    }
    case 'GET messages/:id': {
      const no = denied(has(scopes, READ));
      if (no) return no;
      const format = url.searchParams.get('format') ?? 'full';
      stats.formats.push(format);
      if (format !== 'metadata' && format !== 'minimal')
        return googleError(400, 'The stand-in keeps headers only: ask for format=metadata');
      const message = store.messages.find((m) => m.id === id);
      if (message === undefined) return googleError(404, 'Requested entity was not found.');
      return googleJson(200, metadataOf(message, url));
    }
    case 'GET threads/:id': {
      const no = denied(has(scopes, READ));
      if (no) return no;
      const format = url.searchParams.get('format') ?? 'full';
      stats.formats.push(format);
      if (format !== 'metadata' && format !== 'minimal')
        return googleError(400, 'The stand-in keeps headers only: ask for format=metadata');
      const messages = store.messages.filter((m) => m.threadId === id);
      if (messages.length === 0) return googleError(404, 'Requested entity was not found.');
      return googleJson(200, {
        id,
        historyId: String(store.historyId),
        messages: messages.map((m) => metadataOf(m, url)),
      });
    }
    case 'GET labels':
      return (
        denied(has(scopes, [...READ, 'gmail.labels'])) ??
        googleJson(200, { labels: store.labels.map((l) => ({ ...l })) })
      );
    case 'POST labels': {
      const no = denied(has(scopes, ['gmail.labels', 'gmail.modify']));
      if (no) return no;
      const name = String(json()['name'] ?? '');
      if (name === '') return googleError(400, 'Invalid label name');
      if (store.labels.some((l) => l.name.toLowerCase() === name.toLowerCase()))
        return googleError(409, 'Label name exists or conflicts');
      const label = { id: `Label_${store.labels.length}`, name, type: 'user' as const };
      store.labels.push(label);
      return googleJson(200, {
        ...label,
        labelListVisibility: json()['labelListVisibility'] ?? 'labelShow',
        messageListVisibility: json()['messageListVisibility'] ?? 'show',
      });
    }
    case 'POST messages/:id/modify': {
      const no = denied(has(scopes, ['gmail.modify']));
      if (no) return no;
      const message = store.messages.find((m) => m.id === id);
      if (message === undefined) return googleError(404, 'Requested entity was not found.');
      const request = json() as { addLabelIds?: string[]; removeLabelIds?: string[] };
      for (const label of request.addLabelIds ?? [])
        if (!store.labels.some((l) => l.id === label))
          return googleError(400, `Invalid label: ${label}`);
      stats.modifies += 1;
      const labels = new Set(message.labelIds);
      for (const label of request.addLabelIds ?? []) labels.add(label);
      for (const label of request.removeLabelIds ?? []) labels.delete(label);
      message.labelIds = [...labels];
      store.historyId += 1;
      message.historyId = String(store.historyId);
      return googleJson(200, {
        id: message.id,
        threadId: message.threadId,
        labelIds: [...message.labelIds],
      });
    }
    case 'POST messages/send': {
      const no = denied(has(scopes, ['gmail.send', 'gmail.compose', 'gmail.modify']));
      if (no) return no;
      const raw = String(json()['raw'] ?? '');
      if (raw === '')
        return googleError(
          400,
          "'raw' RFC822 payload message string or uploading message via /upload/* URL required",
        );
      store.sent.push(Buffer.from(raw, 'base64url').toString('utf8'));
      const sentId = `sent${store.sent.length}`;
      return googleJson(200, { id: sentId, threadId: sentId, labelIds: ['SENT'] });
    }
    default:
      return undefined;
  }
}
