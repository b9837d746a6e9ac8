import { describe, expect, it } from 'vitest';
import { createGraphStandin } from '../../playground/graph-standin/graphStandin.ts';
import { DEMO_MESSAGES, DEMO_OWNER } from '../../playground/demo-mailbox.ts';
import { createOfficeStandin } from '../../playground/office-standin/officeStandin.ts';
import {
  playgroundNow,
  playgroundOffice,
  standinGraph,
} from '../../playground/outlook/paneWiring.ts';
import { MAILBOX, OWNER } from './fixtures.ts';

type FakeWindow = { location: { search: string }; parent?: unknown; Office?: unknown };

function fakeWindow(search: string, extra: Partial<FakeWindow> = {}): Window {
  const win: FakeWindow = { location: { search }, ...extra };
  win.parent ??= win;
  return win as unknown as Window;
}

describe('the playground pane wiring', () => {
  it("takes the playground parent's stand-in", () => {
    const standin = createOfficeStandin({ messages: MAILBOX, owner: OWNER, selectedId: 'msg-09' });
    const parent: Record<string, unknown> = {};
    standin.expose(parent);
    expect(playgroundOffice(fakeWindow('', { parent }))).toBe(standin.office);
  });

  it('opened on its own, makes a stand-in over the demo mailbox (?item, ?lang)', async () => {
    const second = DEMO_MESSAGES[1];
    const office = playgroundOffice(fakeWindow(`?item=${second?.id ?? ''}&lang=en-US`));
    await office.onReady();
    expect(office.context.displayLanguage).toBe('en-US');
    expect(office.context.mailbox.item?.subject).toBe(second?.subject);
  });

  it.each([
    ['a fixed instant', '?now=2026-12-22T09:15:00Z', Date.parse('2026-12-22T09:15:00Z')],
    ['no now: real time', '', undefined],
    ['a bad instant: real time', '?now=tomorrow', undefined],
  ])('now from the query: %s', (_case, search, fixed) => {
    const now = playgroundNow(search)();
    if (fixed === undefined) expect(Math.abs(now - Date.now())).toBeLessThan(1000);
    else expect(now).toBe(fixed);
  });

  it('reaches the Graph stand-in with the token it accepts', async () => {
    const standin = createGraphStandin({ mailbox: DEMO_MESSAGES, owner: DEMO_OWNER });
    const fetchImpl: typeof fetch = async (input, init) => {
      const headers = Object.fromEntries(new Headers(init?.headers).entries());
      const res = await standin.handle({
        method: init?.method ?? 'GET',
        url: String(input),
        headers,
        ...(typeof init?.body === 'string' ? { body: init.body } : {}),
      });
      return new Response(res.body === '' ? null : res.body, {
        status: res.status,
        headers: res.headers,
      });
    };
    const graph = await standinGraph(() => {}, 'http://standin/v1.0', fetchImpl);
    const { timeZone } = await graph.getAutomaticReplies();
    expect(timeZone).toBe('W. Europe Standard Time');
  });
});
