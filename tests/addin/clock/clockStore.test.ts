import { describe, expect, it } from 'vitest';
import {
  POLICY_PRESETS,
  formatDateTime,
  notOursKey,
  stockholmInstant,
} from '../../../shared/index.ts';
import { createClockStore } from '../../../addin/src/clock/clockStore.ts';
import { SETTINGS } from '../../../addin/src/pane/paneDeps.ts';
import { sharedFolderAccess } from '../../../addin/src/host/sharedFolderAccess.ts';
import {
  AUTO_REPLY,
  CITIZEN,
  NO_HEADERS,
  fakeDeps,
  fakeGraph,
  fakeHost,
  headers,
  inboxMessage,
  settle,
} from '../pane/fakes.ts';

// CITIZEN arrived Mon 21 Dec 2026 17:05 (after closing) → day 0 Tue 22; Växjö: 3 working days,
// skipping julafton (24), juldagen (25) and the weekend → due Tue 29 Dec 16:30.
const CITIZEN_DUE = stockholmInstant('2026-12-29', 16 * 60 + 30);

function setup(selected = CITIZEN, lang = 'sv-SE') {
  const h = fakeHost(selected, lang);
  const g = fakeGraph({
    inbox: [
      { ...inboxMessage('rest-item-citizen', '2026-12-21T16:05:00Z'), id: 'rest-item-citizen' },
    ],
  });
  const { deps } = fakeDeps(h.host, g.graph);
  const store = createClockStore(deps);
  return { h, g, store };
}

