// The Graph mail endpoints the watcher and `admin report` use, app-only: the inbox's message delta
// (changeType=created, $select, nextLink/deltaLink with opaque tokens), GET of one message with
// $select (the stand-in keeps headers only: no body), PATCH of flag and categories, and
// POST /sendMail (202). Never imported by production code.
import { graphError, json } from './graphShapes.ts';
import type { Json, StandinResponse } from './graphShapes.ts';

/** One inbox message, headers only. */
export interface GraphMessage {
  readonly id: string;
  readonly conversationId: string;
  readonly receivedDateTime: string;
  readonly internetMessageHeaders: readonly { readonly name: string; readonly value: string }[];
  categories: string[];
  flag: Json;
  /** Change sequence: when it was created or last changed. */
  createdSeq: number;
  /** Extended properties (the Outlook pane's duty record), given only through $expand. */
  singleValueExtendedProperties?: { id: string; value: string }[];
}

/** A mailbox's inbox and what it sent. */
export interface GraphInbox {
  seq: number;
  readonly messages: GraphMessage[];
  readonly sent: Json[];
  /** The Sent Items folder (replies), headers only. */
  sentItems?: { id: string; conversationId: string; sentDateTime: string }[];
}

export interface GraphMailStats {
  /** Every $select asked of single messages and deltas (null = none, which would return bodies). */
  readonly selects: (string | null)[];
  patches: number;
}

/** Delivers a message to the inbox (tests' "new mail"). */
export function deliverGraph(
  inbox: GraphInbox,
  message: Omit<
    GraphMessage,
    'categories' | 'flag' | 'createdSeq' | 'conversationId' | 'singleValueExtendedProperties'
  > & {
    conversationId?: string;
    singleValueExtendedProperties?: { id: string; value: string }[];
  },
): void {
  inbox.seq += 1;
  inbox.messages.push({
    conversationId: message.id,
    ...message,
    categories: [],
    flag: { flagStatus: 'notFlagged' },
    createdSeq: inbox.seq,
  });
}

const PAGE = 10; // Graph's default page for message delta

/** `singleValueExtendedProperties($filter=id eq '…')`: the matching properties (Graph leaves the key out when none). */
function expanded(message: GraphMessage, expand: string | null): Json {
  const match = /^singleValueExtendedProperties\(\$filter=id eq '([^']+)'\)$/i.exec(expand ?? '');
  if (!match) return {};
  const found = (message.singleValueExtendedProperties ?? []).filter(
    (p) => p.id.toLowerCase() === (match[1] ?? '').toLowerCase(),
  );
  return found.length > 0 ? { singleValueExtendedProperties: found } : {};
}

function pick(message: GraphMessage, select: string | null): Json {
  const all: Json = {
    id: message.id,
    conversationId: message.conversationId,
    receivedDateTime: message.receivedDateTime,
    internetMessageHeaders: message.internetMessageHeaders,
    categories: message.categories,
    flag: message.flag,
  };
  if (select === null) return { ...all, body: { contentType: 'text', content: '' } };
  const fields = select.split(',').map((f) => f.trim());
  return Object.fromEntries(Object.entries(all).filter(([k]) => k === 'id' || fields.includes(k)));
}

