import { describe, expect, it } from 'vitest';
import { createFunctionalStore } from '../../../addin/src/functional/functionalStore.ts';
import type {
  FunctionalDeps,
  FunctionalState,
} from '../../../addin/src/functional/functionalStore.ts';
import { sharedFolderAccess } from '../../../addin/src/host/sharedFolderAccess.ts';
import type {
  SharedMailboxPort,
  SharedMessage,
} from '../../../addin/src/functional/sharedMailboxApi.ts';
import { NOW, inboxMessage, testOrg } from '../pane/fakes.ts';

const KC = { name: 'Kontaktcenter', address: 'kontaktcenter@vaxjo.se' };

function shared(
  id: string,
  receivedIso: string,
  categories: string[] = [],
  extra: string[] = [],
): SharedMessage {
  const m = inboxMessage(id, receivedIso, extra);
  return {
    id: m.id,
    subject: m.subject,
    from: m.from,
    receivedDateTime: m.receivedDateTime,
    conversationId: m.conversationId,
    categories,
    internetHeaders: m.internetHeaders,
  };
}

/** A fake shared mailbox that keeps categories and deletions like Graph does. */
function fakePort(messages: SharedMessage[], answered: ReadonlySet<string>) {
  const calls: string[] = [];
  const categories = new Map(messages.map((m) => [m.id, [...m.categories]]));
  const deleted: string[] = [];
  let failNext: Error | null = null;
  const current = () =>
    messages
      .filter((m) => !deleted.includes(m.id))
      .map((m) => ({ ...m, categories: categories.get(m.id) ?? [] }));
  const port: SharedMailboxPort = {
    async listInbox() {
      calls.push('listInbox');
      return current();
    },
    async listInboxPage(top, next) {
      // Graph's paging: the next link carries the offset.
      const skip = next === undefined ? 0 : Number(/skip=(\d+)/.exec(next)?.[1]);
      calls.push(`page ${skip}`);
      const all = current();
      const page = all.slice(skip, skip + top);
      return {
        messages: page,
        next: skip + top < all.length ? `https://graph.test/next?skip=${skip + top}` : null,
      };
    },
    async hasReplyAfter(conversationId) {
      return answered.has(conversationId);
    },
    async setCategories(id, next) {
      calls.push(`patch ${id}`);
      if (failNext) {
        const e = failNext;
        failNext = null;
        throw e;
      }
      categories.set(id, [...next]);
      return [...next];
    },
    async deleteMessage(id) {
      calls.push(`delete ${id}`);
      deleted.push(id);
    },
  };
  return { port, calls, categories, deleted, fail: (e: Error) => (failNext = e) };
}

function setup(
  messages: SharedMessage[],
  answered: string[] = [],
  me = 'Anna Berg',
  more: Partial<FunctionalDeps> = {},
) {
  const fake = fakePort(messages, new Set(answered));
  const opened: string[] = [];
  const store = createFunctionalStore({
    org: testOrg(),
    lang: 'sv',
    me,
    mailboxes: [KC],
    openMailbox: async (address: string) => {
      opened.push(address);
      return fake.port;
    },
    now: () => NOW,
    describe: (err: unknown) => (err instanceof Error ? err.message : 'okänt fel'),
    ...more,
  });
  return { store, opened, ...fake };
}

const INBOX = [
  shared('late', '2026-12-14T09:00:00Z'),
  shared('taken', '2026-12-17T09:00:00Z', ['Svarsplikt: Bo Ek']),
  shared('done', '2026-12-18T09:00:00Z', ['Diarieförd']),
  shared('auto', '2026-12-21T09:00:00Z', [], ['Auto-Submitted: auto-replied']),
];

