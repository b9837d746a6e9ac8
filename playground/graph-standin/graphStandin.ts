import { graphDateTime } from '../../addin/src/host/graph/graphDateTime.ts';
import type { DemoAddress, DemoMessage } from '../demo-mailbox.ts';
import { faultResponse } from './faults.ts';
import { STANDIN_TOKEN } from './standinToken.ts';
import type { Fault } from './faults.ts';
import { graphError, graphMessage, json, selectProperties } from './graphShapes.ts';
import type { Json, StandinResponse } from './graphShapes.ts';
import {
  BadRequest,
  enumValue,
  instantOf,
  isObject,
  NotFound,
  parseSelect,
  readJsonBody,
  rejectUnknown,
  storedDateTime,
} from './requestErrors.ts';

export type { StandinResponse } from './graphShapes.ts';
import type { GraphTenant } from './graphTenant.ts';
import { conversationFilter, messagePage, pageQuery } from './messagePage.ts';
import { createSharedMailboxes, seededReplies } from './sharedMailboxes.ts';
import type { SharedMailboxSeed, SharedMailboxState } from './sharedMailboxes.ts';
export type { SharedMailboxSeed, SharedMailboxState } from './sharedMailboxes.ts';

function ownedByTenant(tenant: GraphTenant, url: string): boolean {
  const { pathname } = new URL(url);
  const marker = pathname.indexOf('/v1.0');
  return marker < 0 ? tenant.ownsLogin(pathname) : tenant.owns(pathname.slice(marker + 5));
}
export type { Fault } from './faults.ts';

function graphPathOf(url: string): string {
  const { pathname } = new URL(url);
  const marker = pathname.indexOf('/v1.0');
  return marker < 0 ? pathname : decodeURI(pathname.slice(marker + 5));
}

export { STANDIN_TOKEN } from './standinToken.ts';

export interface StandinRequest {
  readonly method: string;
  /** Absolute URL ('http://127.0.0.1:5000/v1.0/me/…'); everything after '/v1.0' is the Graph path. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body?: string;
}

export interface GraphStandinOptions {
  readonly mailbox: readonly DemoMessage[];
  readonly owner: DemoAddress;
  /** The organisation's domains (redirects elsewhere count as external). Default: the owner's domain. */
  readonly orgDomains?: readonly string[];
  readonly token?: string;
  /** The org blocks automatic forwarding outside it (Exchange's default outbound policy). Default true. */
  readonly externalForwardingBlocked?: boolean;
  /** Each request takes this long (lets tests see concurrency). Default 0. */
  readonly latencyMs?: number;
  /** Graph allows 4 concurrent requests per mailbox; more get 429 ApplicationThrottled. Default true. */
  readonly enforceConcurrency?: boolean;
  readonly now?: () => number;
  /** App-only tenant (the admin commands): /users/…, /groups/… and the token endpoint go to it. */
  readonly tenant?: GraphTenant;
  /** Shared (functional) mailboxes the delegated user may open at /users/{address}/… (Mail.ReadWrite.Shared). */
  readonly sharedMailboxes?: readonly SharedMailboxSeed[];
}

export interface StandinSeed {
  readonly automaticRepliesSetting?: Json;
  readonly rules?: readonly Json[];
  /** The inbox folder's single-value extended properties, by id. */
  readonly inboxProperties?: Readonly<Record<string, string>>;
}

export interface StandinState {
  readonly automaticRepliesSetting: Json;
  readonly timeZone: string;
  readonly rules: readonly Json[];
  /** The inbox folder's single-value extended properties, by id. */
  readonly inboxProperties: Readonly<Record<string, string>>;
  readonly flags: Readonly<Record<string, Json>>;
  readonly requests: number;
  readonly maxInFlight: number;
  /** Categories and deletions in the shared mailboxes, by lower-case address. */
  readonly sharedMailboxes: Readonly<Record<string, SharedMailboxState>>;
  /** Unsent drafts (createReply), oldest first. */
  readonly drafts: readonly StandinMail[];
  /** Sent Items, oldest first: the seeded replies, forwards and sent drafts. */
  readonly sentItems: readonly StandinMail[];
}

/** A draft or sent message as the control endpoint shows it. */
export interface StandinMail {
  readonly id: string;
  readonly conversationId: string;
  readonly subject: string;
  readonly to: readonly string[];
  readonly sentDateTime: string;
  /** The draft this message answers (createReply), if any. */
  readonly replyTo?: string;
  readonly html: string;
  readonly properties: Readonly<Record<string, string>>;
}