describe('clock store', () => {
  it('shows the due time from Graph’s receivedDateTime and publishes an info bar', async () => {
    const { h, store } = setup();
    await store.getState().start();
    const s = store.getState();
    expect(s.phase).toBe('ready');
    expect(s.view?.clock.receivedAtSource).toBe('server');
    expect(s.view?.clock.deadline?.due).toBe(CITIZEN_DUE);
    expect(s.view?.dueText).toBe(formatDateTime(CITIZEN_DUE, 'sv'));
    expect(s.view?.receivedEstimate).toBeNull();
    expect(s.view?.clock.state).toBe('on-track');
    expect(h.infoBars[0]?.text).toContain(formatDateTime(CITIZEN_DUE, 'sv'));
    expect(h.infoBars[0]?.text.length).toBeLessThanOrEqual(150);
  });

  it('follows the selection and replaces the info bar; a null item shows "no message"', async () => {
    const { h, store } = setup();
    await store.getState().start();
    h.select(AUTO_REPLY);
    await settle();
    expect(store.getState().view?.clock.state).toBe('not-required');
    expect(store.getState().view?.noDutyReasons.join(' ')).toContain('Auto-Submitted');
    expect(h.infoBars.at(-1)?.text).toBe(
      'Svarsplikt: Automatiskt svar (Auto-Submitted: auto-replied) – ingen svarsplikt.',
    );
    h.select(null);
    await settle();
    expect(store.getState().phase).toBe('none');
    expect(store.getState().view).toBeNull();
  });

  it('labels the creation time as an estimate when there are no headers and Graph cannot help', async () => {
    const { store } = setup(NO_HEADERS);
    await store.getState().start();
    await settle();
    const view = store.getState().view;
    expect(view?.clock.receivedAtSource).toBe('created');
    expect(view?.receivedEstimate).toBe('Mottagningstid uppskattad från meddelandets skapandetid');
  });

  it('turns answered when Sent Items holds a reply, and completes the flag', async () => {
    const { g, store } = setup();
    g.state.answered.add('conv-rest-item-citizen');
    g.state.inbox[0] = { ...g.state.inbox[0]!, flag: { flagStatus: 'flagged' } };
    await store.getState().start();
    await settle();
    expect(store.getState().view?.clock.state).toBe('answered');
    expect(g.state.flags.get('rest-item-citizen')?.flagStatus).toBe('complete');
  });

  it('"not my case" switches to the forward-within clock and is kept in roaming settings', async () => {
    const h = fakeHost(CITIZEN);
    const g = fakeGraph();
    const { deps } = fakeDeps(h.host, g.graph);
    // Vaxholm has a forward-within rule (2 working days).
    const vaxholm = POLICY_PRESETS.find((p) => p.id === 'vaxholm')!;
    const store = createClockStore({ ...deps, org: { ...deps.org, policy: vaxholm } });
    await store.getState().start();
    expect(store.getState().view?.clock.kind).toBe('reply');
    await store.getState().toggleNotOurs();
    expect(h.settings.get(SETTINGS.notOurs)).toEqual([notOursKey('rest-item-citizen')]);
    expect(store.getState().view?.clock.kind).toBe('forward');
    expect(h.infoBars.at(-1)?.text).toMatch(/^Inte vårt ärende: skicka vidare senast/);
    await store.getState().toggleNotOurs();
    expect(h.settings.get(SETTINGS.notOurs)).toEqual([]);
    expect(store.getState().view?.clock.kind).toBe('reply');
  });

  it('opens the kvittens as a reply, or as a new unquoted message when confidential', async () => {
    const { h, store } = setup();
    await store.getState().start();
    await store.getState().sendAcknowledgement();
    expect(h.forms[0]?.kind).toBe('reply');
    expect(h.forms[0]?.html).toContain('29 december');
    store.getState().setConfidential(true);
    await store.getState().sendAcknowledgement();
    expect(h.forms[1]?.kind).toBe('new');
    expect(h.forms[1]?.to).toEqual(['erik.svensson@example.se']);
    expect(store.getState().notice?.kind).toBe('success');
  });

  it('prefills the promised date with the default and states it in the kvittens', async () => {
    const { h, store } = setup();
    await store.getState().start();
    expect(store.getState().promised).toBe('2026-12-29');
    await store.getState().sendAcknowledgement();
    expect(h.forms[0]?.html).toContain('29 december 2026');
  });

  it.each([
    ['annandag jul (a Saturday)', '2026-12-26', 'ingen arbetsdag'],
    ['nyårsdagen', '2027-01-01', 'ingen arbetsdag'],
    ['a day already closed', '2026-12-21', 'har redan passerat'],
  ])('refuses a promise on %s with the core’s Swedish message', async (_c, date, words) => {
    const { h, store } = setup();
    await store.getState().start();
    store.getState().setPromised(date);
    expect(store.getState().promiseError).toContain(words);
    await store.getState().sendAcknowledgement();
    expect(h.forms).toHaveLength(0);
    expect(store.getState().notice?.kind).toBe('error');
  });

  it('sends the kvittens with a chosen working day, kept across a recompute', async () => {
    const { h, store } = setup();
    await store.getState().start();
    store.getState().setPromised('2027-01-05');
    expect(store.getState().promiseError).toBeNull();
    store.getState().tick();
    expect(store.getState().promised).toBe('2027-01-05');
    await store.getState().sendAcknowledgement();
    expect(h.forms[0]?.html).toContain('5 januari 2027');
    expect(h.forms[0]?.html).not.toContain('29 december 2026');
  });

  it('keeps the promise on the message, moves the flag to it and reads it back', async () => {
    const { g, h, store } = setup();
    await store.getState().start();
    await settle();
    store.getState().setPromised('2027-01-05');
    await store.getState().sendAcknowledgement();
    expect(g.state.inbox[0]?.dutyRecord).toContain('"promised":"2027-01-05"');
    expect(g.state.flags.get('rest-item-citizen')).toMatchObject({
      flagStatus: 'flagged',
      dueDateTime: { dateTime: '2027-01-05T16:30:00', timeZone: 'W. Europe Standard Time' },
    });
    expect(store.getState().view?.promisedText).toBe('Svar utlovat senast tisdag 5 januari 2027');
    expect(store.getState().view?.timeline?.state).toBe('promised');
    // Another device (a fresh store) reads the promise from the mailbox.
    const again = createClockStore(fakeDeps(h.host, g.graph).deps);
    await again.getState().start();
    await settle();
    expect(again.getState().view?.promisedText).toContain('5 januari 2027');
  });

  it('flags the message with the deadline as due date (Stockholm wall time)', async () => {
    const { g, store } = setup();
    await store.getState().start();
    await store.getState().flagMessage();
    expect(g.state.flags.get('rest-item-citizen')).toMatchObject({
      flagStatus: 'flagged',
      dueDateTime: { dateTime: '2026-12-29T16:30:00', timeZone: 'W. Europe Standard Time' },
    });
  });

  it('speaks English when Outlook does', async () => {
    const { h, store } = setup(CITIZEN, 'en-GB');
    await store.getState().start();
    expect(store.getState().view?.dueText).toBe(formatDateTime(CITIZEN_DUE, 'en'));
    expect(h.infoBars[0]?.text).toMatch(/^Reply duty: answer by/);
  });
});

