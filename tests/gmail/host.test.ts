/** Host adapters: error classification, event reading, organisation config, user state. */
import { describe, expect, test } from 'vitest';
import {
  asEvent,
  eventLang,
  formDateMs,
  formStrings,
  formString,
  eventParameter,
} from '../../gmail-addon/src/host/gmailEvent.ts';
import { HostError, classifyHostError } from '../../gmail-addon/src/host/hostError.ts';
import { loadOrganisation } from '../../gmail-addon/src/host/loadOrganisation.ts';
import { isNotOurs, setNotOurs } from '../../gmail-addon/src/host/userState.ts';
import { forgetForward, forwardOf, recordForward } from '../../gmail-addon/src/host/forwardLog.ts';
import {
  pendingOutcome,
  pendingPromiseOf,
  recordPendingPromise,
} from '../../gmail-addon/src/host/pendingPromises.ts';
import {
  readVacationBackup,
  saveVacationBackup,
} from '../../gmail-addon/src/host/vacationBackup.ts';
import { dueLabelName, isDueLabelName } from '../../gmail-addon/src/host/dueLabels.ts';
import {
  createGmailWorld,
  createPropertiesService,
} from '../../playground/gmail/standins/gmailWorld.ts';
import { DEMO_OWNER } from '../../playground/demo-mailbox.ts';

function props() {
  return createPropertiesService(
    createGmailWorld({ owner: DEMO_OWNER, messages: [] }),
  ).getUserProperties();
}

describe('classifyHostError', () => {
  test.each([
    ['Service invoked too many times for one day: gmail.', 'quota'],
    ['API call to gmail.users.threads.list failed with error: Rate Limit Exceeded', 'quota'],
    ['User-rate limit exceeded. Retry after 2026-12-22T10:00:00Z (429)', 'quota'],
    ['Insufficient Permission', 'permission'],
    ['Access denied: : Missing access token for per message scope authorization.', 'permission'],
    ['Authorization is required to perform that action.', 'permission'],
    ['ReferenceError: Gmail is not defined', 'service-missing'],
    [
      'API call to gmail.users.messages.get failed with error: Requested entity was not found.',
      'not-found',
    ],
    ['Backend Error', 'unknown'],
  ])('%s → %s', (message, kind) => {
    expect(classifyHostError(new Error(message))).toBe(kind);
  });
  test('a HostError keeps its kind', () => {
    expect(classifyHostError(new HostError('readback-mismatch', 'x'))).toBe('readback-mismatch');
  });
});

describe('reading the event', () => {
  test.each([
    [{ commonEventObject: { userLocale: 'en-GB' } }, 'en'],
    [{ commonEventObject: { userLocale: 'sv' } }, 'sv'],
    [{ userLocale: 'en' }, 'en'],
    [{}, 'en'],
  ])('language of %j', (event, lang) => {
    expect(eventLang(asEvent(event), () => 'en-US')).toBe(lang);
  });

  test('form inputs, current and legacy shapes', () => {
    const current = asEvent({
      commonEventObject: {
        parameters: { page: '2' },
        formInputs: {
          name: { stringInputs: { value: ['  Anna  '] } },
          langs: { stringInputs: { value: ['sv', 'en'] } },
          day: { dateInput: { msSinceEpoch: '1798070400000' } },
        },
      },
    });
    expect(formString(current, 'name')).toBe('Anna');
    expect(formStrings(current, 'langs')).toEqual(['sv', 'en']);
    expect(formDateMs(current, 'day')).toBe(1798070400000);
    expect(eventParameter(current, 'page')).toBe('2');
    const legacy = asEvent({
      formInput: { name: 'Bo', day: { msSinceEpoch: 5 } },
      parameters: { page: '3' },
    });
    expect(formString(legacy, 'name')).toBe('Bo');
    expect(formDateMs(legacy, 'day')).toBe(5);
    expect(eventParameter(legacy, 'page')).toBe('3');
    expect(formString(legacy, 'missing')).toBeUndefined();
  });
});

