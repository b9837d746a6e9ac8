import type { DemoAddress, DemoMessage } from '../demo-mailbox.ts';
import { graphMessage, json, selectProperties } from './graphShapes.ts';
import type { Json, StandinResponse } from './graphShapes.ts';
import {
  BadRequest,
  enumValue,
  isObject,
  NotFound,
  parseSelect,
  readJsonBody,
  rejectUnknown,
  storedDateTime,
} from './requestErrors.ts';
import { conversationFilter, messagePage, pageQuery } from './messagePage.ts';

/** A shared (functional) mailbox the signed-in user has full access to, as delegated Graph sees it. */
export interface SharedMailboxSeed {
  readonly owner: DemoAddress;
  readonly messages: readonly DemoMessage[];
}

/** What a test or the state panel sees of one shared mailbox. */
export interface SharedMailboxState {
  readonly categories: Readonly<Record<string, readonly string[]>>;
  /** Ids moved to Deleted Items by DELETE (Graph's DELETE is a move, not a purge). */
  readonly deleted: readonly string[];
  /** Follow-up flags the pane set (the clock's flag, the promise's due date), by message id. */
  readonly flags: Readonly<Record<string, Json>>;
  /** Single-value extended properties (the clock's duty record), by message id then property id. */
  readonly properties: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export interface SharedMailboxes {
  /** True when this path is `/users/{address}/…` with an address (shared or not). */
  owns(graphPath: string): boolean;
  /** True when this path is `/users/{address}/…` of a mailbox shared with the user. */
  serves(graphPath: string): boolean;
  route(method: string, url: URL, base: string, graphPath: string, body?: string): StandinResponse;
  state(): Readonly<Record<string, SharedMailboxState>>;
  reset(): void;
}

/** decodeURIComponent that gives the input back on a malformed escape instead of throwing. */
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

const USER_PATH = /^\/users\/([^/]+)(\/.*)?$/i;

/** The replies a demo mailbox already sent: one in Sent Items for each message with `answeredAt`. */
export function seededReplies(
  messages: readonly DemoMessage[],
  owner: DemoMessage['from'],
): DemoMessage[] {
  return messages
    .filter((m) => m.answeredAt !== undefined)
    .map((m) => ({
      ...m,
      id: `sent-${m.id}`,
      subject: `SV: ${m.subject}`,
      from: owner,
      to: [m.from],
      cc: [],
      receivedDateTime: m.answeredAt ?? m.receivedDateTime,
      sentDateTime: m.answeredAt ?? m.receivedDateTime,
      internetHeaders: `Message-ID: <sent-${m.id}@demo.invalid>\r\n`,
    }));
}

/**
 * The delegated `/users/{owner}/…` surface for shared mailboxes (Mail.ReadWrite.Shared): the
 * inbox and Sent Items lists, PATCH categories, DELETE (a move to Deleted Items). A mailbox the
 * user has no access to answers 403 ErrorAccessDenied, as Exchange does.
 */
export function createSharedMailboxes(seeds: readonly SharedMailboxSeed[]): SharedMailboxes {
  const byAddress = new Map(seeds.map((s) => [s.owner.address.toLowerCase(), s]));
  let categories = new Map<string, string[]>();
  let deleted = new Set<string>();
  let flags = new Map<string, Json>();
  let properties = new Map<string, Map<string, string>>();

  function key(address: string, id: string): string {
    return `${address}\u0000${id}`;
  }

  function asGraph(address: string, m: DemoMessage, folder: 'inbox' | 'sentitems'): Json {
    return {
      ...graphMessage(
        m,
        folder,
        flags.get(key(address, m.id)) ?? { flagStatus: 'notFlagged' },
        false,
      ),
      categories: categories.get(key(address, m.id)) ?? [],
    };
  }

  function list(
    address: string,
    seed: SharedMailboxSeed,
    folder: string,
    url: URL,
    base: string,
    graphPath: string,
  ): StandinResponse {
    const params = url.searchParams;
    const query = pageQuery(params);
    const select = parseSelect(params.get('$select'));
    let items: Json[];
    if (folder === 'inbox') {
      items = seed.messages
        .filter((m) => !deleted.has(key(address, m.id)))
        .map((m) => asGraph(address, m, 'inbox'));
    } else if (folder === 'deleteditems') {
      items = seed.messages
        .filter((m) => deleted.has(key(address, m.id)))
        .map((m) => ({ ...asGraph(address, m, 'inbox'), parentFolderId: 'deleteditems' }));
    } else {
      items = seededReplies(seed.messages, seed.owner).map((m) => asGraph(address, m, 'sentitems'));
    }
    const filter = params.get('$filter');
    if (filter !== null) {
      const { conversationId, since } = conversationFilter(filter);
      items = items.filter(
        (m) =>
          m['conversationId'] === conversationId && Date.parse(String(m['sentDateTime'])) >= since,
      );
    }
    items.sort(
      (a, b) =>
        Date.parse(String(b['receivedDateTime'])) - Date.parse(String(a['receivedDateTime'])),
    );
    const body = messagePage(
      items,
      query,
      {
        params,
        base,
        graphPath,
        context: `${base}/$metadata#users('${address}')/mailFolders('${folder}')/messages`,
      },
      (m) => selectProperties(m, select),
    );
    return json(200, body);
  }

  /** `$expand=singleValueExtendedProperties($filter=id eq '…')`: Graph leaves the key out when none match. */
  function expanded(address: string, m: DemoMessage, expand: string | null): Json {
    if (expand === null) return {};
    const id = /^singleValueExtendedProperties\(\$filter=id eq '([^']+)'\)$/i.exec(expand)?.[1];
    if (id === undefined)
      throw new BadRequest('BadRequest', `Parsing OData Select and Expand failed: '${expand}'.`);
    const value = properties.get(key(address, m.id))?.get(id);
    return value === undefined ? {} : { singleValueExtendedProperties: [{ id, value }] };
  }