describe('clock store: acknowledgement of an overdue message', () => {
  it('promises an answer in the future, counted from now', async () => {
    // Wed 16 Dec 2026 14:20 → due Mon 21 Dec 16:30, overdue at "now" (Tue 22 Dec 10:15).
    const late = {
      ...CITIZEN,
      itemId: 'late',
      internetHeaders: headers('Wed, 16 Dec 2026 14:20:00 +0100'),
    };
    const h = fakeHost(late);
    const { deps } = fakeDeps(h.host, fakeGraph().graph);
    const store = createClockStore(deps);
    await store.getState().start();
    expect(store.getState().view?.clock.state).toBe('overdue');
    await store.getState().sendAcknowledgement();
    // From Tue 22 Dec 10:15, 3 working days: Wed 23, Mon 28, Tue 29 → Tuesday 29 December.
    expect(h.forms[0]?.html).toContain('29 december 2026');
    expect(h.forms[0]?.html).not.toContain('21 december 2026.');
  });
});

describe('clock store: when Office has no headers', () => {
  it.each([
    [
      'Graph headers give the triage, its receivedDateTime the time',
      true,
      'server',
      'not-required',
    ],
    ["Graph's receivedDateTime is the received time", false, 'server', 'overdue'],
  ])('%s', async (_case, withHeaders, source, state) => {
    const h = fakeHost(NO_HEADERS);
    const details = inboxMessage('rest-item-noheaders', '2026-12-14T08:00:00Z', [
      'Auto-Submitted: auto-generated',
    ]);
    const g = fakeGraph({
      inbox: [{ ...details, internetHeaders: withHeaders ? details.internetHeaders : null }],
    });
    const store = createClockStore(fakeDeps(h.host, g.graph).deps);
    await store.getState().start();
    await settle();
    expect(store.getState().view?.clock.receivedAtSource).toBe(source);
    expect(store.getState().view?.clock.receivedAt).toBe(Date.parse('2026-12-14T08:00:00Z'));
    expect(store.getState().view?.clock.state).toBe(state);
    expect(store.getState().view?.receivedEstimate).toBeNull();
  });
});

