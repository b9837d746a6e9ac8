import { describe, expect, it, vi } from 'vitest';
import { createOfficeStandin } from '../../playground/office-standin/officeStandin.ts';
import type { OfficeStandinOptions } from '../../playground/office-standin/officeStandin.ts';
import { MAILBOX, OWNER } from './fixtures.ts';

interface Result {
  status: string;
  value?: unknown;
  error?: { name: string; message: string };
  asyncContext?: unknown;
}

function setup(options: Partial<OfficeStandinOptions> = {}) {
  const standin = createOfficeStandin({ messages: MAILBOX, owner: OWNER, ...options });
  // The stand-in implements Office.js at runtime; the tests talk to it the way untyped script would.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const office = standin.office as unknown as Record<string, any>;
  return { standin, office, mailbox: office.context.mailbox };
}

/** Calls an Office async method and resolves with its AsyncResult. */
function result(start: (callback: (r: Result) => void) => void): Promise<Result> {
  return new Promise((resolve) => start(resolve));
}

const info = (message: string) => ({
  type: 'informationalMessage',
  message,
  icon: 'Icon.16x16',
  persistent: false,
});

describe('Office stand-in: selection and item', () => {
  it('has no item until something is selected, then a read-mode message', () => {
    const { standin, mailbox } = setup();
    expect(mailbox.item).toBeNull();
    standin.select('msg-02');
    expect(mailbox.item).toMatchObject({
      itemId: 'msg-02',
      itemType: 'message',
      subject: 'Fråga 2 om bygglov',
      from: { displayName: 'Medborgare 2', emailAddress: 'person2@example.org' },
      internetMessageId: '<msg-02@example.org>',
    });
    expect(mailbox.item.dateTimeCreated.toISOString()).toBe('2026-12-01T10:00:00.000Z');
  });

  it('fires ItemChanged asynchronously, also when the selection becomes empty', async () => {
    const { standin, office, mailbox } = setup();
    const seen: (string | null)[] = [];
    const added = await result((cb) =>
      mailbox.addHandlerAsync(
        office.EventType.ItemChanged,
        () => seen.push(mailbox.item?.itemId ?? null),
        cb,
      ),
    );
    expect(added.status).toBe('succeeded');
    standin.select('msg-01');
    expect(seen).toEqual([]);
    await vi.waitFor(() => expect(seen).toEqual(['msg-01']));
    standin.select(null);
    await vi.waitFor(() => expect(seen).toEqual(['msg-01', null]));
  });

  it('refuses an unknown event type and an unknown message id', async () => {
    const { standin, mailbox } = setup();
    const r = await result((cb) => mailbox.addHandlerAsync('olkSomethingElse', () => {}, cb));
    expect(r).toMatchObject({ status: 'failed', error: { name: 'InvalidEventType' } });
    expect(() => standin.select('nope')).toThrow(RangeError);
  });

  it('gives the raw header block through getAllInternetHeadersAsync with asyncContext', async () => {
    const { standin, mailbox } = setup();
    standin.select('msg-03');
    const r = await result((cb) =>
      mailbox.item.getAllInternetHeadersAsync({ asyncContext: 7 }, cb),
    );
    expect(r.status).toBe('succeeded');
    expect(r.asyncContext).toBe(7);
    expect(String(r.value)).toMatch(/^Received: from mx\.example\.org/);
  });

  it.each([
    ['Mailbox', '1.1', true],
    ['Mailbox', '1.8', true],
    ['Mailbox', '1.15', false],
    ['NestedAppAuth', '1.1', false],
    ['ExcelApi', '1.1', false],
  ])('isSetSupported(%s, %s) is %s', (name, version, expected) => {
    expect(setup().office.context.requirements.isSetSupported(name, version)).toBe(expected);
  });

  it('can pretend to be an older Outlook or one with nested app authentication', () => {
    expect(
      setup({ mailboxVersion: '1.5' }).office.context.requirements.isSetSupported('Mailbox', '1.8'),
    ).toBe(false);
    expect(
      setup({ nestedAppAuth: true }).office.context.requirements.isSetSupported(
        'NestedAppAuth',
        '1.1',
      ),
    ).toBe(true);
  });
});