  /** PATCH's flag, checked as the own mailbox's is (a due date needs its start). */
  function patchFlag(address: string, m: DemoMessage, flag: unknown): void {
    if (!isObject(flag))
      throw new BadRequest('RequestBodyRead', "Cannot read 'flag': an object is expected.");
    rejectUnknown(flag, new Set(['flagStatus', 'dueDateTime', 'startDateTime']), 'followupFlag');
    const status = enumValue(
      flag['flagStatus'] ?? 'flagged',
      ['notFlagged', 'complete', 'flagged'],
      'followupFlagStatus',
    );
    if (flag['dueDateTime'] !== undefined && flag['startDateTime'] === undefined)
      throw new BadRequest(
        'ErrorInvalidRequest',
        'To set the due date, you must also specify the startDateTime.',
      );
    const next: Json = { flagStatus: status };
    if (status === 'flagged' && flag['dueDateTime'] !== undefined) {
      next['startDateTime'] = storedDateTime(flag['startDateTime'], 'startDateTime');
      next['dueDateTime'] = storedDateTime(flag['dueDateTime'], 'dueDateTime');
    }
    flags.set(key(address, m.id), next);
  }

  /** PATCH's singleValueExtendedProperties: string ids and values, kept per message. */
  function patchProperties(address: string, m: DemoMessage, props: unknown): void {
    if (!Array.isArray(props))
      throw new BadRequest('RequestBodyRead', 'singleValueExtendedProperties must be an array.');
    const kept = properties.get(key(address, m.id)) ?? new Map<string, string>();
    for (const p of props as unknown[]) {
      if (!isObject(p) || typeof p['id'] !== 'string' || typeof p['value'] !== 'string')
        throw new BadRequest(
          'RequestBodyRead',
          'An extended property needs a string id and value.',
        );
      kept.set(p['id'], p['value']);
    }
    properties.set(key(address, m.id), kept);
  }

