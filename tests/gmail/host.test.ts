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
import {
  isNotOurs,
  readBackup,
  saveBackupOnce,
  setNotOurs,
} from '../../gmail-addon/src/host/userState.ts';
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
  test('the backup is taken once: restoring returns to before the first change', () => {
    const p = props();
    saveBackupOnce(p, { savedAt: 1, settings: { enableAutoReply: false } });
    saveBackupOnce(p, { savedAt: 2, settings: { enableAutoReply: true } });
    expect(readBackup(p)).toEqual({ savedAt: 1, settings: { enableAutoReply: false } });
  });
});

test('due-date labels', () => {
  expect(dueLabelName('2026-12-29')).toBe('Svarsplikt/2026-12-29');
  expect(isDueLabelName('Svarsplikt/2026-12-29')).toBe(true);
  expect(isDueLabelName('Svarsplikt')).toBe(false);
  expect(isDueLabelName('Other/2026')).toBe(false);
});
