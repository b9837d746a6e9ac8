import { describe, expect, it } from 'vitest';
import { createFunctionalStore } from '../../../addin/src/functional/functionalStore.ts';
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
  const port: SharedMailboxPort = {
    async listInbox() {
      calls.push('listInbox');
      return messages
        .filter((m) => !deleted.includes(m.id))
        .map((m) => ({ ...m, categories: categories.get(m.id) ?? [] }));
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

function setup(messages: SharedMessage[], answered: string[] = [], me = 'Anna Berg') {
  const fake = fakePort(messages, new Set(answered));
  const opened: string[] = [];
  const store = createFunctionalStore({
    org: testOrg(),
    lang: 'sv',
    me,
    mailboxes: [KC],
    openMailbox: async (address) => {
      opened.push(address);
      return fake.port;
    },
    now: () => NOW,
    describe: (err) => (err instanceof Error ? err.message : 'okänt fel'),
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