export interface GraphStandin {
  handle(request: StandinRequest): Promise<StandinResponse>;
  injectFault(fault: Fault): void;
  clearFaults(): void;
  state(): StandinState;
  reset(seed?: StandinSeed): void;
  /** Resets the request counters (requests, maxInFlight). */
  resetStats(): void;
  readonly inFlight: number;
}

const TIME_ZONE = 'W. Europe Standard Time';
const MAX_CONCURRENT = 4;
const MAILBOX_SETTINGS_PROPERTIES = new Set([
  'automaticRepliesSetting',
  'timeZone',
  'language',
  'workingHours',
  'dateFormat',
  'timeFormat',
  'archiveFolder',
  'delegateMeetingMessageDeliveryOptions',
  'userPurpose',
]);
const AUTO_REPLY_PROPERTIES = new Set([
  'status',
  'externalAudience',
  'scheduledStartDateTime',
  'scheduledEndDateTime',
  'internalReplyMessage',
  'externalReplyMessage',
]);
const RULE_PROPERTIES = new Set([
  'displayName',
  'sequence',
  'isEnabled',
  'conditions',
  'exceptions',
  'actions',
  'hasError',
  'isReadOnly',
]);
const RULE_ACTIONS = new Set([
  'assignCategories',
  'copyToFolder',
  'delete',
  'forwardAsAttachmentTo',
  'forwardTo',
  'markAsRead',
  'markImportance',
  'moveToFolder',
  'permanentDelete',
  'redirectTo',
  'stopProcessingRules',
]);