describe('Office stand-in: notification messages (the info bar)', () => {
  it('adds, replaces under the same key and removes', async () => {
    const { standin, mailbox } = setup({ selectedId: 'msg-01' });
    const bar = mailbox.item.notificationMessages;
    expect((await result((cb) => bar.addAsync('k', info('Svara senast tisdag'), cb))).status).toBe(
      'succeeded',
    );
    expect((await result((cb) => bar.replaceAsync('k', info('Försenad'), cb))).status).toBe(
      'succeeded',
    );
    expect(standin.notifications()).toEqual([{ key: 'k', ...info('Försenad') }]);
    const all = await result((cb) => bar.getAllAsync(cb));
    expect(all.value).toEqual([{ key: 'k', ...info('Försenad') }]);
    expect((await result((cb) => bar.removeAsync('k', cb))).status).toBe('succeeded');
    expect(standin.notifications()).toEqual([]);
  });

  it('fails addAsync for a key that exists and removeAsync for one that does not', async () => {
    const { mailbox } = setup({ selectedId: 'msg-01' });
    const bar = mailbox.item.notificationMessages;
    await result((cb) => bar.addAsync('k', info('a'), cb));
    expect(await result((cb) => bar.addAsync('k', info('b'), cb))).toMatchObject({
      status: 'failed',
    });
    expect(await result((cb) => bar.removeAsync('other', cb))).toMatchObject({
      status: 'failed',
      error: { name: 'KeyNotFound' },
    });
  });

  it('allows five notifications per item and fails the sixth with NumberOfNotificationMessagesExceeded', async () => {
    const { standin, mailbox } = setup({ selectedId: 'msg-01' });
    const bar = mailbox.item.notificationMessages;
    for (let i = 1; i <= 5; i += 1) {
      expect((await result((cb) => bar.replaceAsync(`k${i}`, info(`m${i}`), cb))).status).toBe(
        'succeeded',
      );
    }
    const sixth = await result((cb) => bar.replaceAsync('k6', info('m6'), cb));
    expect(sixth).toMatchObject({
      status: 'failed',
      error: { name: 'NumberOfNotificationMessagesExceeded' },
    });
    expect(standin.notifications()).toHaveLength(5);
  });

  it.each<[string, string, Record<string, unknown>]>([
    ['a 151-character message', 'k', info('x'.repeat(151))],
    ['an empty message', 'k', info('')],
    ['a 33-character key', 'k'.repeat(33), info('ok')],
    [
      'an informational message without icon',
      'k',
      { type: 'informationalMessage', message: 'ok', persistent: false },
    ],
    [
      'an error message with persistent',
      'k',
      { type: 'errorMessage', message: 'ok', persistent: true },
    ],
  ])('throws synchronously, as Office does, for %s', (_case, key, details) => {
    const { standin, mailbox } = setup({ selectedId: 'msg-01' });
    expect(() => mailbox.item.notificationMessages.replaceAsync(key, details, () => {})).toThrow();
    expect(standin.notifications()).toEqual([]);
  });

  it('accepts exactly 150 characters', async () => {
    const { mailbox } = setup({ selectedId: 'msg-01' });
    const r = await result((cb) =>
      mailbox.item.notificationMessages.replaceAsync('k', info('x'.repeat(150)), cb),
    );
    expect(r.status).toBe('succeeded');
  });

  it('drops non-persistent notifications when the user moves to another message', async () => {
    const { standin, mailbox } = setup({ selectedId: 'msg-01' });
    await result((cb) => mailbox.item.notificationMessages.replaceAsync('a', info('a'), cb));
    await result((cb) =>
      mailbox.item.notificationMessages.replaceAsync('b', { ...info('b'), persistent: true }, cb),
    );
    standin.select('msg-02');
    expect(standin.notifications('msg-01').map((n) => n.key)).toEqual(['b']);
    expect(standin.notifications()).toEqual([]);
  });
});