/** Answers /users/{id}/mailFolders/inbox/messages/delta, /messages/{id} and /sendMail; else undefined. */
export function graphMail(
  inbox: GraphInbox,
  userId: string,
  method: string,
  rest: string,
  url: URL,
  body: string | undefined,
  has: (...roles: string[]) => boolean,
  stats: GraphMailStats,
): StandinResponse | undefined {
  const denied = () =>
    graphError(
      403,
      'ErrorAccessDenied',
      'Access is denied. Check credentials and try again.',
      Date.now(),
    );
  const lower = rest.toLowerCase();
  if (method === 'GET' && /^\/mailfolders(\/inbox|\('inbox'\))\/messages\/delta$/.test(lower)) {
    if (!has('Mail.ReadBasic.All', 'Mail.Read', 'Mail.ReadWrite')) return denied();
    const deltaToken = url.searchParams.get('$deltatoken');
    const skipToken = url.searchParams.get('$skiptoken');
    const select = url.searchParams.get('$select');
    const changeType = url.searchParams.get('changeType');
    stats.selects.push(select);
    // Tokens: "<after-seq>.<offset>.<upto-seq>" for a page, "<seq>" for a round's end.
    let after = 0;
    let offset = 0;
    let upto = inbox.seq;
    if (skipToken !== null)
      [after, offset, upto] = skipToken.split('.').map(Number) as [number, number, number];
    else if (deltaToken !== null) after = Number(deltaToken);
    if (![after, offset, upto].every(Number.isInteger))
      return graphError(400, 'ErrorInvalidUrlQuery', 'The sync state is invalid.', Date.now());
    const changed = inbox.messages.filter(
      (m) =>
        m.createdSeq > after &&
        m.createdSeq <= upto &&
        (changeType === null || changeType === 'created'),
    );
    const page = changed.slice(offset, offset + PAGE);
    const keep = new URLSearchParams();
    if (select !== null) keep.set('$select', select);
    if (changeType !== null) keep.set('changeType', changeType);
    const base = `https://graph.microsoft.com/v1.0/users/${userId}/mailFolders('inbox')/messages/delta`;
    const more = offset + PAGE < changed.length;
    if (more) keep.set('$skiptoken', `${after}.${offset + PAGE}.${upto}`);
    else keep.set('$deltatoken', String(upto));
    return json(200, {
      '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#Collection(message)`,
      value: page.map((m) => ({ '@odata.type': '#microsoft.graph.message', ...pick(m, select) })),
      [more ? '@odata.nextLink' : '@odata.deltaLink']: `${base}?${keep.toString()}`,
    });
  }
  const folder = /^\/mailfolders\/(inbox|sentitems)\/messages$/.exec(lower);
  if (folder && method === 'GET') {
    if (!has('Mail.ReadBasic.All', 'Mail.Read', 'Mail.ReadWrite')) return denied();
    const select = url.searchParams.get('$select');
    stats.selects.push(select);
    // The $filter the report sends: "<field> ge <instant> and <field> lt <instant>".
    const filter = /^(receivedDateTime|sentDateTime) ge (\S+) and \1 lt (\S+)$/.exec(
      url.searchParams.get('$filter') ?? '',
    );
    if (filter === null)
      return graphError(
        400,
        'ErrorInvalidUrlQueryFilter',
        'The query filter is invalid.',
        Date.now(),
      );
    const [, field, ge, lt] = filter as unknown as [string, string, string, string];
    const lo = Date.parse(ge);
    const hi = Date.parse(lt);
    const items: Json[] =
      folder[1] === 'inbox'
        ? inbox.messages
            .filter(
              (m) => Date.parse(m.receivedDateTime) >= lo && Date.parse(m.receivedDateTime) < hi,
            )
            .map((m) => ({ ...pick(m, select), ...expanded(m, url.searchParams.get('$expand')) }))
        : (inbox.sentItems ?? [])
            .filter((m) => Date.parse(m.sentDateTime) >= lo && Date.parse(m.sentDateTime) < hi)
            .map((m) => ({ ...m }));
    void field;
    const skip = Number(url.searchParams.get('$skip') ?? '0');
    const top = Math.min(Number(url.searchParams.get('$top') ?? '10'), 1000);
    const body: Json = { value: items.slice(skip, skip + top) };
    if (skip + top < items.length) {
      const next = new URLSearchParams(url.searchParams);
      next.set('$skip', String(skip + top));
      body['@odata.nextLink'] =
        `https://graph.microsoft.com/v1.0/users/${userId}/mailFolders/${folder[1]}/messages?${next.toString()}`;
    }
    return json(200, body);
  }
  const one = /^\/messages\/([^/]+)$/i.exec(rest);
  if (one) {
    const id = decodeURIComponent(one[1] ?? '');
    const message = inbox.messages.find((m) => m.id === id);
    if (message === undefined)
      return graphError(
        404,
        'ErrorItemNotFound',
        'The specified object was not found in the store.',
        Date.now(),
      );
    if (method === 'GET') {
      if (!has('Mail.ReadBasic.All', 'Mail.Read', 'Mail.ReadWrite')) return denied();
      const select = url.searchParams.get('$select');
      stats.selects.push(select);
      return json(200, {
        ...pick(message, select),
        ...expanded(message, url.searchParams.get('$expand')),
      });
    }
    if (method === 'PATCH') {
      if (!has('Mail.ReadWrite')) return denied();
      const patch = JSON.parse(body ?? '{}') as Json;
      if (patch['categories'] !== undefined)
        message.categories = [...(patch['categories'] as string[])];
      if (patch['flag'] !== undefined) message.flag = patch['flag'] as Json;
      stats.patches += 1;
      return json(200, pick(message, null));
    }
  }
  if (lower === '/sendmail' && method === 'POST') {
    if (!has('Mail.Send')) return denied();
    const request = JSON.parse(body ?? '{}') as Json;
    const message = request['message'] as Json | undefined;
    if (message === undefined || !Array.isArray(message['toRecipients']))
      return graphError(
        400,
        'ErrorInvalidRecipients',
        'At least one recipient is not valid.',
        Date.now(),
      );
    inbox.sent.push(message);
    return json(202, null);
  }
  return undefined;
}
