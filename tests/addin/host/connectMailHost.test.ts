import { describe, expect, it } from 'vitest';
import {
  connectMailHost,
  isStandinMode,
  OfficeUnavailableError,
} from '../../../addin/src/host/connectMailHost.ts';
import { DEMO_MESSAGES } from '../../../playground/demo-mailbox.ts';
import { createOfficeStandin } from '../../../playground/office-standin/officeStandin.ts';
import { MAILBOX, OWNER } from '../../standins/fixtures.ts';

type FakeWindow = {
  location: { search: string };
  parent?: unknown;
  Office?: unknown;
  svarspliktOfficeStandin?: unknown;
};

function fakeWindow(search: string, extra: Partial<FakeWindow> = {}): Window {
  const win: FakeWindow = { location: { search }, ...extra };
  win.parent ??= win;
  return win as unknown as Window;
}

describe('connectMailHost', () => {
  it.each([
    ['?standin=1', true],
    ['?x=2&standin=1', true],
    ['?standin=0', false],
    ['', false],
  ])('isStandinMode(%j) is %s', (search, expected) => {
    expect(isStandinMode(search)).toBe(expected);
  });

  it('wraps the Office already on the page', async () => {
    const standin = createOfficeStandin({ messages: MAILBOX, owner: OWNER, selectedId: 'msg-01' });
    const host = await connectMailHost(1000, fakeWindow('', { Office: standin.office }));
    expect((await host.getSelectedMessage())?.itemId).toBe('msg-01');
  });

  it("takes the playground parent's stand-in in an iframe opened with ?standin=1", async () => {
    const standin = createOfficeStandin({ messages: MAILBOX, owner: OWNER, selectedId: 'msg-09' });
    const parent: Record<string, unknown> = {};
    standin.expose(parent);
    const win = fakeWindow('?standin=1', { parent });
    const host = await connectMailHost(1000, win);
    expect((await host.getSelectedMessage())?.itemId).toBe('msg-09');
    expect((win as unknown as FakeWindow).Office).toBe(standin.office);
  });

  it('creates a standalone stand-in over the demo mailbox when there is no parent (dev only)', async () => {
    const second = DEMO_MESSAGES[1];
    expect(second).toBeDefined();
    const host = await connectMailHost(
      1000,
      fakeWindow(`?standin=1&item=${second?.id ?? ''}&lang=en-US`),
    );
    expect(host.displayLanguage).toBe('en-US');
    expect((await host.getSelectedMessage())?.subject).toBe(second?.subject);
  });

  it('rejects with a Swedish OfficeUnavailableError outside Outlook', async () => {
    const error = await connectMailHost(120, fakeWindow('')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeUnavailableError);
    expect((error as OfficeUnavailableError).message).toMatch(/Outlook/);
    expect((error as OfficeUnavailableError).messageEn).toMatch(/could not connect to Outlook/);
  });

  it('rejects when Office.onReady never comes', async () => {
    const office = { onReady: () => new Promise(() => {}), context: {} };
    await expect(connectMailHost(120, fakeWindow('', { Office: office }))).rejects.toBeInstanceOf(
      OfficeUnavailableError,
    );
  });

  it('rejects when Office is ready but not in a mailbox (e.g. opened in Word)', async () => {
    const office = { onReady: async () => ({ host: 'Word' }), context: {} };
    await expect(connectMailHost(500, fakeWindow('', { Office: office }))).rejects.toBeInstanceOf(
      OfficeUnavailableError,
    );
  });
});