function disabledReplies(): Json {
  return {
    status: 'disabled',
    externalAudience: 'all',
    internalReplyMessage: '',
    externalReplyMessage: '',
    scheduledStartDateTime: { dateTime: '2026-01-01T00:00:00.0000000', timeZone: 'UTC' },
    scheduledEndDateTime: { dateTime: '2026-01-02T00:00:00.0000000', timeZone: 'UTC' },
  };
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/**
 * A stateful, in-memory Microsoft Graph v1.0 for the subset the Outlook pane uses: mailbox
 * settings (automatic replies), inbox message rules, inbox and Sent Items messages, follow-up
 * flags. It answers bad requests with Graph's status codes and error body shape.
 *
 * @example
 * const graph = createGraphStandin({ mailbox: DEMO_MESSAGES, owner: DEMO_OWNER });
 * const res = await graph.handle({ method: 'GET', url: 'http://x/v1.0/me/mailboxSettings', headers: { authorization: 'Bearer svarsplikt-standin-token' } });
 */
export function createGraphStandin(options: GraphStandinOptions): GraphStandin {
  const now = options.now ?? (() => Date.now());
  const token = options.token ?? STANDIN_TOKEN;
  const orgDomains = (options.orgDomains ?? [domainOf(options.owner.address)]).map((d) =>
    d.toLowerCase(),
  );
  const blocked = options.externalForwardingBlocked ?? true;
  const enforceConcurrency = options.enforceConcurrency ?? true;
  const byId = new Map(options.mailbox.map((m) => [m.id, m]));
  const seededSent = (): DemoMessage[] => seededReplies(options.mailbox, options.owner);
  let sent: DemoMessage[] = seededSent();
  // Drafts the pane created (createReply) and the extended properties of drafts and sent mail.
  let drafts = new Map<string, { message: DemoMessage; replyTo: string; html: string }>();
  let draftCounter = 0;

  const shared = createSharedMailboxes(options.sharedMailboxes ?? []);
  const sharesAny = (options.sharedMailboxes ?? []).length > 0;
  const readState = new Map<string, boolean>();
  let autoReplies: Json = disabledReplies();
  let rules: Json[] = [];
  let flags = new Map<string, Json>();
  let inboxProperties = new Map<string, string>();
  // Each message's single-value extended properties, by message id then property id.
  let messageProperties = new Map<string, Map<string, string>>();
  let ruleCounter = 0;
  let faults: { fault: Fault; left: number }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let requests = 0;

  function newRuleId(): string {
    ruleCounter += 1;
    return `AQAAAJ${ruleCounter.toString().padStart(4, '0')}=`;
  }

  function flagOf(id: string): Json {
    return flags.get(id) ?? { flagStatus: 'notFlagged' };
  }

  function reset(seed: StandinSeed = {}): void {
    autoReplies = seed.automaticRepliesSetting
      ? { ...disabledReplies(), ...seed.automaticRepliesSetting }
      : disabledReplies();
    rules = (seed.rules ?? []).map((r) => ({
      id: newRuleId(),
      hasError: false,
      isReadOnly: false,
      isEnabled: true,
      ...r,
    }));
    flags = new Map();
    inboxProperties = new Map(Object.entries(seed.inboxProperties ?? {}));
    messageProperties = new Map();
    sent = seededSent();
    drafts = new Map();
    faults = [];
    shared.reset();
  }

  /** The inbox folder, with the extended properties `$expand=…($filter=id eq '…')` names. */
  function inboxFolder(base: string, expand: string | null): Json {
    const folder: Json = {
      '@odata.context': `${base}/$metadata#users('me')/mailFolders/$entity`,
      id: 'AAMkAGInbox=',
      displayName: 'Inkorg',
      parentFolderId: 'AAMkAGRoot=',
      childFolderCount: 0,
      unreadItemCount: 0,
      totalItemCount: options.mailbox.length,
      isHidden: false,
    };
    if (expand === null) return folder;
    return withExpanded(folder, expand, inboxProperties);
  }

  /** The property ids an `$expand=singleValueExtendedProperties($filter=id eq '…' or …)` names. */
  function expandedIds(expand: string): string[] {
    const m = /^singleValueExtendedProperties\(\$filter=(.*)\)$/i.exec(expand.trim());
    if (!m?.[1]) {
      throw new BadRequest('BadRequest', `Parsing OData Select and Expand failed: '${expand}'.`);
    }
    const ids: string[] = [];
    for (const clause of m[1].split(/\s+or\s+/i)) {
      const id = /^id\s+eq\s+'((?:[^']|'')*)'$/i.exec(clause.trim())?.[1];
      if (id === undefined)
        throw new BadRequest('BadRequest', `Invalid filter clause: '${clause}'.`);
      ids.push(id.replace(/''/g, "'"));
    }
    return ids;
  }

  /** `entity` with the expanded properties it holds; Graph leaves the collection out when none match. */
  function withExpanded(
    entity: Json,
    expand: string | null,
    props: ReadonlyMap<string, string> | undefined,
  ): Json {
    if (expand === null) return entity;
    const found = expandedIds(expand)
      .filter((id) => props?.has(id) === true)
      .map((id) => ({ id, value: props?.get(id) }));
    return found.length > 0 ? { ...entity, singleValueExtendedProperties: found } : entity;
  }

  /** Validates a PATCH body's singleValueExtendedProperties: string ids and values. */
  function propertyList(props: unknown): { id: string; value: string }[] {
    if (!Array.isArray(props)) {
      throw new BadRequest('RequestBodyRead', 'singleValueExtendedProperties must be an array.');
    }
    return (props as unknown[]).map((p) => {
      if (!isObject(p) || typeof p['id'] !== 'string' || typeof p['value'] !== 'string') {
        throw new BadRequest(
          'RequestBodyRead',
          'An extended property needs a string id and value.',
        );
      }
      if (!/^String \{[0-9a-f-]{36}\} Name \S+$/i.test(p['id'])) {
        throw new BadRequest('ErrorInvalidProperty', `The property id '${p['id']}' is not valid.`);
      }
      return { id: p['id'], value: p['value'] };
    });
  }

  function patchInboxFolder(base: string, body: Json): Json {
    rejectUnknown(body, new Set(['singleValueExtendedProperties']), 'mailFolder');
    const props = body['singleValueExtendedProperties'];
    if (!Array.isArray(props)) {
      throw new BadRequest('RequestBodyRead', 'singleValueExtendedProperties must be an array.');
    }
    for (const p of props as unknown[]) {
      if (!isObject(p) || typeof p['id'] !== 'string' || typeof p['value'] !== 'string') {
        throw new BadRequest(
          'RequestBodyRead',
          'An extended property needs a string id and value.',
        );
      }
      if (!/^String \{[0-9a-f-]{36}\} Name \S+$/i.test(p['id'])) {
        throw new BadRequest('ErrorInvalidProperty', `The property id '${p['id']}' is not valid.`);
      }
      inboxProperties.set(p['id'], p['value']);
    }
    return inboxFolder(base, null);
  }

  function mailboxSettings(select: readonly string[] | null): Json {
    const all: Json = {
      automaticRepliesSetting: autoReplies,
      timeZone: TIME_ZONE,
      language: { locale: 'sv-SE', displayName: 'svenska (Sverige)' },
      dateFormat: 'yyyy-MM-dd',
      timeFormat: 'HH:mm',
    };
    const out: Json = {
      '@odata.context': "https://graph.microsoft.com/v1.0/$metadata#users('me')/mailboxSettings",
    };
    for (const key of select ?? Object.keys(all)) {
      if (!MAILBOX_SETTINGS_PROPERTIES.has(key)) {
        throw new BadRequest(
          'RequestBroker--ParseUri',
          `Could not find a property named '${key}' on type 'microsoft.graph.mailboxSettings'.`,
        );
      }
      if (key in all) out[key] = all[key];
    }
    return out;
  }

  function patchMailboxSettings(body: Json): Json {
    rejectUnknown(body, MAILBOX_SETTINGS_PROPERTIES, 'mailboxSettings');
    const patch = body['automaticRepliesSetting'];
    if (patch === undefined)
      return mailboxSettings(Object.keys(body).filter((k) => !k.startsWith('@')));
    if (!isObject(patch))
      throw new BadRequest(
        'RequestBodyRead',
        "Cannot read 'automaticRepliesSetting': an object is expected.",
      );
    rejectUnknown(patch, AUTO_REPLY_PROPERTIES, 'automaticRepliesSetting');
    const next: Json = { ...autoReplies };
    if ('status' in patch)
      next['status'] = enumValue(
        patch['status'],
        ['disabled', 'alwaysEnabled', 'scheduled'],
        'automaticRepliesStatus',
      );
    if ('externalAudience' in patch)
      next['externalAudience'] = enumValue(
        patch['externalAudience'],
        ['none', 'contactsOnly', 'all'],
        'externalAudienceScope',
      );
    for (const key of ['internalReplyMessage', 'externalReplyMessage'] as const) {
      if (key in patch) {
        if (typeof patch[key] !== 'string')
          throw new BadRequest(
            'RequestBodyRead',
            `Cannot convert a value to the expected type 'Edm.String' for '${key}'.`,
          );
        next[key] = patch[key];
      }
    }
    for (const key of ['scheduledStartDateTime', 'scheduledEndDateTime'] as const) {
      // The properties are nullable; Exchange keeps the old schedule when it gets null.
      if (key in patch && patch[key] !== null) next[key] = storedDateTime(patch[key], key);
    }
    if (
      next['status'] === 'scheduled' &&
      !(instantOf(next['scheduledEndDateTime']) > instantOf(next['scheduledStartDateTime']))
    ) {
      throw new BadRequest(
        'ErrorInvalidScheduledOofDuration',
        'The scheduled end time must be after the start time.',
      );
    }
    autoReplies = next;
    return {
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#Me/mailboxSettings',
      automaticRepliesSetting: autoReplies,
    };
  }

  function validateRule(body: Json): Json {
    rejectUnknown(body, RULE_PROPERTIES, 'messageRule');
    if (typeof body['displayName'] !== 'string' || body['displayName'].trim() === '') {
      throw new BadRequest('ErrorInvalidRequest', "The rule's displayName is required.");
    }
    const actions = body['actions'];
    if (!isObject(actions) || Object.keys(actions).length === 0) {
      throw new BadRequest('ErrorInvalidRequest', 'A rule needs at least one action.');
    }
    rejectUnknown(actions, RULE_ACTIONS, 'messageRuleActions');
    for (const key of ['redirectTo', 'forwardTo', 'forwardAsAttachmentTo'] as const) {
      const targets = actions[key];
      if (targets === undefined) continue;
      if (!Array.isArray(targets) || targets.length === 0) {
        throw new BadRequest(
          'RequestBodyRead',
          `Cannot read '${key}': a collection of recipients is expected.`,
        );
      }
      for (const target of targets) {
        const address =
          isObject(target) && isObject(target['emailAddress'])
            ? target['emailAddress']['address']
            : undefined;
        if (typeof address !== 'string' || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address)) {
          throw new BadRequest(
            'ErrorInvalidRecipients',
            `The recipient address '${String(address)}' is not valid.`,
          );
        }
        if (
          blocked &&
          !orgDomains.some((d) => domainOf(address) === d || domainOf(address).endsWith(`.${d}`))
        ) {
          // Exchange refuses inbox rules that send mail outside an organisation that blocks it.
          throw new BadRequest(
            'ErrorInboxRulesValidationError',
            'A validation error occurred while executing the rule operation. 550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance.',
          );
        }
      }
    }
    const sequence = body['sequence'] ?? rules.length + 1;
    if (typeof sequence !== 'number' || !Number.isInteger(sequence) || sequence < 1) {
      throw new BadRequest(
        'RequestBodyRead',
        "Cannot convert the value of 'sequence' to the expected type 'Edm.Int32'.",
      );
    }
    return {
      id: newRuleId(),
      displayName: body['displayName'],
      sequence,
      isEnabled: body['isEnabled'] ?? true,
      hasError: false,
      isReadOnly: false,
      conditions: body['conditions'] ?? {},
      actions,
      exceptions: body['exceptions'] ?? {},
    };
  }

  function patchMessage(id: string, body: Json): Json {
    const message = byId.get(id);
    if (!message) throw new NotFound();
    rejectUnknown(
      body,
      new Set([
        'flag',
        'isRead',
        'categories',
        'importance',
        'subject',
        'singleValueExtendedProperties',
      ]),
      'message',
    );
    const props =
      'singleValueExtendedProperties' in body
        ? propertyList(body['singleValueExtendedProperties'])
        : [];
    if ('flag' in body) {
      const flag = body['flag'];
      if (!isObject(flag))
        throw new BadRequest('RequestBodyRead', "Cannot read 'flag': an object is expected.");
      rejectUnknown(
        flag,
        new Set(['flagStatus', 'dueDateTime', 'startDateTime', 'completedDateTime']),
        'followupFlag',
      );
      const status = enumValue(
        flag['flagStatus'] ?? 'flagged',
        ['notFlagged', 'complete', 'flagged'],
        'followupFlagStatus',
      );
      const next: Json = { flagStatus: status };
      if (flag['dueDateTime'] !== undefined && flag['startDateTime'] === undefined) {
        throw new BadRequest(
          'ErrorInvalidRequest',
          'To set the due date, you must also specify the startDateTime.',
        );
      }
      if (status === 'flagged') {
        if (flag['startDateTime'] !== undefined)
          next['startDateTime'] = storedDateTime(flag['startDateTime'], 'startDateTime');
        if (flag['dueDateTime'] !== undefined)
          next['dueDateTime'] = storedDateTime(flag['dueDateTime'], 'dueDateTime');
        if (instantOf(next['dueDateTime']) < instantOf(next['startDateTime'])) {
          throw new BadRequest(
            'ErrorInvalidRequest',
            'The due date must not be before the start date.',
          );
        }
      } else if (status === 'complete') {
        next['completedDateTime'] =
          flag['completedDateTime'] !== undefined
            ? storedDateTime(flag['completedDateTime'], 'completedDateTime')
            : graphDateTime(now(), 'UTC');
      }
      flags.set(id, next);
    }
    if ('isRead' in body) readState.set(id, body['isRead'] === true);
    if (props.length > 0) {
      const stored = messageProperties.get(id) ?? new Map<string, string>();
      for (const p of props) stored.set(p.id, p.value);
      messageProperties.set(id, stored);
    }
    return graphMessage(message, 'inbox', flagOf(id), readState.get(id) ?? false);
  }

  function listMessages(
    folder: 'inbox' | 'sentitems',
    url: URL,
    base: string,
    graphPath: string,
  ): StandinResponse {
    const params = url.searchParams;
    const select = parseSelect(params.get('$select'));
    const query = pageQuery(params);
    let items = (folder === 'inbox' ? [...options.mailbox] : [...sent]).map((m) => ({
      m,
      json: graphMessage(m, folder, flagOf(m.id), readState.get(m.id) ?? false),
    }));
    const filter = params.get('$filter');
    if (filter !== null) {
      const { conversationId, since } = conversationFilter(filter);
      items = items.filter(
        ({ m }) => m.conversationId === conversationId && Date.parse(m.sentDateTime) >= since,
      );
    }
    const orderby = params.get('$orderby') ?? 'receivedDateTime desc';
    const order = /^(receivedDateTime|sentDateTime)(?: (asc|desc))?$/.exec(orderby.trim());
    if (!order)
      throw new BadRequest('ErrorInvalidUrlQuery', `The $orderby '${orderby}' is not supported.`);
    if (filter !== null && params.has('$orderby')) {
      throw new BadRequest(
        'InefficientFilter',
        'The restriction or sort order is too complex for this operation.',
      );
    }
    const key = order[1] === 'sentDateTime' ? 'sentDateTime' : 'receivedDateTime';
    const sign = order[2] === 'asc' ? 1 : -1;
    items.sort((a, b) => sign * (Date.parse(a.m[key]) - Date.parse(b.m[key])));
    const body = messagePage(
      items,
      query,
      {
        params,
        base,
        graphPath,
        context: `${base}/$metadata#users('me')/mailFolders('${folder}')/messages`,
      },
      ({ m, json: message }) =>
        withExpanded(
          selectProperties(message, select),
          params.get('$expand'),
          messageProperties.get(m.id),
        ),
    );
    return json(200, body);
  }

  function mailOf(m: DemoMessage, html: string, replyTo?: string): StandinMail {
    return {
      id: m.id,
      conversationId: m.conversationId,
      subject: m.subject,
      to: m.to.map((a) => a.address),
      sentDateTime: m.sentDateTime,
      ...(replyTo !== undefined ? { replyTo } : {}),
      html,
      properties: Object.fromEntries(messageProperties.get(m.id) ?? []),
    };
  }

  /** A toRecipients collection, checked as Graph checks it (each needs a valid address). */
  function recipientsOf(value: unknown, what: string): DemoAddress[] {
    if (!Array.isArray(value) || value.length === 0)
      throw new BadRequest(
        'ErrorInvalidRecipients',
        `At least one recipient is required (${what}).`,
      );
    return (value as unknown[]).map((r) => {
      const email = isObject(r) && isObject(r['emailAddress']) ? r['emailAddress'] : undefined;
      const address = email?.['address'];
      if (typeof address !== 'string' || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address))
        throw new BadRequest(
          'ErrorInvalidRecipients',
          `The recipient address '${String(address)}' is not valid.`,
        );
      const name = email?.['name'];
      return { name: typeof name === 'string' ? name : address, address };
    });
  }

  /** POST /me/messages/{id}/createReply: a draft in the conversation, 201 with the draft. */
  function createReply(id: string, body: Json): Json {
    const original = byId.get(id);
    if (!original) throw new NotFound();
    rejectUnknown(body, new Set(['comment', 'message']), 'createReply');
    const message = body['message'];
    if (message !== undefined && !isObject(message))
      throw new BadRequest('RequestBodyRead', "Cannot read 'message': an object is expected.");
    if (message !== undefined)
      rejectUnknown(message, new Set(['body', 'singleValueExtendedProperties']), 'message');
    const content = message?.['body'];
    if (content !== undefined && body['comment'] !== undefined)
      throw new BadRequest(
        'ErrorInvalidRequest',
        'Specify either a comment or the body property of the message, not both.',
      );
    const html =
      isObject(content) && typeof content['content'] === 'string'
        ? content['content']
        : typeof body['comment'] === 'string'
          ? body['comment']
          : '';
    const props =
      message !== undefined && 'singleValueExtendedProperties' in message
        ? propertyList(message['singleValueExtendedProperties'])
        : [];
    draftCounter += 1;
    const draftId = `draft-${draftCounter}`;
    const draft: DemoMessage = {
      ...original,
      id: draftId,
      subject: `SV: ${original.subject}`,
      from: options.owner,
      to: [original.from],
      cc: [],
      receivedDateTime: graphDateTime(now(), 'UTC').dateTime,
      sentDateTime: new Date(now()).toISOString(),
      bodyText: html,
      internetHeaders: '',
    };
    drafts.set(draftId, { message: draft, replyTo: id, html });
    if (props.length > 0)
      messageProperties.set(draftId, new Map(props.map((p) => [p.id, p.value])));
    return {
      ...graphMessage(draft, 'inbox', { flagStatus: 'notFlagged' }, true),
      parentFolderId: 'drafts',
      isDraft: true,
      body: { contentType: 'html', content: html },
    };
  }

  /** POST /me/messages/{id}/forward: sent at once, a copy in Sent Items, 202 and no body. */
  function forward(id: string, body: Json): void {
    const original = byId.get(id);
    if (!original) throw new NotFound();
    rejectUnknown(body, new Set(['comment', 'toRecipients', 'message']), 'forward');
    const message = body['message'];
    if (isObject(message) && message['body'] !== undefined && body['comment'] !== undefined)
      throw new BadRequest(
        'ErrorInvalidRequest',
        'Specify either a comment or the body property of the message, not both.',
      );
    const inMessage = isObject(message) ? message['toRecipients'] : undefined;
    if ((body['toRecipients'] === undefined) === (inMessage === undefined))
      throw new BadRequest(
        'ErrorInvalidRecipients',
        'Specify either the toRecipients parameter or the toRecipients property of the message.',
      );
    const to = recipientsOf(body['toRecipients'] ?? inMessage, 'toRecipients');
    const comment = typeof body['comment'] === 'string' ? body['comment'] : '';
    const at = new Date(now()).toISOString();
    sent.push({
      ...original,
      id: `fwd-${sent.length + 1}-${original.id}`,
      subject: `VB: ${original.subject}`,
      from: options.owner,
      to,
      cc: [],
      receivedDateTime: at,
      sentDateTime: at,
      bodyText: comment,
      internetHeaders: '',
    });
  }

  /** POST /me/messages/{draftId}/send: the draft goes to Sent Items with its properties. */
  function sendDraft(id: string): void {
    const draft = drafts.get(id);
    if (!draft) throw new NotFound();
    drafts.delete(id);
    const at = new Date(now()).toISOString();
    sent.push({ ...draft.message, sentDateTime: at, receivedDateTime: at });
  }

  function route(
    method: string,
    url: URL,
    base: string,
    graphPath: string,
    body: string | undefined,
  ): StandinResponse {
    const path = graphPath.replace(/\/+$/, '');
    const lower = path.toLowerCase();
    if (sharesAny && shared.owns(path)) return shared.route(method, url, base, path, body);
    if (lower === '/me/mailboxsettings') {
      if (method === 'GET')
        return json(
          200,
          mailboxSettings(
            url.searchParams
              .get('$select')
              ?.split(',')
              .map((s) => s.trim()) ?? null,
          ),
        );
      if (method === 'PATCH') return json(200, patchMailboxSettings(readJsonBody(body)));
      return methodNotAllowed();
    }
    if (lower === '/me/mailfolders/inbox') {
      if (method === 'GET') return json(200, inboxFolder(base, url.searchParams.get('$expand')));
      if (method === 'PATCH') return json(200, patchInboxFolder(base, readJsonBody(body)));
      return methodNotAllowed();
    }
    if (lower === '/me/mailfolders/inbox/messagerules') {
      if (method === 'GET') {
        const sorted = [...rules].sort((a, b) => Number(a['sequence']) - Number(b['sequence']));
        return json(200, {
          '@odata.context': `${base}/$metadata#Me/mailFolders('inbox')/messageRules`,
          value: sorted,
        });
      }
      if (method === 'POST') {
        const rule = validateRule(readJsonBody(body));
        rules.push(rule);
        return json(201, {
          '@odata.context': `${base}/$metadata#Me/mailFolders('inbox')/messageRules/$entity`,
          ...rule,
        });
      }
      return methodNotAllowed();
    }
    const ruleMatch = /^\/me\/mailfolders\/inbox\/messagerules\/([^/]+)$/.exec(lower);
    if (ruleMatch) {
      const id = decodeURIComponent(path.split('/').pop() ?? '');
      const index = rules.findIndex((r) => r['id'] === id);
      if (index < 0) throw new NotFound();
      if (method === 'GET') return json(200, rules[index]);
      if (method === 'DELETE') {
        rules.splice(index, 1);
        return json(204, null);
      }
      return methodNotAllowed();
    }
    if (
      lower === '/me/mailfolders/inbox/messages' ||
      lower === '/me/mailfolders/sentitems/messages'
    ) {
      if (method !== 'GET') return methodNotAllowed();
      return listMessages(lower.includes('inbox') ? 'inbox' : 'sentitems', url, base, path);
    }
    const action = /^\/me\/messages\/([^/]+)\/(createreply|forward|send)$/i.exec(path);
    if (action) {
      if (method !== 'POST') return methodNotAllowed();
      const id = decodeURIComponent(action[1] ?? '');
      const verb = (action[2] ?? '').toLowerCase();
      if (verb === 'createreply') return json(201, createReply(id, readJsonBody(body || '{}')));
      if (verb === 'forward') forward(id, readJsonBody(body));
      else sendDraft(id);
      return json(202, null);
    }
    const messageMatch = /^\/me\/messages\/([^/]+)$/.exec(path);
    if (messageMatch) {
      const id = decodeURIComponent(messageMatch[1] ?? '');
      const message = byId.get(id);
      if (!message) throw new NotFound();
      if (method === 'GET') {
        const full = graphMessage(message, 'inbox', flagOf(id), readState.get(id) ?? false);
        return json(
          200,
          withExpanded(
            selectProperties(full, parseSelect(url.searchParams.get('$select'))),
            url.searchParams.get('$expand'),
            messageProperties.get(id),
          ),
        );
      }
      if (method === 'PATCH') return json(200, patchMessage(id, readJsonBody(body)));
      return methodNotAllowed();
    }
    const segment =
      path
        .split('/')
        .filter((s) => s !== '')
        .pop() ?? '';
    return graphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`, now());
  }

  function methodNotAllowed(): StandinResponse {
    return graphError(
      405,
      'BadRequest',
      'The HTTP method is not allowed for this resource.',
      now(),
    );
  }

  function takeFault(method: string, path: string): Fault | undefined {
    const entry = faults.find(
      (f) =>
        f.left > 0 &&
        (f.fault.request === undefined || f.fault.request === requests) &&
        path.toLowerCase().startsWith(f.fault.path.toLowerCase()) &&
        (f.fault.method ?? method).toUpperCase() === method,
    );
    if (!entry) return undefined;
    entry.left -= 1;
    faults = faults.filter((f) => f.left > 0);
    return entry.fault;
  }

  async function handle(request: StandinRequest): Promise<StandinResponse> {
    if (
      options.tenant !== undefined &&
      !shared.serves(graphPathOf(request.url)) &&
      ownedByTenant(options.tenant, request.url)
    )
      return options.tenant.handle(request);
    requests += 1;
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      const over = enforceConcurrency && inFlight > MAX_CONCURRENT;
      if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
      return serve(request, over);
    } finally {
      inFlight -= 1;
    }
  }

  function serve(request: StandinRequest, overConcurrency: boolean): StandinResponse {
    const method = request.method.toUpperCase();
    const url = new URL(request.url);
    const marker = url.pathname.indexOf('/v1.0');
    if (marker < 0) return graphError(400, 'BadRequest', 'Invalid version.', now());
    const base = `${url.origin}${url.pathname.slice(0, marker + 5)}`;
    const graphPath = decodeURI(url.pathname.slice(marker + 5)) || '/';
    const auth = request.headers['authorization'] ?? request.headers['Authorization'];
    if (auth === undefined || !/^Bearer\s+\S/i.test(auth)) {
      return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.', now());
    }
    if (auth.replace(/^Bearer\s+/i, '') !== token) {
      return graphError(
        401,
        'InvalidAuthenticationToken',
        'IDX14100: JWT is not well formed, there are no dots (.).',
        now(),
      );
    }
    const fault = takeFault(method, graphPath);
    if (fault && fault.phase !== 'after') return faultResponse(fault, now());
    if (overConcurrency) {
      return graphError(
        429,
        'ApplicationThrottled',
        'Application is over its MailboxConcurrency limit.',
        now(),
        { 'Retry-After': '1' },
      );
    }
    let answer: StandinResponse;
    try {
      answer = route(method, url, base, graphPath, request.body);
    } catch (e) {
      if (e instanceof BadRequest) answer = graphError(400, e.code, e.message, now());
      else if (e instanceof NotFound)
        answer = graphError(
          404,
          'ErrorItemNotFound',
          'The specified object was not found in the store.',
          now(),
        );
      else throw e;
    }
    return fault ? faultResponse(fault, now()) : answer;
  }

  reset();

  return {
    handle,
    injectFault(fault) {
      faults.push({ fault, left: fault.times ?? 1 });
    },
    clearFaults() {
      faults = [];
    },
    state() {
      return structuredClone({
        automaticRepliesSetting: autoReplies,
        timeZone: TIME_ZONE,
        rules,
        inboxProperties: Object.fromEntries(inboxProperties),
        flags: Object.fromEntries(flags),
        requests,
        maxInFlight,
        sharedMailboxes: shared.state(),
        drafts: [...drafts.values()].map((d) => mailOf(d.message, d.html, d.replyTo)),
        sentItems: sent.map((m) => mailOf(m, m.bodyText)),
      });
    },
    reset,
    resetStats() {
      requests = 0;
      maxInFlight = inFlight;
    },
    get inFlight() {
      return inFlight;
    },
  };
}