  function patch(address: string, m: DemoMessage, body: Json): StandinResponse {
    rejectUnknown(
      body,
      new Set(['categories', 'isRead', 'flag', 'singleValueExtendedProperties']),
      'message',
    );
    if ('flag' in body) patchFlag(address, m, body['flag']);
    if ('singleValueExtendedProperties' in body)
      patchProperties(address, m, body['singleValueExtendedProperties']);
    if ('categories' in body) {
      const value = body['categories'];
      if (!Array.isArray(value) || value.some((c) => typeof c !== 'string'))
        throw new BadRequest(
          'RequestBodyRead',
          "Cannot read 'categories': a collection of strings is expected.",
        );
      categories.set(key(address, m.id), [...new Set(value as string[])]);
    }
    return json(200, asGraph(address, m, 'inbox'));
  }

  return {
    owns(graphPath) {
      const address = USER_PATH.exec(graphPath)?.[1];
      return address !== undefined && safeDecode(address).includes('@');
    },
    serves(graphPath) {
      const address = USER_PATH.exec(graphPath)?.[1];
      return address !== undefined && byAddress.has(safeDecode(address).toLowerCase());
    },
    route(method, url, base, graphPath, body) {
      const match = USER_PATH.exec(graphPath.replace(/\/+$/, ''));
      const address = safeDecode(match?.[1] ?? '').toLowerCase();
      const rest = match?.[2] ?? '';
      const seed = byAddress.get(address);
      if (!seed)
        return json(403, {
          error: {
            code: 'ErrorAccessDenied',
            message: 'Access is denied. Check credentials and try again.',
          },
        });
      const folder = /^\/mailfolders\/(inbox|sentitems|deleteditems)\/messages$/i.exec(rest);
      if (folder) {
        if (method !== 'GET') throw new BadRequest('BadRequest', 'The HTTP method is not allowed.');
        return list(address, seed, (folder[1] ?? '').toLowerCase(), url, base, graphPath);
      }
      const one = /^\/messages\/([^/]+)$/.exec(rest);
      if (one) {
        const id = safeDecode(one[1] ?? '');
        const m = seed.messages.find((x) => x.id === id);
        if (!m || deleted.has(key(address, id))) throw new NotFound();
        if (method === 'GET')
          return json(200, {
            ...selectProperties(
              asGraph(address, m, 'inbox'),
              parseSelect(url.searchParams.get('$select')),
            ),
            ...expanded(address, m, url.searchParams.get('$expand')),
          });
        if (method === 'PATCH') return patch(address, m, readJsonBody(body));
        if (method === 'DELETE') {
          deleted.add(key(address, id));
          return json(204, null);
        }
      }
      throw new BadRequest('BadRequest', `Resource not found for the segment '${rest}'.`);
    },
    state() {
      const out: Record<string, SharedMailboxState> = {};
      for (const [address, seed] of byAddress) {
        const cats: Record<string, readonly string[]> = {};
        for (const m of seed.messages) {
          const c = categories.get(key(address, m.id));
          if (c) cats[m.id] = [...c];
        }
        const flagged: Record<string, Json> = {};
        const props: Record<string, Record<string, string>> = {};
        for (const m of seed.messages) {
          const f = flags.get(key(address, m.id));
          if (f) flagged[m.id] = f;
          const p = properties.get(key(address, m.id));
          if (p) props[m.id] = Object.fromEntries(p);
        }
        out[address] = {
          flags: flagged,
          properties: props,
          categories: cats,
          deleted: seed.messages.filter((m) => deleted.has(key(address, m.id))).map((m) => m.id),
        };
      }
      return out;
    },
    reset() {
      categories = new Map();
      deleted = new Set();
      flags = new Map();
      properties = new Map();
    },
  };
}
