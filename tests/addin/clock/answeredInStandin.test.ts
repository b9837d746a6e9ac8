/**
 * The answered check end to end over the Graph stand-in: a kvittens the user sends from the reply
 * form is not the answer (the promise stays open); a real reply after it is.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createClockStore } from '../../../addin/src/clock/clockStore.ts';
import { createGraphApi } from '../../../addin/src/host/graph/graphApi.ts';
import { uiStrings } from '../../../addin/src/i18n/uiStrings.ts';
import { createGraphAccess } from '../../../addin/src/pane/graphAccess.ts';
import { startGraphStandinServer } from '../../../playground/graph-standin/server.ts';
import type { GraphStandinServer } from '../../../playground/graph-standin/server.ts';
import { OWNER } from '../../standins/fixtures.ts';
import { CITIZEN, NOW, fakeHost, settle, testOrg } from '../pane/fakes.ts';

let server: GraphStandinServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const AUTH = { authorization: 'Bearer svarsplikt-standin-token' };

describe('answered check against the Graph stand-in', () => {
  it('kvittens sent → still not answered, promise open; a real reply → answered', async () => {
    let serverNow = NOW;
    server = await startGraphStandinServer({
      owner: OWNER,
      now: () => serverNow,
      mailbox: [
        {
          id: 'rest-item-citizen',
          conversationId: 'conv-citizen',
          subject: CITIZEN.subject,
          from: { name: 'Erik Svensson', address: 'erik.svensson@example.se' },
          to: [OWNER],
          cc: [],
          receivedDateTime: '2026-12-21T16:05:00Z',
          sentDateTime: '2026-12-21T15:58:00Z',
          internetHeaders: `${CITIZEN.internetHeaders ?? ''}\r\n`,
          bodyText: 'Hej!',
        },
      ],
    });
    const running = server;
    const h = fakeHost(CITIZEN, 'sv-SE');
    let paneNow = NOW;
    const store = createClockStore({
      host: h.host,
      org: testOrg(),
      graph: createGraphAccess(async () =>
        createGraphApi({
          baseUrl: running.baseUrl,
          getToken: async () => 'svarsplikt-standin-token',
        }),
      ),
      lang: 'sv',
      t: uiStrings('sv'),
      now: () => paneNow,
    });
    await store.getState().start();
    await settle();
    await store.getState().sendAcknowledgement();
    expect(h.forms.at(-1)?.kind).toBe('reply');

    /** The user sends a plain reply from Outlook (no marker) at the server's "now". */
    async function userSends(text: string): Promise<void> {
      const draft = await running.standin.handle({
        method: 'POST',
        url: `${running.baseUrl}/me/messages/rest-item-citizen/createReply`,
        headers: AUTH,
        body: JSON.stringify({ comment: text }),
      });
      const { id } = JSON.parse(draft.body) as { id: string };
      await running.standin.handle({
        method: 'POST',
        url: `${running.baseUrl}/me/messages/${id}/send`,
        headers: AUTH,
      });
    }

    // The kvittens goes out two minutes after the form opened.
    serverNow = NOW + 2 * 60_000;
    await userSends('Tack, vi har fått ditt meddelande.');
    paneNow = NOW + 10 * 60_000;
    await store.getState().refresh();
    await settle();
    expect(store.getState().view?.clock.state).not.toBe('answered');
    expect(store.getState().view?.timeline?.state).toBe('promised');
    expect(store.getState().view?.timeline?.duties.find((d) => d.kind === 'answer')?.met).toBe(
      false,
    );

    // The real answer, the next day.
    serverNow = NOW + 86_400_000;
    await userSends('Svar på din fråga.');
    paneNow = NOW + 86_400_000 + 60_000;
    await store.getState().refresh();
    await settle();
    expect(store.getState().view?.clock.state).toBe('answered');
    expect(store.getState().view?.timeline?.state).toBe('answered');
  });
});