describe('functional mailbox store', () => {
  it('choosing a functional mailbox opens it and lists the duty messages, open ones by due, answered last', async () => {
    const { store, opened } = setup(INBOX, ['conv-done']);
    await store.getState().choose(KC.address);
    const s = store.getState();
    expect(opened).toEqual([KC.address]);
    expect(s.phase).toBe('ready');
    expect(s.items.map((i) => [i.id, i.handler, i.registered, i.answered, i.deletable])).toEqual([
      ['late', null, false, false, false],
      ['taken', 'Bo Ek', false, false, false],
      ['done', null, true, true, true],
    ]);
    expect(s.items[0]?.clock.state).toBe('overdue');
  });

  it('the own inbox is the default and choosing it back clears the list', async () => {
    const { store } = setup(INBOX);
    expect(store.getState().mailbox).toBeNull();
    await store.getState().choose(KC.address);
    await store.getState().choose(null);
    expect(store.getState()).toMatchObject({ mailbox: null, items: [], phase: 'idle' });
  });

  it('refuses a mailbox outside the organisation list (programmer error)', async () => {
    const { store } = setup(INBOX);
    await expect(store.getState().choose('bygglov@vaxjo.se')).rejects.toThrow(RangeError);
  });

  it('"Jag tar den" writes the handler category, replacing another handler, keeping other marks', async () => {
    const { store, categories } = setup([
      shared('x', '2026-12-17T09:00:00Z', ['Röd', 'Svarsplikt: Bo Ek']),
    ]);
    await store.getState().choose(KC.address);
    await store.getState().take('x');
    expect(categories.get('x')).toEqual(['Röd', 'Svarsplikt: Anna Berg']);
    expect(store.getState().items[0]?.handler).toBe('Anna Berg');
  });

  it('"Diarieförd" adds the mark once', async () => {
    const { store, categories } = setup(INBOX);
    await store.getState().choose(KC.address);
    await store.getState().register('late');
    await store.getState().register('late');
    expect(categories.get('late')).toEqual(['Diarieförd']);
    expect(store.getState().items[0]?.registered).toBe(true);
  });

  it('a failed mark leaves the item as it was and says so', async () => {
    const { store, fail } = setup(INBOX);
    await store.getState().choose(KC.address);
    fail(new Error('Åtkomst nekad'));
    await store.getState().take('late');
    expect(store.getState().items[0]?.handler).toBeNull();
    expect(store.getState().notice).toEqual({
      text: 'Det gick inte: Åtkomst nekad',
      kind: 'error',
    });
  });

  it('deleting asks first naming the message; cancelling deletes nothing', async () => {
    const { store, deleted } = setup(INBOX, ['conv-done']);
    await store.getState().choose(KC.address);
    store.getState().askDelete('done');
    expect(store.getState().confirm).toEqual({ id: 'done', subject: 'Ärende done' });
    expect(deleted).toEqual([]);
    store.getState().cancelDelete();
    expect(store.getState().confirm).toBeNull();
    expect(deleted).toEqual([]);
  });

  it('confirmed deletion of a registered, answered message moves it and says where', async () => {
    const { store, deleted } = setup(INBOX, ['conv-done']);
    await store.getState().choose(KC.address);
    store.getState().askDelete('done');
    await store.getState().confirmDelete();
    expect(deleted).toEqual(['done']);
    expect(store.getState().items.map((i) => i.id)).not.toContain('done');
    expect(store.getState().notice).toEqual({
      text: '”Ärende done” flyttades till Borttagna objekt.',
      kind: 'success',
    });
  });

  it.each([
    ['not registered, answered', [], ['conv-x']],
    ['registered, not answered', ['Diarieförd'], []],
  ])('never deletes a message that is %s', async (_case, cats, answered) => {
    const { store, deleted } = setup([shared('x', '2026-12-17T09:00:00Z', cats)], answered);
    await store.getState().choose(KC.address);
    store.getState().askDelete('x');
    expect(store.getState().confirm).toBeNull();
    await store.getState().confirmDelete();
    expect(deleted).toEqual([]);
    expect(store.getState().notice?.kind).toBe('error');
  });
});

/** Outlook's shared properties of a message in kontaktcenter@ with these delegate permissions. */
function openedIn(owner: string, delegatePermissions: number) {
  return () =>
    Promise.resolve(sharedFolderAccess({ owner, targetMailbox: owner, delegatePermissions }));
}

const READ = 1;
const WRITE = 2;
const DELETE_ALL = 8;

