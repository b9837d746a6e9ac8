import { afterEach, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../../addin/src/host/graph/graphClient.ts';
import { GraphError } from '../../../addin/src/host/graph/graphError.ts';
import { createSharedMailboxApi } from '../../../addin/src/functional/sharedMailboxApi.ts';
import { startGraphStandinServer } from '../../../playground/graph-standin/server.ts';
import type { GraphStandinServer } from '../../../playground/graph-standin/server.ts';
import { MAILBOX, OWNER } from '../../standins/fixtures.ts';

const TOKEN = 'svarsplikt-standin-token';
const KC = { name: 'Kontaktcenter', address: 'kontaktcenter@vaxjo.se' };
const SHARED = MAILBOX.slice(0, 5).map((m) => ({ ...m, id: `kc-${m.id}`, to: [KC] }));
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
  const client = createGraphClient({ baseUrl: server.baseUrl, getToken: async () => TOKEN });
  return { standin: server.standin, client, box: createSharedMailboxApi(client, KC.address) };
}

describe('createSharedMailboxApi against the Graph stand-in (/users/{owner}/…)', () => {
  it('lists the shared inbox, newest first, with headers and categories', async () => {
    const { box } = await setup();
    const inbox = await box.listInbox(50);
    expect(inbox.map((m) => m.id)).toEqual(SHARED.map((m) => m.id).reverse());
    expect(inbox[0]?.internetHeaders).toContain('Received: from mx.example.org');
    expect(inbox[0]?.categories).toEqual([]);
  });

  it('pages the shared inbox through @odata.nextLink, the same paging as the own inbox', async () => {
    const { box, client } = await setup();
    const ids: string[] = [];
    const links: string[] = [];
    let page = await box.listInboxPage(2);
    ids.push(...page.messages.map((m) => m.id));
    while (page.next !== null) {
      links.push(page.next);
      page = await box.listInboxPage(2, page.next);
      ids.push(...page.messages.map((m) => m.id));
    }
    expect(ids).toEqual(SHARED.map((m) => m.id).reverse());
    expect(links.length).toBe(2);
    const query = (link: string | undefined) => {
      const params = new URL(link ?? 'http://x/').searchParams;
      return [params.get('$skip'), params.get('$top')];
    };
    expect(query(links[0])).toEqual(['2', '2']);
    // The own inbox's next link has the same shape.
    const own = await client.get<{ '@odata.nextLink'?: string }>(
      '/me/mailFolders/inbox/messages?$select=id&$top=2',
    );
    expect(query(own['@odata.nextLink'])).toEqual(['2', '2']);
    await expect(box.listInboxPage(0)).rejects.toThrow(RangeError);
  });

  it('the shared inbox refuses a bad $top as Graph does', async () => {
    const { client } = await setup();
    await expect(
      client.get(`/users/${KC.address}/mailFolders/inbox/messages?$top=1001`),
    ).rejects.toMatchObject({ status: 400, code: 'ErrorInvalidUrlQuery' });
  });

  it('finds the reply in the shared mailbox Sent Items, and none where there is none', async () => {
    const { box } = await setup();
    const answered = SHARED[2]!;
    const open = SHARED[1]!;
    expect(await box.hasReplyAfter(answered.conversationId, answered.receivedDateTime)).toBe(true);
    expect(await box.hasReplyAfter(open.conversationId, open.receivedDateTime)).toBe(false);
  });

  it('PATCH categories replaces the list; every member reads the same marks', async () => {
    const { box, client, standin } = await setup();
    const id = SHARED[0]!.id;
    expect(await box.setCategories(id, ['Svarsplikt: Anna Berg', 'Diarieförd'])).toEqual([
      'Svarsplikt: Anna Berg',
      'Diarieförd',
    ]);
    const other = createSharedMailboxApi(client, KC.address);
    const seen = (await other.listInbox(50)).find((m) => m.id === id);
    expect(seen?.categories).toEqual(['Svarsplikt: Anna Berg', 'Diarieförd']);
    expect(standin.state().sharedMailboxes['kontaktcenter@vaxjo.se']?.categories[id]).toEqual([
      'Svarsplikt: Anna Berg',
      'Diarieförd',
    ]);
    // The user's own mailbox is untouched.
    expect(standin.state().flags).toEqual({});
  });

  it('DELETE moves the message to Deleted Items: gone from the inbox, still in deleteditems', async () => {
    const { box, client, standin } = await setup();
    const id = SHARED[0]!.id;
    await box.deleteMessage(id);
    expect((await box.listInbox(50)).map((m) => m.id)).not.toContain(id);
    const deleted = await client.get<{ value: { id: string }[] }>(
      `/users/${KC.address}/mailFolders/deleteditems/messages`,
    );
    expect(deleted.value.map((m) => m.id)).toEqual([id]);
    expect(standin.state().sharedMailboxes['kontaktcenter@vaxjo.se']?.deleted).toEqual([id]);
    await expect(box.deleteMessage(id)).rejects.toMatchObject({ status: 404 });
  });

  it('a mailbox the user cannot open is 403 ErrorAccessDenied', async () => {
    const { client } = await setup();
    const err = await createSharedMailboxApi(client, 'bygglov@vaxjo.se')
      .listInbox(10)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GraphError);
    expect(err).toMatchObject({ status: 403, code: 'ErrorAccessDenied' });
  });

  it('refuses an owner that is not an address', async () => {
    const { client } = await setup();
    expect(() => createSharedMailboxApi(client, '../me')).toThrow(RangeError);
  });
});