describe('loadOrganisation', () => {
  test('no ORG_CONFIG: the Vimmerby demo', () => {
    const p = props();
    const loaded = loadOrganisation(p);
    expect(loaded).toMatchObject({
      ok: true,
      demo: true,
      org: { name: 'Vimmerby kommun', domains: ['vimmerby.se'] },
    });
  });
  test.each([
    ['not json', '{', ''],
    ['a bad domain', JSON.stringify({ name: 'X', policy: 'vaxjo', domains: ['x y'] }), 'domains'],
    [
      'an unknown policy',
      JSON.stringify({ name: 'X', policy: 'nope', domains: ['x.se'] }),
      'policy',
    ],
  ])('%s is refused with the field', (_name, raw, field) => {
    const p = props();
    p.setProperty('ORG_CONFIG', raw);
    const loaded = loadOrganisation(p);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.field.startsWith(field)).toBe(true);
  });
});

describe('user state', () => {
  test('not-ours marks toggle', () => {
    const p = props();
    setNotOurs(p, 'a', true);
    setNotOurs(p, 'b', true);
    setNotOurs(p, 'a', false);
    expect([isNotOurs(p, 'a'), isNotOurs(p, 'b')]).toEqual([false, true]);
  });

  test('the forward log keeps the newest records within one property value', () => {
    const p = props();
    const address = `${'a'.repeat(60)}@${'b'.repeat(60)}.se`;
    for (let i = 0; i < 200; i += 1) {
      recordForward(p, `m${i}`, { state: 'sent', to: address, name: 'X', at: i, sentId: `s${i}` });
    }
    const stored = p.getProperty('svarsplikt.forwards') ?? '';
    expect(stored.length).toBeLessThanOrEqual(8000);
    expect(forwardOf(p, 'm199')).toMatchObject({ state: 'sent', sentId: 's199' });
    expect(forwardOf(p, 'm0')).toBeUndefined();
    forgetForward(p, 'm199');
    expect(forwardOf(p, 'm199')).toBeUndefined();
    p.setProperty('svarsplikt.forwards', '{"m1":{"state":"sent"},"m2":7,');
    expect(forwardOf(p, 'm1')).toBeUndefined();
  });

  test('drafted promises: one per thread, newest kept, a broken record ignored', () => {
    const p = props();
    for (let i = 0; i < 300; i += 1) {
      recordPendingPromise(p, `t${i}`, { promised: '2027-01-07', draftedAt: i, kind: 'kvittens' });
    }
    expect((p.getProperty('svarsplikt.pendingPromises') ?? '').length).toBeLessThanOrEqual(8000);
    expect(pendingPromiseOf(p, 't299')?.draftedAt).toBe(299);
    expect(pendingPromiseOf(p, 't0')).toBeUndefined();
    p.setProperty(
      'svarsplikt.pendingPromises',
      JSON.stringify({ a: { promised: 'someday', draftedAt: 1, kind: 'kvittens' } }),
    );
    expect(pendingPromiseOf(p, 'a')).toBeUndefined();
  });

  test.each([
    [
      'a message sent at or after the draft',
      'sent',
      [{ labelIds: ['SENT'], receivedAt: 10, fromUser: true }],
    ],
    [
      'only an earlier reply and the draft',
      'drafted',
      [
        { labelIds: ['SENT'], receivedAt: 5, fromUser: true },
        { labelIds: ['DRAFT'], receivedAt: 10, fromUser: false },
      ],
    ],
    ['neither', 'discarded', [{ labelIds: ['INBOX'], receivedAt: 1, fromUser: false }]],
  ] as const)('a drafted promise with %s: %s', (_name, outcome, thread) => {
    expect(
      pendingOutcome({ promised: '2027-01-07', draftedAt: 10, kind: 'kvittens' }, thread),
    ).toBe(outcome);
  });
});

