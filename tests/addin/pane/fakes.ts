/** Fake MailHost and Graph for the pane's store and component tests. */
import { parseOrgConfig } from '../../../shared/index.ts';
import { VAXJO_ORG_JSON } from '../../fixtures/vaxjoOrgJson.ts';
import type { Organisation } from '../../../shared/index.ts';
import { uiStrings } from '../../../addin/src/i18n/uiStrings.ts';
import { createGraphAccess } from '../../../addin/src/pane/graphAccess.ts';
import type { PaneDeps } from '../../../addin/src/pane/paneDeps.ts';
import type {
  AutomaticReplies,
  FollowUpFlag,
  GraphPort,
  InboxMessage,
  MailHost,
  RedirectRule,
  RetryInfo,
  RuleSummary,
  SelectedMessage,
} from '../../../addin/src/pane/ports.ts';

export const ORG_JSON = VAXJO_ORG_JSON;

export function testOrg(): Organisation {
  const result = parseOrgConfig(ORG_JSON);
  if (!result.ok) throw new Error(`bad test org: ${result.error.message}`);
  return result.value;
}

/** Tuesday 22 December 2026, 10:15 in Stockholm (the demo's "now"). */
export const NOW = Date.parse('2026-12-22T09:15:00Z');

export const MAILBOX = 'anna.lind@vaxjo.se';

/** A raw header block with a topmost Received: at `received` (RFC 5322 date text). */
export function headers(received: string, extra: readonly string[] = []): string {
  return [
    `Received: from mx1.example.net (mx1.example.net [192.0.2.1]) by mail.vaxjo.se with ESMTPS; ${received}`,
    'Received: from sender.example.net by mx1.example.net; Mon, 21 Dec 2026 16:59:00 +0100',
    'From: Erik Svensson <erik.svensson@example.se>',
    `To: Anna Lind <${MAILBOX}>`,
    'Subject: =?utf-8?q?Fr=C3=A5ga_om_bygglov?=',
    'Date: Mon, 21 Dec 2026 16:58:00 +0100',
    ...extra,
  ].join('\r\n');
}

export const CITIZEN: SelectedMessage = {
  itemId: 'item-citizen',
  subject: 'Fråga om bygglov',
  from: { name: 'Erik Svensson', address: 'erik.svensson@example.se' },
  dateTimeCreated: Date.parse('2026-12-21T16:05:30Z'),
  internetHeaders: headers('Mon, 21 Dec 2026 17:05:00 +0100'),
};

export const AUTO_REPLY: SelectedMessage = {
  itemId: 'item-auto',
  subject: 'Autosvar: Fråga om bygglov',
  from: { name: 'Lisa Berg', address: 'lisa.berg@example.se' },
  dateTimeCreated: Date.parse('2026-12-21T10:00:00Z'),
  internetHeaders: headers('Mon, 21 Dec 2026 11:00:00 +0100', ['Auto-Submitted: auto-replied']),
};

export const NO_HEADERS: SelectedMessage = {
  itemId: 'item-noheaders',
  subject: 'Synpunkt på snöröjningen',
  from: { name: 'Karin Ek', address: 'karin.ek@example.se' },
  dateTimeCreated: Date.parse('2026-12-18T07:30:00Z'),
  internetHeaders: null,
};

export interface FakeHost {
  readonly host: MailHost;
  readonly infoBars: { text: string; kind: string }[];
  readonly forms: {
    kind: 'reply' | 'new';
    html: string;
    to?: readonly string[];
    subject?: string;
  }[];
  readonly settings: Map<string, unknown>;
  select(message: SelectedMessage | null): void;
}

export function fakeHost(selected: SelectedMessage | null, displayLanguage = 'sv-SE'): FakeHost {
  let current = selected;
  const listeners: (() => void)[] = [];
  const infoBars: FakeHost['infoBars'] = [];
  const forms: FakeHost['forms'] = [];
  const settings = new Map<string, unknown>();
  const host: MailHost = {
    displayLanguage,
    mailboxAddress: MAILBOX,
    timeZone: 'W. Europe Standard Time',
    getSelectedMessage: () => Promise.resolve(current),
    onSelectionChanged: (listener) => {
      listeners.push(listener);
      return Promise.resolve();
    },
    showInfoBar: (text, kind) => {
      infoBars.push({ text, kind });
      return Promise.resolve();
    },
    clearInfoBar: () => Promise.resolve(),
    openReplyForm: (html) => {
      forms.push({ kind: 'reply', html });
      return Promise.resolve();
    },
    openNewMessage: (m) => {
      forms.push({ kind: 'new', ...m });
      return Promise.resolve();
    },
    getSetting: <T>(key: string) => settings.get(key) as T | undefined,
    setSetting: (key, value) => {
      if (value === undefined) settings.delete(key);
      else settings.set(key, JSON.parse(JSON.stringify(value)));
      return Promise.resolve();
    },
    convertToRestId: (id) => `rest-${id}`,
  };
  return {
    host,
    infoBars,
    forms,
    settings,
    select(message) {
      current = message;
      listeners.forEach((l) => l());
    },
  };
}

