import { describe, expect, it } from 'vitest';
import { createClockStore } from '../../../addin/src/clock/clockStore.ts';
import { parseDutyRecord } from '../../../addin/src/clock/dutyRecord.ts';
import { createPassOnStore } from '../../../addin/src/clock/passOnStore.ts';
import { sharedFolderAccess } from '../../../addin/src/host/sharedFolderAccess.ts';
import type { PassOnInput } from '../../../addin/src/clock/passOnStore.ts';
import {
  CITIZEN,
  NOW,
  FakeGraphError,
  fakeDeps,
  fakeGraph,
  fakeHost,
  inboxMessage,
} from '../pane/fakes.ts';

async function setup() {
  const h = fakeHost(CITIZEN, 'sv-SE');
  const g = fakeGraph({
    inbox: [
      { ...inboxMessage('rest-item-citizen', '2026-12-21T16:05:00Z'), id: 'rest-item-citizen' },
    ],
  });
  const { deps } = fakeDeps(h.host, g.graph);
  const clock = createClockStore(deps);
  await clock.getState().start();
  const store = createPassOnStore(deps, clock);
  return { h, g, clock, store };
}

const TO_KC: PassOnInput = {
  address: 'kontaktcenter@vaxjo.se',
  name: '',
  answerBy: '',
  externalConfirmed: false,
};

describe('pass-on store ("Inte mitt ärende")', () => {
  it('forwards, records the forward (duty met) and drafts the notice, never sending it', async () => {
    const { g, clock, store } = await setup();
    await store.getState().submit({ ...TO_KC, answerBy: '2026-12-28' });
    expect(store.getState().phase).toBe('done');
    expect(g.state.forwards).toEqual([
      expect.objectContaining({ id: 'rest-item-citizen', to: 'kontaktcenter@vaxjo.se' }),
    ]);
    expect(g.state.forwards[0]?.comment).toContain('senast måndag 28 december 2026');
    expect(g.state.drafts).toHaveLength(1);
    expect(g.state.drafts[0]).toMatchObject({ replyTo: 'rest-item-citizen', kind: 'notice' });
    expect(g.state.drafts[0]?.html).toContain('Kontaktcenter');
    expect(store.getState().noticeText).toContain('28 december');
    const record = parseDutyRecord(g.state.inbox[0]?.dutyRecord);
    expect(record.forwarded).toEqual({ at: NOW, to: 'kontaktcenter@vaxjo.se' });
    expect(clock.getState().view?.timeline?.state).toBe('forwarded');
    expect(clock.getState().view?.infoBar).toEqual({
      text: 'Inte vårt ärende: vidarebefordrat.',
      kind: 'informational',
    });
    expect(g.state.calls).not.toContain('sendMail');
  });

  it.each([
    ['an invalid address', { address: 'kc@' }, 'address', 'ingen e-postadress: kc@'],
    ['no address', { address: '' }, 'address', 'Välj en funktionsbrevlåda'],
    ['a closed answer date', { answerBy: '2026-12-25' }, 'answerBy', 'ingen arbetsdag'],
    [
      'an external address not confirmed',
      { address: 'registrator@lansstyrelsen.se' },
      'external',
      'lämna organisationen',
    ],
  ] as const)('refuses %s before anything is sent', async (_c, change, field, text) => {
    const { g, store } = await setup();
    await store.getState().submit({ ...TO_KC, ...change });
    expect(store.getState()).toMatchObject({ phase: 'editing', field });
    expect(store.getState().error).toContain(text);
    expect(g.state.forwards).toEqual([]);
    expect(g.state.drafts).toEqual([]);
  });

  it('forwards outside the organisation once the user confirms', async () => {
    const { g, store } = await setup();
    await store.getState().submit({
      ...TO_KC,
      address: 'registrator@lansstyrelsen.se',
      name: 'Länsstyrelsen',
      externalConfirmed: true,
    });
    expect(g.state.forwards[0]?.to).toBe('registrator@lansstyrelsen.se');
    expect(g.state.drafts[0]?.html).toContain('Länsstyrelsen');
  });

  it('a failed draft keeps the forward and retries only the draft', async () => {
    const { g, store } = await setup();
    g.state.faults.set('createReplyDraft', new FakeGraphError(503, 'ServiceUnavailable', 'x'));
    await store.getState().submit(TO_KC);
    expect(store.getState().phase).toBe('draft-failed');
    expect(store.getState().error).toContain('skickades vidare till Kontaktcenter');
    expect(parseDutyRecord(g.state.inbox[0]?.dutyRecord).forwarded?.to).toBe(
      'kontaktcenter@vaxjo.se',
    );
    await store.getState().submit(TO_KC);
    await store.getState().retryDraft();
    expect(store.getState().phase).toBe('done');
    expect(g.state.forwards).toHaveLength(1);
    expect(g.state.drafts).toHaveLength(1);
  });

  it('a forward that fails records nothing; a lost answer says to look in Sent Items', async () => {
    const { g, store } = await setup();
    g.state.faults.set('forwardMessage', new FakeGraphError(0, 'NetworkError', 'x'));
    await store.getState().submit(TO_KC);
    expect(store.getState().phase).toBe('forward-failed');
    expect(store.getState().error).toContain('Titta i Skickat');
    expect(parseDutyRecord(g.state.inbox[0]?.dutyRecord).forwarded).toBeUndefined();
    expect(g.state.drafts).toEqual([]);
  });
});

describe('pass-on in a shared mailbox', () => {
  async function sharedSetup(delegatePermissions: number) {
    const h = fakeHost(CITIZEN, 'sv-SE');
    const owner = 'bygglov@vaxjo.se';
    const access = sharedFolderAccess({ owner, delegatePermissions });
    const host = { ...h.host, getSharedFolderAccess: () => Promise.resolve(access) };
    const g = fakeGraph({
      inbox: [
        { ...inboxMessage('rest-item-citizen', '2026-12-21T16:05:00Z'), id: 'rest-item-citizen' },
      ],
    });
    const { deps } = fakeDeps(host, g.graph);
    const clock = createClockStore(deps);
    await clock.getState().start();
    return { g, owner, store: createPassOnStore(deps, clock) };
  }

  it('forwards and drafts from the shared mailbox the message lives in', async () => {
    const { g, owner, store } = await sharedSetup(3);
    await store.getState().submit(TO_KC);
    expect(store.getState().phase).toBe('done');
    expect(g.state.forwards).toHaveLength(1);
    expect(new Set(g.state.boundTo)).toEqual(new Set([owner]));
  });

  it('read-only delegate: refused in Swedish before anything is forwarded', async () => {
    const { g, owner, store } = await sharedSetup(1);
    await store.getState().submit(TO_KC);
    expect(store.getState().error).toContain(`${owner}, där du bara har läsbehörighet`);
    expect(g.state.forwards).toEqual([]);
    expect(g.state.drafts).toEqual([]);
  });
});
