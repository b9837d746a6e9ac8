import { notOursKey } from '../../../shared/index.ts';
import { describe, expect, it } from 'vitest';
import { createQueueStore } from '../../../addin/src/queue/queueStore.ts';
import { createClockStore } from '../../../addin/src/clock/clockStore.ts';
import {
  CITIZEN,
  FakeGraphError,
  fakeDeps,
  fakeGraph,
  fakeHost,
  inboxMessage,
} from '../pane/fakes.ts';

// "Now" is Tue 22 Dec 2026 10:15 Stockholm.
const INBOX = [
  inboxMessage('late', '2026-12-14T09:00:00Z'), // Mon 14 Dec → due Thu 17 Dec: overdue
  inboxMessage('today', '2026-12-17T09:00:00Z'), // Thu 17 Dec → due Tue 22 Dec 16:30: today
  inboxMessage('later', '2026-12-21T16:05:00Z'), // Mon 21 Dec after closing → Tue 29 Dec
  inboxMessage('auto', '2026-12-21T09:00:00Z', ['Auto-Submitted: auto-replied']),
  inboxMessage('answered', '2026-12-18T09:00:00Z'),
];

function setup() {
  const h = fakeHost(CITIZEN);
  const g = fakeGraph({ inbox: INBOX, answered: new Set(['conv-answered']) });
  const { deps } = fakeDeps(h.host, g.graph);
  return { h, g, store: createQueueStore(deps) };
}

describe('queue store', () => {
  it('reads every page and lists unanswered messages with a duty, sorted by due, with counts', async () => {
    const { g, store } = setup();
    await store.getState().load();
    const s = store.getState();
    expect(g.state.calls.filter((c) => c === 'listInboxPage')).toHaveLength(3);
    // Triage uses the headers the list brought: no request per message.
    expect(g.state.calls).not.toContain('getMessage');
    expect(s.phase).toBe('ready');
    expect(s.read).toBe(5);
    expect(s.items.map((i) => i.id)).toEqual(['late', 'today', 'later']);
    expect(s.counts).toEqual({ overdue: 1, dueToday: 1, later: 1 });
  });

  it('sorts by the nearest unmet duty: a kept kvittens promise moves an overdue message back', async () => {
    const acked = {
      ...INBOX[0]!,
      // Kvittens on Tue 15 Dec (in time), promising an answer by Tue 5 Jan 2027.
      dutyRecord: JSON.stringify({
        v: 1,
        ack: { at: Date.parse('2026-12-15T09:00:00Z'), promised: '2027-01-05' },
      }),
    };
    const h = fakeHost(CITIZEN);
    const g = fakeGraph({
      inbox: [acked, ...INBOX.slice(1)],
      answered: new Set(['conv-answered']),
    });
    const store = createQueueStore(fakeDeps(h.host, g.graph).deps);
    await store.getState().load();
    const s = store.getState();
    expect(s.items.map((i) => i.id)).toEqual(['today', 'later', 'late']);
    expect(s.counts).toEqual({ overdue: 0, dueToday: 1, later: 2 });
    expect(s.items[2]?.dueText).toContain('5 januari 2027');
  });

  it('a broken promise is overdue, due at the promised day’s closing', async () => {
    const broken = {
      ...INBOX[2]!,
      dutyRecord: JSON.stringify({
        v: 1,
        ack: { at: Date.parse('2026-12-21T16:10:00Z'), promised: '2026-12-22' },
      }),
    };
    const h = fakeHost(CITIZEN);
    const g = fakeGraph({ inbox: [broken] });
    const store = createQueueStore(
      fakeDeps(h.host, g.graph, Date.parse('2026-12-23T08:00:00Z')).deps,
    );
    await store.getState().load();
    const s = store.getState();
    expect(s.counts.overdue).toBe(1);
    expect(s.items[0]?.dueText).toContain('22 december 2026');
  });

  it('"not my case" persists the id and moves the message to the forward clock', async () => {
    const { h, store } = setup();
    await store.getState().load();
    await store.getState().toggleNotOurs('later');
    expect(h.settings.get('svarsplikt.notOurs')).toEqual([notOursKey('later')]);
    expect(store.getState().items.find((i) => i.id === 'later')?.notOurs).toBe(true);
    expect(store.getState().items.find((i) => i.id === 'later')?.clock.kind).toBe('forward');
  });

  it('flags the whole queue with each due date', async () => {
    const { g, store } = setup();
    await store.getState().load();
    await store.getState().flagAll();
    expect([...g.state.flags.keys()].sort()).toEqual(['late', 'later', 'today']);
    expect(g.state.flags.get('today')?.dueDateTime?.dateTime).toBe('2026-12-22T16:30:00');
    expect(store.getState().notice?.text).toBe('3 meddelanden flaggade med förfallodag.');
  });

  it('shows a Swedish error when Graph refuses', async () => {
    const { g, store } = setup();
    g.state.faults.set(
      'listInboxPage',
      new FakeGraphError(403, 'ErrorAccessDenied', 'Access is denied.'),
    );
    await store.getState().load();
    expect(store.getState().phase).toBe('error');
    expect(store.getState().error).toMatch(/^Åtkomst nekad/);
  });
});

describe('one copy of the "not ours" marks for the clock and the queue', () => {
  it('a mark set in either store shows in the other, and both read the same saved list', async () => {
    const h = fakeHost(CITIZEN);
    const citizen = 'rest-item-citizen';
    const g = fakeGraph({
      inbox: [...INBOX, { ...inboxMessage(citizen, '2026-12-21T16:05:00Z'), id: citizen }],
    });
    const { deps } = fakeDeps(h.host, g.graph);
    const clock = createClockStore(deps);
    const queue = createQueueStore(deps);
    await clock.getState().start();
    await queue.getState().load();

    await queue.getState().toggleNotOurs(citizen);
    expect(clock.getState().notOurs).toBe(queue.getState().notOurs);
    expect(clock.getState().view?.clock.kind).toBe('forward');

    await clock.getState().toggleNotOurs();
    expect(queue.getState().notOurs).toEqual([]);
    expect(queue.getState().items.find((i) => i.id === citizen)?.clock.kind).toBe('reply');
    expect(h.settings.get('svarsplikt.notOurs')).toEqual([]);

    await clock.getState().toggleNotOurs();
    expect(queue.getState().items.find((i) => i.id === citizen)?.notOurs).toBe(true);
    expect(h.settings.get('svarsplikt.notOurs')).toEqual([notOursKey(citizen)]);
  });
});