export class FakeGraphError extends Error {
  override readonly name = 'GraphError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const DISABLED: AutomaticReplies = {
  status: 'disabled',
  externalAudience: 'all',
  scheduledStartDateTime: null,
  scheduledEndDateTime: null,
  internalReplyMessage: '',
  externalReplyMessage: '',
};

export interface FakeGraphState {
  autoReplies: AutomaticReplies;
  rules: (RuleSummary & { id: string; displayName: string })[];
  flags: Map<string, FollowUpFlag>;
  inbox: InboxMessage[];
  answered: Set<string>;
  /** The inbox folder's extended properties (where the autoreply backup is kept). */
  inboxProperties: Map<string, string>;
  /** Next call of the named method fails with this error (once). */
  faults: Map<keyof GraphPort, unknown>;
  calls: string[];
  /** Forwards Graph carried out, in order. */
  forwards: { id: string; to: string; comment: string }[];
  /** Reply drafts created, in order. */
  drafts: { id: string; replyTo: string; html: string; kind: string }[];
  /** What listSentSince returns. */
  sent: { conversationId: string; sentAt: number; ours: boolean }[];
  /** The mailbox each `forMailbox` bound the message calls to (null = the user's own). */
  boundTo: (string | null)[];
  retry?: (listener: (info: RetryInfo) => void) => void;
}