describe('clock store: a broken promise and the lägesbesked', () => {
  it('turns promise-broken when the promised day closes unanswered; a lägesbesked re-arms it', async () => {
    const h = fakeHost(CITIZEN);
    const g = fakeGraph({
      inbox: [
        { ...inboxMessage('rest-item-citizen', '2026-12-21T16:05:00Z'), id: 'rest-item-citizen' },
      ],
    });
    let clock = stockholmInstant('2026-12-22', 10 * 60 + 15);
    const store = createClockStore({ ...fakeDeps(h.host, g.graph).deps, now: () => clock });
    await store.getState().start();
    await settle();
    store.getState().setPromised('2026-12-23');
    await store.getState().sendAcknowledgement();
    expect(store.getState().view?.timeline?.state).toBe('promised');
    // The playground clock moves past Wed 23 Dec 16:30.
    clock = stockholmInstant('2026-12-28', 9 * 60);
    store.getState().tick();
    expect(store.getState().view?.timeline?.state).toBe('promise-broken');
    // The date field offers a new default counted from now, a working day.
    const next = store.getState().promised;
    expect(next).not.toBeNull();
    expect(next && next > '2026-12-28').toBe(true);
    await store.getState().sendStatusUpdate();
    expect(h.forms.at(-1)?.html).toContain('23 december 2026');
    expect(store.getState().view?.timeline?.state).toMatch(/^(promised|due-soon)$/);
    expect(store.getState().view?.timeline?.promised).toBe(next);
    expect(g.state.inbox[0]?.dutyRecord).toContain('"status":[');
  });

  it('refuses a lägesbesked that promises a closed day', async () => {
    const h = fakeHost(CITIZEN);
    const g = fakeGraph({
      inbox: [
        { ...inboxMessage('rest-item-citizen', '2026-12-21T16:05:00Z'), id: 'rest-item-citizen' },
      ],
    });
    let clock = stockholmInstant('2026-12-22', 10 * 60 + 15);
    const store = createClockStore({ ...fakeDeps(h.host, g.graph).deps, now: () => clock });
    await store.getState().start();
    await settle();
    store.getState().setPromised('2026-12-23');
    await store.getState().sendAcknowledgement();
    clock = stockholmInstant('2026-12-28', 9 * 60);
    store.getState().tick();
    store.getState().setPromised('2027-01-06');
    await store.getState().sendStatusUpdate();
    expect(store.getState().promiseError).toContain('ingen arbetsdag');
    expect(store.getState().view?.timeline?.state).toBe('promise-broken');
  });
});

describe('clock store in a shared mailbox (Outlook’s getSharedFolderAccess)', () => {
  function sharedSetup(delegatePermissions: number) {
    const h = fakeHost(CITIZEN);
    const owner = 'kontaktcenter@vaxjo.se';
    const access = sharedFolderAccess({ owner, targetMailbox: owner, delegatePermissions });
    const host = { ...h.host, getSharedFolderAccess: () => Promise.resolve(access) };
    const g = fakeGraph({
      inbox: [
        { ...inboxMessage('rest-item-citizen', '2026-12-21T16:05:00Z'), id: 'rest-item-citizen' },
      ],
    });
    const { deps } = fakeDeps(host, g.graph);
    return { h, g, owner, store: createClockStore(deps) };
  }

  it('binds every Graph message call to the owner’s mailbox, and the kvittens record lands there', async () => {
    const { g, owner, store } = sharedSetup(3);
    await store.getState().start();
    await settle();
    expect(store.getState().mailbox).toEqual({ owner, canWrite: true });
    expect(store.getState().view?.clock.receivedAtSource).toBe('server');
    await store.getState().sendAcknowledgement();
    expect(g.state.calls).toContain('writeDutyRecord');
    // Each Graph step went through the shared binding, never the own mailbox.
    expect(g.state.boundTo.length).toBeGreaterThanOrEqual(2);
    expect(new Set(g.state.boundTo)).toEqual(new Set([owner]));
  });

  it('read-only delegate: refuses the kvittens and the flag in Swedish and writes nothing', async () => {
    const { h, g, owner, store } = sharedSetup(1);
    await store.getState().start();
    await settle();
    expect(store.getState().mailbox).toEqual({ owner, canWrite: false });
    await store.getState().sendAcknowledgement();
    expect(h.forms).toEqual([]);
    expect(store.getState().notice).toEqual({
      kind: 'error',
      text: expect.stringContaining(`${owner}, där du bara har läsbehörighet`),
    });
    await store.getState().flagMessage();
    expect(g.state.calls).not.toContain('setFollowUpFlag');
    expect(g.state.calls).not.toContain('writeDutyRecord');
    expect(await store.getState().writableGraph()).toBeNull();
  });

  it('the own mailbox (no shared properties) binds to /me', async () => {
    const { g, store } = setup();
    await store.getState().start();
    await settle();
    await store.getState().flagMessage();
    expect(store.getState().mailbox).toEqual({ owner: null, canWrite: true });
    expect(new Set(g.state.boundTo)).toEqual(new Set([null]));
  });
});
