/**
 * The out-of-office change through the pane's real store, Graph client and Office.js host against
 * the Graph and Office stand-ins: the scenario of issue 7, and every Graph request of a save
 * failing in turn (before and after it takes effect). Afterwards a second pane restores the
 * user's earlier autoreply exactly, and no rule of ours is left.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createAbsenceStore } from '../../../addin/src/absence/absenceStore.ts';
import { createGraphApi } from '../../../addin/src/host/graph/graphApi.ts';
import type { AutomaticReplies } from '../../../addin/src/host/graph/graphApi.ts';
import { createOfficeMailHost } from '../../../addin/src/host/mailHost.ts';
import { uiStrings } from '../../../addin/src/i18n/uiStrings.ts';
import { createGraphAccess } from '../../../addin/src/pane/graphAccess.ts';
import { SETTINGS } from '../../../addin/src/pane/paneDeps.ts';
import { startGraphStandinServer } from '../../../playground/graph-standin/server.ts';
import type { GraphStandinServer } from '../../../playground/graph-standin/server.ts';
import { createOfficeStandin } from '../../../playground/office-standin/officeStandin.ts';
import type { RoamingStore } from '../../../playground/office-standin/officeStandin.ts';
import { isOurAutoReply } from '../../../shared/index.ts';
import { MAILBOX, OWNER } from '../../standins/fixtures.ts';
import { NOW, testOrg } from '../pane/fakes.ts';

/** The user's own autoreply: 2 × 17 KB of HTML, internal and external. */
const EARLIER: AutomaticReplies = {
  status: 'alwaysEnabled',
  externalAudience: 'all',
  scheduledStartDateTime: { dateTime: '2026-01-01T00:00:00.0000000', timeZone: 'UTC' },
  scheduledEndDateTime: { dateTime: '2026-01-02T00:00:00.0000000', timeZone: 'UTC' },
  internalReplyMessage: `<html><body>${'<p>Jag är på kurs – nås på mobilen 070-123 45 67 😀</p>'.repeat(330)}</body></html>`,
  externalReplyMessage: `<html><body>${'<p>I am on a course; for urgent matters call 0470-410 00 ☎️</p>'.repeat(300)}</body></html>`,
};

/** 200 "not ours" marks, as Graph REST ids (≈ 31 KB of the 32 KB roaming settings). */
const NOT_OURS = Array.from(
  { length: 200 },
  (_, i) => `AAMkAGI2TG93AAA=${String(i).padStart(4, '0')}${'x'.repeat(130)}`,
);

let server: GraphStandinServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

function memoryStore(): RoamingStore {
  const items = new Map<string, string>();
  return {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  };
}

async function start(): Promise<{ running: GraphStandinServer; roaming: RoamingStore }> {
  server = await startGraphStandinServer({ mailbox: MAILBOX, owner: OWNER });
  server.standin.reset({ automaticRepliesSetting: { ...EARLIER } });
  const roaming = memoryStore();
  // The roaming settings as they were before: near their 32 KB limit.
  const seed = createOfficeStandin({
    messages: MAILBOX,
    owner: OWNER,
    roamingStore: roaming,
    roamingSettings: {},
  });
  const host = createOfficeMailHost(seed.office);
  await host.setSetting(SETTINGS.notOurs, NOT_OURS);
  expect(JSON.stringify(seed.roamingSettings()).length).toBeGreaterThan(30_000);
  return { running: server, roaming };
}

/** One task pane: its own Office stand-in over the shared roaming store, and its own Graph client. */
function pane(running: GraphStandinServer, roaming: RoamingStore) {
  const office = createOfficeStandin({ messages: MAILBOX, owner: OWNER, roamingStore: roaming });
  const host = createOfficeMailHost(office.office);
  const graph = createGraphAccess(async (onRetry) =>
    createGraphApi({
      baseUrl: running.baseUrl,
      getToken: async () => 'svarsplikt-standin-token',
      sleep: async () => {},
      onRetry,
    }),
  );
  const store = createAbsenceStore({
    host,
    org: testOrg(),
    graph,
    lang: 'sv',
    t: uiStrings('sv'),
    now: () => NOW,
  });
  return store;
}

function fillLongAbsenceWithForwarding(store: ReturnType<typeof pane>): void {
  const s = store.getState();
  s.update({ firstDay: '2027-01-11', lastDay: '2027-01-22', forward: true });
  s.updateContact(0, { name: 'Per Holm', address: 'per.holm@vaxjo.se', phone: '0470-410 10' });
}

