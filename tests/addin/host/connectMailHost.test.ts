import { describe, expect, it } from 'vitest';
import {
  connectMailHost,
  OfficeUnavailableError,
} from '../../../addin/src/host/connectMailHost.ts';
import { createOfficeStandin } from '../../../playground/office-standin/officeStandin.ts';
import { MAILBOX, OWNER } from '../../standins/fixtures.ts';

type FakeWindow = {
  location: { search: string };
  parent?: unknown;
  Office?: unknown;
  svarspliktOfficeStandin?: unknown;
};

function fakeWindow(search: string, extra: Partial<FakeWindow> = {}): { Office?: typeof Office } {
  const win: FakeWindow = { location: { search }, ...extra };
  win.parent ??= win;
  return win as { Office?: typeof Office };
}

describe('connectMailHost', () => {
  it('wraps the Office already on the page', async () => {
    const standin = createOfficeStandin({ messages: MAILBOX, owner: OWNER, selectedId: 'msg-01' });
    const host = await connectMailHost(1000, fakeWindow('', { Office: standin.office }));
    expect((await host.getSelectedMessage())?.itemId).toBe('msg-01');
  });

  it("never takes a playground parent's stand-in, even with ?standin=1", async () => {
    const standin = createOfficeStandin({ messages: MAILBOX, owner: OWNER, selectedId: 'msg-09' });
    const parent: Record<string, unknown> = {};
    standin.expose(parent);
    const win = fakeWindow('?standin=1', { parent });
    await expect(connectMailHost(120, win)).rejects.toBeInstanceOf(OfficeUnavailableError);
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
