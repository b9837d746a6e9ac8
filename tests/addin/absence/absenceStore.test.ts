import { describe, expect, it } from 'vitest';
import { createAbsenceStore } from '../../../addin/src/absence/absenceStore.ts';
import { SETTINGS } from '../../../addin/src/pane/paneDeps.ts';
import type { AutomaticReplies } from '../../../addin/src/pane/ports.ts';
import {
  CITIZEN,
  DISABLED,
  FakeGraphError,
  NOW,
  fakeDeps,
  fakeGraph,
  fakeHost,
} from '../pane/fakes.ts';

const EXISTING: AutomaticReplies = {
  status: 'alwaysEnabled',
  externalAudience: 'all',
  scheduledStartDateTime: null,
  scheduledEndDateTime: null,
  internalReplyMessage: '<p>Jag är på kurs.</p>',
  externalReplyMessage: '<p>I am on a course.</p>',
};

function setup(init: Parameters<typeof fakeGraph>[0] = {}, now = NOW) {
  const h = fakeHost(CITIZEN);
  const g = fakeGraph(init);
  const { deps, fireRetry } = fakeDeps(h.host, g.graph, now);
  const store = createAbsenceStore(deps);
  return { h, g, store, fireRetry };
}

function fillValid(store: ReturnType<typeof setup>['store']) {
  store.getState().update({ firstDay: '2027-01-11', lastDay: '2027-01-22' });
  store
    .getState()
    .updateContact(0, { name: 'Per Holm', address: 'per.holm@vaxjo.se', phone: '0470-410 10' });
}