describe('Office stand-in: forms, settings, dialog', () => {
  it('records reply and new-message forms and tells listeners', async () => {
    const { standin, mailbox } = setup({ selectedId: 'msg-04' });
    const heard = vi.fn();
    standin.onReplyForm(heard);
    mailbox.item.displayReplyForm('<p>Tack</p>');
    await result((cb) => mailbox.item.displayReplyFormAsync({ htmlBody: '<p>Två</p>' }, cb));
    mailbox.displayNewMessageForm({
      toRecipients: ['a@b.se', { emailAddress: 'c@d.se' }],
      subject: 'Ämne',
      htmlBody: '<p>Ny</p>',
    });
    expect(standin.forms()).toEqual([
      {
        kind: 'reply',
        itemId: 'msg-04',
        html: '<p>Tack</p>',
        to: ['person4@example.org'],
        subject: 'SV: Fråga 4 om bygglov',
      },
      {
        kind: 'reply',
        itemId: 'msg-04',
        html: '<p>Två</p>',
        to: ['person4@example.org'],
        subject: 'SV: Fråga 4 om bygglov',
      },
      { kind: 'new', itemId: null, html: '<p>Ny</p>', to: ['a@b.se', 'c@d.se'], subject: 'Ämne' },
    ]);
    expect(heard).toHaveBeenCalledTimes(3);
  });

  it('keeps roaming settings per session and exposes only what was saved', async () => {
    const { standin, office } = setup({ roamingSettings: { lang: 'sv' } });
    const settings = office.context.roamingSettings;
    expect(settings.get('lang')).toBe('sv');
    settings.set('queue', { top: 25 });
    expect(standin.roamingSettings()).toEqual({ lang: 'sv' });
    expect((await result((cb) => settings.saveAsync(cb))).status).toBe('succeeded');
    expect(standin.roamingSettings()).toEqual({ lang: 'sv', queue: { top: 25 } });
    settings.remove('lang');
    await result((cb) => settings.saveAsync(cb));
    expect(standin.roamingSettings()).toEqual({ queue: { top: 25 } });
  });

  it('keeps saved roaming settings across a page reload in the given store, and forgets them on clear', async () => {
    const kept = new Map<string, string>();
    const roamingStore = {
      getItem: (key: string) => kept.get(key) ?? null,
      setItem: (key: string, value: string) => void kept.set(key, value),
      removeItem: (key: string) => void kept.delete(key),
    };
    const before = setup({ roamingStore });
    const settings = before.office.context.roamingSettings;
    settings.set('svarsplikt.autoReplyBackup', { status: 'alwaysEnabled' });
    settings.set('queue', { top: 25 });
    await result((cb) => settings.saveAsync(cb));
    settings.set('lost', 1); // never saved: gone after the reload
    // The page reloads: a new stand-in over the same session storage.
    const after = setup({ roamingStore, roamingSettings: { ignored: true } });
    expect(after.office.context.roamingSettings.get('svarsplikt.autoReplyBackup')).toEqual({
      status: 'alwaysEnabled',
    });
    expect(after.standin.roamingSettings()).toEqual({
      'svarsplikt.autoReplyBackup': { status: 'alwaysEnabled' },
      queue: { top: 25 },
    });
    after.standin.clearRoamingSettings();
    expect(after.office.context.roamingSettings.get('queue')).toBeUndefined();
    expect(setup({ roamingStore }).standin.roamingSettings()).toEqual({});
  });

  it('starts from the given settings when the store holds nothing usable', () => {
    const roamingStore = {
      getItem: () => 'not json',
      setItem: () => {},
      removeItem: () => {},
    };
    expect(
      setup({ roamingStore, roamingSettings: { lang: 'sv' } }).standin.roamingSettings(),
    ).toEqual({ lang: 'sv' });
  });

  it('fails saveAsync beyond 32 KB', async () => {
    const { office } = setup();
    office.context.roamingSettings.set('big', 'x'.repeat(33 * 1024));
    expect(await result((cb) => office.context.roamingSettings.saveAsync(cb))).toMatchObject({
      status: 'failed',
    });
  });

  it('opens a dialog the playground can answer or close', async () => {
    const { standin, office } = setup();
    const dialogs: { messageParent(m: string): void; closeByUser(): void; url: string }[] = [];
    standin.onDialog((d) => dialogs.push(d));
    const opened = await result((cb) =>
      office.context.ui.displayDialogAsync(
        'https://localhost:3000/auth-dialog.html',
        { height: 60 },
        cb,
      ),
    );
    const dialog = opened.value as { addEventHandler(t: string, h: (a: unknown) => void): void };
    const messages: unknown[] = [];
    dialog.addEventHandler('dialogMessageReceived', (a) => messages.push(a));
    await vi.waitFor(() => expect(dialogs).toHaveLength(1));
    expect(dialogs[0]?.url).toBe('https://localhost:3000/auth-dialog.html');
    dialogs[0]?.messageParent('{"status":"ok"}');
    expect(messages).toEqual([{ message: '{"status":"ok"}', origin: undefined }]);
  });

  it('reports the display language and the user profile', () => {
    const { standin, office } = setup({ displayLanguage: 'en-US' });
    expect(office.context.displayLanguage).toBe('en-US');
    standin.setDisplayLanguage('sv-SE');
    expect(office.context.displayLanguage).toBe('sv-SE');
    expect(office.context.mailbox.userProfile).toMatchObject({
      emailAddress: 'anna.lind@vaxjo.se',
      timeZone: 'W. Europe Standard Time',
    });
  });

  it('exposes itself for a same-origin iframe', () => {
    const { standin } = setup();
    const win: { svarspliktOfficeStandin?: unknown } = {};
    standin.expose(win);
    expect(win.svarspliktOfficeStandin).toBe(standin);
  });
});
