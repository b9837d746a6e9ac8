import { afterEach, describe, expect, it } from 'vitest';
import {
  createGraphApi,
  DUTY_RECORD_PROPERTY,
  mailboxPath,
} from '../../../addin/src/host/graph/graphApi.ts';
import { createGraphClient } from '../../../addin/src/host/graph/graphClient.ts';
import { isGraphError } from '../../../addin/src/host/graph/graphError.ts';
import { startGraphStandinServer } from '../../../playground/graph-standin/server.ts';
import type { GraphStandinServer } from '../../../playground/graph-standin/server.ts';
import { MAILBOX, OWNER } from '../../standins/fixtures.ts';

const TOKEN = 'svarsplikt-standin-token';
const KC = { name: 'Kontaktcenter', address: 'kontaktcenter@vaxjo.se' };
const SHARED = MAILBOX.slice(0, 3).map((m) => ({ ...m, id: `kc-${m.id}`, to: [KC] }));
const DUE = { dateTime: '2027-01-08T16:00:00', timeZone: 'W. Europe Standard Time' };
let server: GraphStandinServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup() {
  server = await startGraphStandinServer({
    mailbox: MAILBOX,
    owner: OWNER,
    sharedMailboxes: [{ owner: KC, messages: SHARED }],
  });
  const paths: string[] = [];
  const client = createGraphClient({
    baseUrl: server.baseUrl,
    getToken: async () => TOKEN,
    fetch: (input, init) => {
      paths.push(new URL(String(input)).pathname);
      return fetch(input, init);
    },
  });
  return { standin: server.standin, paths, api: createGraphApi({ client }) };
}

describe('mailboxPath', () => {
  it.each([
    [null, '/me'],
    ['kontaktcenter@vaxjo.se', '/users/kontaktcenter%40vaxjo.se'],
    ["o'brien@vaxjo.se", "/users/o'brien%40vaxjo.se"],
  ])('%s → %s', (owner, path) => {
    expect(mailboxPath(owner)).toBe(path);
  });

  it.each(['', 'kontaktcenter', 'a b@vaxjo.se', '../me@x', 'x@y/messages'])(
    'refuses %j with a RangeError naming it',
    (owner) => {
      expect(() => mailboxPath(owner)).toThrow(RangeError);
      expect(() => mailboxPath(owner)).toThrow(`'${owner}'`);
    },
  );
});

describe('GraphApi.forMailbox over the Graph stand-in', () => {
  it('reads a shared message at /users/{owner}, which /me does not hold', async () => {
    const { api, paths } = await setup();
    const id = SHARED[0]?.id ?? '';
    const shared = await api.forMailbox(KC.address).getMessage(id);
    expect(shared.id).toBe(id);
    expect(shared.internetHeaders).toContain('Received:');
    expect(paths.at(-1)).toBe(
      `${new URL(server?.baseUrl ?? 'http://x').pathname}/users/kontaktcenter%40vaxjo.se/messages/${id}`,
    );
    const own = await api.getMessage(id).catch((e: unknown) => e);
    expect(isGraphError(own) && own.status).toBe(404);
  });

  it('writes the duty record and the promise flag on the shared message, not in /me', async () => {
    const { api, standin } = await setup();
    const id = SHARED[1]?.id ?? '';
    const box = api.forMailbox(KC.address);
    await box.writeDutyRecord(id, '{"v":1}', DUE);
    const state = standin.state();
    const kc = state.sharedMailboxes[KC.address];
    expect(kc?.properties[id]).toEqual({ [DUTY_RECORD_PROPERTY]: '{"v":1}' });
    expect(kc?.flags[id]).toMatchObject({ flagStatus: 'flagged' });
    expect(state.flags[id]).toBeUndefined();
    // Read back through the same binding: the record comes along with the message.
    const details = await box.getMessage(id);
    expect(details.dutyRecord).toBe('{"v":1}');
    expect(details.flag.flagStatus).toBe('flagged');
    expect(Date.parse(`${details.flag.dueDateTime?.dateTime ?? ''}Z`)).toBe(
      Date.parse('2027-01-08T15:00:00Z'),
    );
  });

  it('sets and completes the follow-up flag in the shared mailbox', async () => {
    const { api, standin } = await setup();
    const id = SHARED[2]?.id ?? '';
    const box = api.forMailbox(KC.address);
    expect((await box.setFollowUpFlag(id, DUE)).flagStatus).toBe('flagged');
    expect((await box.setFollowUpFlag(id, 'complete')).flagStatus).toBe('complete');
    expect(standin.state().sharedMailboxes[KC.address]?.flags[id]).toEqual({
      flagStatus: 'complete',
    });
  });

  it('binds null to the own mailbox: the same calls as the unbound API', async () => {
    const { api, standin } = await setup();
    const id = MAILBOX[0]?.id ?? '';
    await api.forMailbox(null).setFollowUpFlag(id, DUE);
    expect(standin.state().flags[id]).toMatchObject({ flagStatus: 'flagged' });
    expect(standin.state().sharedMailboxes[KC.address]?.flags).toEqual({});
  });

  it('a mailbox the user has no access to answers 403, not a /me fallback', async () => {
    const { api } = await setup();
    const err = await api
      .forMailbox('ekonomi@vaxjo.se')
      .getMessage(MAILBOX[0]?.id ?? '')
      .catch((e: unknown) => e);
    expect(isGraphError(err) && err.status).toBe(403);
  });
});
