import { describe, expect, it } from 'vitest';
import { createQueueStore } from '../../../addin/src/queue/queueStore.ts';
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
    expect(s.counts).toEqual({ overdue: 1, today: 1, later: 1 });
  });

  it('"not my case" persists the id and moves the message to the forward clock', async () => {
    const { h, store } = setup();
    await store.getState().load();
    await store.getState().toggleNotOurs('later');
    expect(h.settings.get('svarsplikt.notOurs')).toEqual(['later']);
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