describe('vacation backup in user properties (9 kB per value)', () => {
  /** A 30 kB HTML responder with its plain text, Swedish letters and an emoji in both. */
  const big = {
    enableAutoReply: true,
    responseSubject: 'Semester – åter 4 januari',
    responseBodyHtml: `<div>${'<p>Hej! Jag är på semester. Brådskande ärenden: ring växeln 😀</p>'.repeat(480)}</div>`,
    responseBodyPlainText: 'Hej! Jag är på semester. Brådskande ärenden: ring växeln 😀\n'.repeat(
      400,
    ),
    startTime: '1766444400000',
  };

  test('a 30 kB responder with both texts is kept and read back byte for byte', () => {
    expect(big.responseBodyHtml.length).toBeGreaterThan(30_000);
    const p = props();
    saveVacationBackup(p, { savedAt: 1, savedOn: '2026-12-01', setting: big });
    expect(readVacationBackup(p)).toEqual({ savedAt: 1, savedOn: '2026-12-01', setting: big });
    expect(JSON.stringify(readVacationBackup(p)?.setting)).toBe(JSON.stringify(big));
  });

  test('a new backup replaces the old one, and its pieces go', () => {
    const world = createGmailWorld({ owner: DEMO_OWNER, messages: [] });
    const p = createPropertiesService(world).getUserProperties();
    saveVacationBackup(p, { savedAt: 1, savedOn: '2026-12-01', setting: big });
    const small = { enableAutoReply: false };
    saveVacationBackup(p, { savedAt: 2, savedOn: '2026-12-02', setting: small });
    expect(readVacationBackup(p)?.setting).toEqual(small);
    expect(
      [...world.userProperties.keys()].filter((k) => k.includes('vacationBackup')),
    ).toHaveLength(2);
  });

  test('a save that fails half-way leaves the previous backup whole', () => {
    const world = createGmailWorld({ owner: DEMO_OWNER, messages: [] });
    const p = createPropertiesService(world).getUserProperties();
    const first = { enableAutoReply: true, responseSubject: 'Första' };
    saveVacationBackup(p, { savedAt: 1, savedOn: '2026-12-01', setting: first });
    let writes = 0;
    const failing = {
      ...p,
      setProperty: (key: string, value: string) => {
        writes += 1;
        if (writes > 3) throw new Error('Service invoked too many times');
        return p.setProperty(key, value);
      },
    };
    expect(() =>
      saveVacationBackup(failing, { savedAt: 2, savedOn: '2026-12-02', setting: big }),
    ).toThrow();
    expect(readVacationBackup(p)?.setting).toEqual(first);
  });

  test('a piece that is missing or changed is never restored', () => {
    const world = createGmailWorld({ owner: DEMO_OWNER, messages: [] });
    const p = createPropertiesService(world).getUserProperties();
    saveVacationBackup(p, { savedAt: 1, savedOn: '2026-12-01', setting: big });
    const piece = [...world.userProperties.keys()].find((k) => k.endsWith('.3')) ?? '';
    world.userProperties.set(piece, `${world.userProperties.get(piece)}x`.slice(1));
    expect(readVacationBackup(p)).toBeUndefined();
  });

  test('the one-property backup of earlier versions is still read', () => {
    const p = props();
    p.setProperty(
      'svarsplikt.vacationBackup',
      JSON.stringify({ savedAt: 1, settings: { enableAutoReply: false } }),
    );
    expect(readVacationBackup(p)?.setting).toEqual({ enableAutoReply: false });
  });
});

test('due-date labels', () => {
  expect(dueLabelName('2026-12-29')).toBe('Svarsplikt/2026-12-29');
  expect(isDueLabelName('Svarsplikt/2026-12-29')).toBe(true);
  expect(isDueLabelName('Svarsplikt')).toBe(false);
  expect(isDueLabelName('Other/2026')).toBe(false);
  // The forward and promise labels are not due dates: an answer must not take them away.
  expect(isDueLabelName('Svarsplikt/vidarebefordrat')).toBe(false);
  expect(isDueLabelName('Svarsplikt/utlovat/2027-01-07')).toBe(false);
  expect(isDueLabelName('Svarsplikt/utlovat')).toBe(false);
});