function ourRules(running: GraphStandinServer) {
  return running.standin
    .state()
    .rules.filter((r) => String(r['displayName']).startsWith('Svarsplikt:'));
}

/** The live autoreply, in the shape the pane reads it. */
function live(running: GraphStandinServer): AutomaticReplies {
  return running.standin.state().automaticRepliesSetting as unknown as AutomaticReplies;
}

describe('Outlook absence: the earlier autoreply is never lost', () => {
  it('issue 7: two saves with the rule refused (503), restore from a second pane', async () => {
    const { running, roaming } = await start();
    const first = pane(running, roaming);
    await first.getState().load();
    fillLongAbsenceWithForwarding(first);
    for (let i = 0; i < 2; i += 1) {
      running.standin.injectFault({
        path: '/me/mailFolders/inbox/messageRules',
        method: 'POST',
        status: 503,
      });
      expect(await first.getState().save()).toBe(false);
      expect(first.getState().status?.kind).toBe('error');
      // No autoreply promising forwarding that is not there: the earlier one is still live.
      expect(live(running)).toMatchObject(EARLIER);
      expect(ourRules(running)).toEqual([]);
    }
    const second = pane(running, roaming);
    await second.getState().load();
    expect(second.getState().canRestore).toBe(false);
    expect(second.getState().backup).toEqual(EARLIER);
    await second.getState().restore();
    expect(live(running)).toMatchObject(EARLIER);
    expect(live(running).internalReplyMessage).toBe(EARLIER.internalReplyMessage);
    expect(live(running).externalReplyMessage).toBe(EARLIER.externalReplyMessage);
    expect(ourRules(running)).toEqual([]);
  });

  it('a saved absence, restored from a second pane: the 2 × 17 KB autoreply byte for byte', async () => {
    const { running, roaming } = await start();
    const first = pane(running, roaming);
    await first.getState().load();
    fillLongAbsenceWithForwarding(first);
    expect(await first.getState().save()).toBe(true);
    expect(ourRules(running)).toHaveLength(1);
    expect(isOurAutoReply([live(running).externalReplyMessage])).toBe(true);
    // An edit saves again: our own text is never backed up over the user's.
    first.getState().update({ lastDay: '2027-01-29' });
    expect(await first.getState().save()).toBe(true);
    expect(ourRules(running)).toHaveLength(1);
    const second = pane(running, roaming);
    await second.getState().load();
    expect(second.getState().canRestore).toBe(true);
    await second.getState().restore();
    expect(live(running).internalReplyMessage).toBe(EARLIER.internalReplyMessage);
    expect(live(running).externalReplyMessage).toBe(EARLIER.externalReplyMessage);
    expect(live(running)).toMatchObject({ status: 'alwaysEnabled', externalAudience: 'all' });
    expect(ourRules(running)).toEqual([]);
  });

  it('each Graph request of a save fails in turn, before and after it takes effect', async () => {
    const { running, roaming } = await start();
    const dry = pane(running, roaming);
    await dry.getState().load();
    fillLongAbsenceWithForwarding(dry);
    const from = running.standin.state().requests;
    expect(await dry.getState().save()).toBe(true);
    const requests = running.standin.state().requests - from;
    expect(requests).toBeGreaterThan(8);
    await server?.close();
    for (let n = 1; n <= requests; n += 1) {
      for (const phase of ['before', 'after'] as const) {
        const run = await start();
        const p = pane(run.running, run.roaming);
        await p.getState().load();
        fillLongAbsenceWithForwarding(p);
        const at = run.running.standin.state().requests + n;
        run.running.standin.injectFault({ path: '/', status: 500, phase, request: at });
        const saved = await p.getState().save();
        const now = live(run.running);
        if (!saved) {
          // A save that reports failure changed nothing: the undo put everything back.
          expect(now, `request ${n} ${phase}: undone`).toMatchObject(EARLIER);
          expect(ourRules(run.running), `request ${n} ${phase}: undone`).toEqual([]);
        }
        if (now.status !== 'disabled' && isOurAutoReply([now.externalReplyMessage])) {
          expect(ourRules(run.running), `request ${n} ${phase}`).toHaveLength(1);
        }
        const second = pane(run.running, run.roaming);
        await second.getState().load();
        await second.getState().restore();
        expect(live(run.running), `request ${n} ${phase}`).toMatchObject(EARLIER);
        expect(ourRules(run.running), `request ${n} ${phase}`).toEqual([]);
        await server?.close();
        server = undefined;
      }
    }
  });
});