describe('absence store', () => {
  it('loads and shows the current autoreply and rules, and keeps a backup before any change', async () => {
    const { h, g, store } = setup({
      autoReplies: EXISTING,
      rules: [{ id: 'r1', displayName: 'Nyhetsbrev', isEnabled: true }],
    });
    await store.getState().load();
    const s = store.getState();
    expect(s.phase).toBe('ready');
    expect(s.current).toEqual(EXISTING);
    expect(s.rules.map((r) => r.displayName)).toEqual(['Nyhetsbrev']);
    expect(s.backup).toEqual(EXISTING);
    expect(h.settings.get(SETTINGS.autoReplyBackup)).toEqual(EXISTING);
    expect(g.state.calls).not.toContain('setAutomaticReplies');
  });

  it('refuses to save a form with errors and names them', async () => {
    const { g, store } = setup();
    await store.getState().load();
    const saved = await store.getState().save();
    expect(saved).toBe(false);
    expect(store.getState().status).toEqual({
      text: 'Rätta felen ovan innan du sparar.',
      kind: 'error',
    });
    const ids = store
      .getState()
      .referral.findings.filter((f) => f.severity === 'error')
      .map((f) => f.id);
    expect(ids).toContain('RETURN_MISSING');
    expect(g.state.calls).not.toContain('setAutomaticReplies');
  });

  it('saves a scheduled autoreply in Stockholm time with the core texts', async () => {
    const { h, g, store } = setup();
    await store.getState().load();
    fillValid(store);
    expect(await store.getState().save()).toBe(true);
    expect(g.state.autoReplies).toMatchObject({
      status: 'scheduled',
      externalAudience: 'all',
      scheduledStartDateTime: {
        dateTime: '2027-01-11T00:00:00',
        timeZone: 'W. Europe Standard Time',
      },
      // Fri 22 Jan is the last day away; the reply runs over the weekend until Mon 25 Jan 00:00.
      scheduledEndDateTime: {
        dateTime: '2027-01-25T00:00:00',
        timeZone: 'W. Europe Standard Time',
      },
    });
    expect(store.getState().referral.backOn).toBe('2027-01-25');
    expect(g.state.autoReplies.externalReplyMessage).toContain('Per Holm');
    expect(g.state.autoReplies.externalReplyMessage).toBe(store.getState().referral.external.html);
    expect(h.settings.get(SETTINGS.absence)).toMatchObject({
      lastDay: '2027-01-22',
      backOn: '2027-01-25',
    });
    expect(store.getState().status?.kind).toBe('success');
  });

  it('creates the redirect rule for a long absence with forwarding, idempotently', async () => {
    const { g, store } = setup();
    await store.getState().load();
    fillValid(store);
    expect(store.getState().isLong).toBe(true);
    store.getState().update({ forward: true });
    await store.getState().save();
    await store.getState().save();
    const ours = g.state.rules.filter((r) => r.displayName.startsWith('Svarsplikt:'));
    expect(ours).toHaveLength(1);
    expect(ours[0]?.actions?.redirectTo?.[0]?.emailAddress?.address).toBe('kontaktcenter@vaxjo.se');
    expect(store.getState().status?.text).toContain('kontaktcenter@vaxjo.se');
  });

  it('"Jag är tillbaka" removes the rule and turns the autoreply off', async () => {
    const { h, g, store } = setup();
    await store.getState().load();
    fillValid(store);
    store.getState().update({ forward: true });
    await store.getState().save();
    await store.getState().back();
    expect(g.state.rules).toEqual([]);
    expect(g.state.autoReplies.status).toBe('disabled');
    expect(h.settings.has(SETTINGS.absence)).toBe(false);
  });

  it('restores the backed-up autoreply', async () => {
    const { g, store } = setup({ autoReplies: EXISTING });
    await store.getState().load();
    fillValid(store);
    await store.getState().save();
    expect(g.state.autoReplies.status).toBe('scheduled');
    await store.getState().restore();
    expect(g.state.autoReplies).toEqual(EXISTING);
    expect(store.getState().current).toEqual(EXISTING);
    expect(store.getState().status?.text).toBe('Det tidigare autosvaret är återställt.');
  });

  it('removes the forwarding rule on the first open after the return day and says so', async () => {
    const first = setup();
    await first.store.getState().load();
    fillValid(first.store);
    first.store.getState().update({ forward: true });
    await first.store.getState().save();
    expect(first.g.state.rules).toHaveLength(1);
    // A later session, on the return day (Mon 25 Jan 2027, 09:00).
    const later = fakeDeps(first.h.host, first.g.graph, Date.parse('2027-01-25T08:00:00Z'));
    const store = createAbsenceStore(later.deps);
    await store.getState().load();
    expect(first.g.state.rules).toEqual([]);
    expect(store.getState().status?.kind).toBe('info');
    expect(store.getState().status?.text).toMatch(/^Frånvaron slutade .*22 januari 2027/);
  });

  it.each([
    [new FakeGraphError(403, 'ErrorAccessDenied', 'Access is denied.'), /Åtkomst nekad/],
    [new FakeGraphError(401, 'InvalidAuthenticationToken', 'expired'), /inte inloggad/],
    [
      new FakeGraphError(400, 'ErrorInboxRulesValidationError', 'external forwarding'),
      /extern adress är blockerad/,
    ],
    [new FakeGraphError(429, 'ApplicationThrottled', 'slow down'), /begränsat antalet anrop/],
    [new FakeGraphError(503, 'ServiceUnavailable', 'x'), /serverfel/],
    [new FakeGraphError(0, 'NetworkError', 'Failed to fetch'), /Ingen kontakt med Microsoft 365/],
    [new FakeGraphError(0, 'ReadBackMismatch', 'status'), /kontrollen visade andra värden/],
  ])('maps %s to a clear Swedish message', async (error, expected) => {
    const { g, store } = setup();
    await store.getState().load();
    fillValid(store);
    g.state.faults.set('setAutomaticReplies', error);
    expect(await store.getState().save()).toBe(false);
    expect(store.getState().status?.kind).toBe('error');
    expect(store.getState().status?.text).toMatch(expected);
    expect(store.getState().progress).toBeNull();
  });

  it('shows "Väntar n s…" while Graph retries', async () => {
    const { g, store, fireRetry } = setup();
    let seen: string | null = null;
    const original = g.graph.getAutomaticReplies.bind(g.graph);
    g.graph.getAutomaticReplies = async () => {
      fireRetry({ waitMs: 2000, attempt: 1, status: 429 });
      seen = store.getState().waiting;
      return original();
    };
    await store.getState().load();
    expect(seen).toBe('Microsoft Graph är upptaget. Väntar 2 s…');
    expect(store.getState().waiting).toBeNull();
  });

  it.each([
    ['a Christmas gap', '2026-12-21', '2026-12-23', '2026-12-28T00:00:00'],
    ['a weekend', '2027-01-11', '2027-01-15', '2027-01-18T00:00:00'],
    ['no gap', '2027-01-11', '2027-01-13', '2027-01-14T00:00:00'],
  ])(
    'keeps the autoreply on until the back-on day over %s',
    async (_gap, firstDay, lastDay, end) => {
      const { g, store } = setup({}, Date.parse('2026-12-01T08:00:00Z'));
      await store.getState().load();
      store.getState().update({ firstDay, lastDay });
      store
        .getState()
        .updateContact(0, { name: 'Per Holm', address: 'per.holm@vaxjo.se', phone: '0470-410 10' });
      expect(await store.getState().save()).toBe(true);
      expect(g.state.autoReplies.scheduledEndDateTime).toEqual({
        dateTime: end,
        timeZone: 'W. Europe Standard Time',
      });
      expect(`${store.getState().referral.backOn}T00:00:00`).toBe(end);
    },
  );

  it('replaces a stale backup with the autoreply the user set in Outlook since', async () => {
    const { h, g, store } = setup({ autoReplies: EXISTING });
    await store.getState().load();
    expect(store.getState().backup).toEqual(EXISTING);
    const manual: AutomaticReplies = {
      ...EXISTING,
      internalReplyMessage: '<p>NEW manual</p>',
      externalReplyMessage: '<p>NEW manual</p>',
    };
    g.state.autoReplies = manual; // set by the user in Outlook while the pane stayed open
    fillValid(store);
    expect(await store.getState().save()).toBe(true);
    expect(store.getState().backup).toEqual(manual);
    expect(h.settings.get(SETTINGS.autoReplyBackup)).toEqual(manual);
    await store.getState().restore();
    expect(g.state.autoReplies).toEqual(manual);
  });

  it('keeps the backup from before our own absence when the absence is edited', async () => {
    const { h, store } = setup({ autoReplies: EXISTING });
    await store.getState().load();
    fillValid(store);
    expect(await store.getState().save()).toBe(true);
    store.getState().update({ lastDay: '2027-01-29' });
    expect(await store.getState().save()).toBe(true);
    expect(store.getState().backup).toEqual(EXISTING);
    expect(h.settings.get(SETTINGS.autoReplyBackup)).toEqual(EXISTING);
  });

  it('backs up a disabled autoreply too, and never overwrites the backup with our own', async () => {
    const { h, store } = setup({ autoReplies: DISABLED });
    await store.getState().load();
    fillValid(store);
    await store.getState().save();
    await store.getState().load();
    expect(h.settings.get(SETTINGS.autoReplyBackup)).toEqual(DISABLED);
  });
});