export function fakeGraph(init: Partial<FakeGraphState> = {}): {
  graph: GraphPort;
  state: FakeGraphState;
} {
  const state: FakeGraphState = {
    autoReplies: DISABLED,
    rules: [],
    flags: new Map(),
    inbox: [],
    answered: new Set(),
    inboxProperties: new Map(),
    faults: new Map(),
    calls: [],
    forwards: [],
    drafts: [],
    sent: [],
    boundTo: [],
    ...init,
  };
  function step(name: keyof GraphPort): void {
    state.calls.push(name);
    const fault = state.faults.get(name);
    if (fault !== undefined) {
      state.faults.delete(name);
      throw fault;
    }
  }
  let ruleSeq = 0;
  const graph: GraphPort = {
    async getAutomaticReplies() {
      step('getAutomaticReplies');
      return { setting: state.autoReplies, timeZone: 'W. Europe Standard Time' };
    },
    async setAutomaticReplies(setting) {
      step('setAutomaticReplies');
      state.autoReplies = setting;
      return setting;
    },
    async listRules() {
      step('listRules');
      return state.rules;
    },
    async ensureRedirectRule(r) {
      step('ensureRedirectRule');
      const existing = state.rules.find((x) => x.displayName.startsWith('Svarsplikt:'));
      const to = r.to.address;
      if (existing && existing.actions?.redirectTo?.[0]?.emailAddress?.address === to)
        return {
          rule: { id: existing.id, displayName: existing.displayName, to, until: r.until },
          created: false,
        };
      state.rules = state.rules.filter((x) => !x.displayName.startsWith('Svarsplikt:'));
      const rule = {
        id: `rule-${++ruleSeq}`,
        displayName: `Svarsplikt: ${r.name} t.o.m. ${r.until}`,
        isEnabled: true,
        actions: { redirectTo: [{ emailAddress: { address: to } }] },
      };
      state.rules.push(rule);
      return {
        rule: { id: rule.id, displayName: rule.displayName, to, until: r.until },
        created: true,
      };
    },
    async findRedirectRule(): Promise<RedirectRule | null> {
      step('findRedirectRule');
      const r = state.rules.find((x) => x.displayName.startsWith('Svarsplikt:'));
      return r ? { id: r.id, displayName: r.displayName, to: '', until: '' } : null;
    },
    async listRedirectRules() {
      step('listRedirectRules');
      return state.rules
        .filter((x) => x.displayName.startsWith('Svarsplikt:'))
        .map((x) => ({
          id: x.id,
          displayName: x.displayName,
          to: x.actions?.redirectTo?.[0]?.emailAddress?.address ?? '',
          until: /t\.o\.m\. (\S+)$/.exec(x.displayName)?.[1] ?? '',
        }));
    },
    async addRedirectRule(r) {
      step('addRedirectRule');
      const displayName = `Svarsplikt: ${r.name} t.o.m. ${r.until}`;
      const to = r.to.address;
      const same = state.rules.find(
        (x) =>
          x.displayName === displayName && x.actions?.redirectTo?.[0]?.emailAddress?.address === to,
      );
      if (same) return { id: same.id, displayName, to, until: r.until };
      const rule = {
        id: `rule-${++ruleSeq}`,
        displayName,
        isEnabled: true,
        actions: { redirectTo: [{ emailAddress: { address: to } }] },
      };
      state.rules.push(rule);
      return { id: rule.id, displayName, to, until: r.until };
    },
    async deleteRedirectRule(id) {
      step('deleteRedirectRule');
      state.rules = state.rules.filter((x) => x.id !== id);
    },
    async readInboxProperties(names) {
      step('readInboxProperties');
      const out: Record<string, string> = {};
      for (const n of names) {
        const v = state.inboxProperties.get(n);
        if (v !== undefined) out[n] = v;
      }
      return out;
    },
    async writeInboxProperties(values) {
      step('writeInboxProperties');
      for (const [k, v] of Object.entries(values)) state.inboxProperties.set(k, v);
    },
    async removeRedirectRules() {
      step('removeRedirectRules');
      const before = state.rules.length;
      state.rules = state.rules.filter((x) => !x.displayName.startsWith('Svarsplikt:'));
      return before - state.rules.length;
    },
    async listInboxPage(o) {
      step('listInboxPage');
      const start = o?.pageUrl ? Number(o.pageUrl) : 0;
      const top = 2;
      const messages: InboxMessage[] = state.inbox.slice(start, start + top);
      return {
        messages,
        nextPageUrl: start + top < state.inbox.length ? String(start + top) : null,
      };
    },
    async getMessage(id) {
      step('getMessage');
      const m = state.inbox.find((x) => x.id === id);
      if (!m)
        throw new FakeGraphError(
          404,
          'ErrorItemNotFound',
          'The specified object was not found in the store.',
        );
      return { ...m, internetMessageHeaders: null };
    },
    async hasReplyAfter(conversationId) {
      step('hasReplyAfter');
      return state.answered.has(conversationId);
    },
    async listSentSince(sinceIso) {
      step('listSentSince');
      return state.sent.filter((m) => m.sentAt >= Date.parse(sinceIso));
    },
    async forwardMessage(id, to, comment) {
      step('forwardMessage');
      state.forwards.push({ id, to: to.address, comment });
    },
    async createReplyDraft(id, html, kind) {
      step('createReplyDraft');
      const draft = { id: `draft-${state.drafts.length + 1}`, replyTo: id, html, kind };
      state.drafts.push(draft);
      return { id: draft.id };
    },
    async setFollowUpFlag(id, due, start) {
      step('setFollowUpFlag');
      const flag: FollowUpFlag =
        due === 'complete'
          ? { flagStatus: 'complete' }
          : due === 'notFlagged'
            ? { flagStatus: 'notFlagged' }
            : { flagStatus: 'flagged', dueDateTime: due, startDateTime: start ?? due };
      state.flags.set(id, flag);
      return flag;
    },
    async writeDutyRecord(id, record, due) {
      step('writeDutyRecord');
      // Like Graph: the record lives on the message, so later reads of it bring it along.
      state.inbox = state.inbox.map((m) => (m.id === id ? { ...m, dutyRecord: record } : m));
      if (due) state.flags.set(id, { flagStatus: 'flagged', dueDateTime: due, startDateTime: due });
    },
    forMailbox(owner) {
      // One fake mailbox: the test reads which mailbox the pane bound to from `boundTo`.
      state.boundTo.push(owner);
      return graph;
    },
  };
  return { graph, state };
}

/** Pane deps over fakes; `retry` lets a test fire onRetry notices. */
export function fakeDeps(
  host: MailHost,
  graph: GraphPort,
  now = NOW,
): { deps: PaneDeps; fireRetry: (info: RetryInfo) => void } {
  let fire: (info: RetryInfo) => void = () => undefined;
  const access = createGraphAccess((onRetry) => {
    fire = onRetry;
    return Promise.resolve(graph);
  });
  const lang = host.displayLanguage.startsWith('en') ? 'en' : 'sv';
  return {
    deps: { host, org: testOrg(), graph: access, lang, t: uiStrings(lang), now: () => now },
    fireRetry: (info) => fire(info),
  };
}

/** A message for the fake inbox (headers included). */
export function inboxMessage(
  id: string,
  receivedIso: string,
  extraHeaders: readonly string[] = [],
  subject = `Ärende ${id}`,
): InboxMessage {
  const d = new Date(receivedIso);
  const rfc = d.toUTCString().replace('GMT', '+0000');
  return {
    id,
    subject,
    from: { name: 'Medborgare', address: `medborgare.${id}@example.se` },
    receivedDateTime: receivedIso,
    conversationId: `conv-${id}`,
    isRead: false,
    flag: { flagStatus: 'notFlagged' },
    internetHeaders: headers(rfc, extraHeaders),
  };
}

/** Lets pending promise chains settle. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
}