describe('functional mailbox store: a message opened in a shared mailbox', () => {
  it('preselects the mailbox the message lives in and says so', async () => {
    const { store, opened } = setup(INBOX, ['conv-done'], 'Anna Berg', {
      sharedFolderAccess: openedIn('Kontaktcenter@Vaxjo.se', READ | WRITE | DELETE_ALL),
    });
    await store.getState().followItem();
    expect(store.getState()).toMatchObject({
      mailbox: KC.address,
      fromItem: KC.address,
      permissions: { canWrite: true, canDelete: true },
      phase: 'ready',
    });
    expect(store.getState().mailboxes).toEqual([KC]);
    expect(opened).toEqual([KC.address]);
  });

  it('adds a shared mailbox outside the organisation list to the chooser and opens it', async () => {
    const { store, opened } = setup(INBOX, [], 'Anna Berg', {
      sharedFolderAccess: openedIn('bygglov@vaxjo.se', READ | WRITE),
    });
    await store.getState().followItem();
    expect(store.getState().mailboxes.map((m) => m.address)).toEqual([
      KC.address,
      'bygglov@vaxjo.se',
    ]);
    expect(store.getState().mailbox).toBe('bygglov@vaxjo.se');
    expect(opened).toEqual(['bygglov@vaxjo.se']);
  });

  it.each([
    ['own mailbox (no shared properties)', () => Promise.resolve(null)],
    ['Outlook failed to say', () => Promise.reject(new Error('GenericResponseError'))],
  ])('leaves the chooser alone for the %s', async (_case, access) => {
    const { store, opened } = setup(INBOX, [], 'Anna Berg', { sharedFolderAccess: access });
    await store.getState().followItem();
    expect(store.getState()).toMatchObject({ mailbox: null, fromItem: null, phase: 'idle' });
    expect(opened).toEqual([]);
  });

  it('with Read only: lists, but neither marks nor deletes, and says why', async () => {
    const { store, calls } = setup(INBOX, ['conv-done'], 'Anna Berg', {
      sharedFolderAccess: openedIn(KC.address, READ),
    });
    await store.getState().followItem();
    expect(store.getState().permissions).toEqual({ canWrite: false, canDelete: false });
    expect(store.getState().items.length).toBe(3);
    await store.getState().take('late');
    expect(store.getState().notice).toEqual({
      text: 'Du har bara läsbehörighet i den här brevlådan.',
      kind: 'error',
    });
    await store.getState().register('late');
    store.getState().askDelete('done');
    expect(store.getState().confirm).toBeNull();
    expect(calls.filter((c) => !c.startsWith('page'))).toEqual([]);
  });

  it('with Write but not DeleteAll: marks, never deletes', async () => {
    const { store, calls, deleted } = setup(INBOX, ['conv-done'], 'Anna Berg', {
      sharedFolderAccess: openedIn(KC.address, READ | WRITE),
    });
    await store.getState().followItem();
    await store.getState().take('late');
    expect(calls).toContain('patch late');
    store.getState().askDelete('done');
    expect(store.getState().confirm).toBeNull();
    await store.getState().confirmDelete();
    expect(deleted).toEqual([]);
  });

  it('choosing another mailbox and back keeps the delegate permissions of the shared one', async () => {
    const { store } = setup(INBOX, [], 'Anna Berg', {
      mailboxes: [KC, { name: 'Bygglov', address: 'bygglov@vaxjo.se' }],
      sharedFolderAccess: openedIn(KC.address, READ),
    });
    await store.getState().followItem();
    await store.getState().choose('bygglov@vaxjo.se');
    expect(store.getState().permissions).toEqual({ canWrite: true, canDelete: true });
    await store.getState().choose(KC.address);
    expect(store.getState().permissions).toEqual({ canWrite: false, canDelete: false });
  });
});

/** n open duty messages, one every hour back from 2026-12-21 20:00 UTC. */
function many(n: number): SharedMessage[] {
  return Array.from({ length: n }, (_, i) =>
    shared(`m${i}`, new Date(Date.parse('2026-12-21T20:00:00Z') - i * 3_600_000).toISOString()),
  );
}

describe('functional mailbox store: paging and counts', () => {
  it('pages through @odata.nextLink and reports progress', async () => {
    const { store, calls } = setup(many(120), [], 'Anna Berg', { pageSize: 50 });
    const seen: number[] = [];
    store.subscribe((s: FunctionalState) => {
      if (s.progress && s.progress.read > 0 && seen.at(-1) !== s.progress.read)
        seen.push(s.progress.read);
    });
    await store.getState().choose(KC.address);
    expect(calls).toEqual(['page 0', 'page 50', 'page 100']);
    expect(seen).toEqual([50, 100, 120]);
    expect(store.getState()).toMatchObject({ phase: 'ready', progress: null, truncated: false });
    expect(store.getState().items.length).toBe(120);
  });

  it('stops at the page bound and says older messages are left out', async () => {
    const { store, calls } = setup(many(120), [], 'Anna Berg', { pageSize: 50, maxPages: 2 });
    await store.getState().choose(KC.address);
    expect(calls).toEqual(['page 0', 'page 50']);
    expect(store.getState().truncated).toBe(true);
    expect(store.getState().items.length).toBe(100);
  });

  it('counts overdue, due today, later and taken among the open duties, and follows marks', async () => {
    const { store } = setup(INBOX, ['conv-done']);
    await store.getState().choose(KC.address);
    const open = store.getState().items.filter((i) => !i.answered);
    const byState = (state: string) => open.filter((i) => i.clock.state === state).length;
    const counts = store.getState().counts;
    expect(counts?.overdue).toBe(byState('overdue'));
    expect((counts?.overdue ?? 0) + (counts?.dueToday ?? 0) + (counts?.later ?? 0)).toBe(
      open.length,
    );
    expect(counts?.taken).toBe(1);
    await store.getState().take('late');
    expect(store.getState().counts?.taken).toBe(2);
  });

  it('refuses a page size outside 1..1000 (programmer error)', () => {
    expect(() => setup(INBOX, [], 'Anna Berg', { pageSize: 0 })).toThrow(RangeError);
  });
});
