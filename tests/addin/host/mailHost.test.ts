import { describe, expect, it, vi } from 'vitest';
import {
  createOfficeMailHost,
  fitInfoBar,
  INFO_BAR_MAX,
  MailHostError,
} from '../../../addin/src/host/mailHost.ts';
import { createOfficeStandin } from '../../../playground/office-standin/officeStandin.ts';
import type { OfficeStandinOptions } from '../../../playground/office-standin/officeStandin.ts';
import { MAILBOX, OWNER } from '../../standins/fixtures.ts';

function setup(options: Partial<OfficeStandinOptions> = {}) {
  const standin = createOfficeStandin({ messages: MAILBOX, owner: OWNER, ...options });
  return { standin, host: createOfficeMailHost(standin.office) };
}

describe('fitInfoBar', () => {
  it.each<[string, string, string]>([
    ['short text unchanged', 'Svara senast tisdag 7 april', 'Svara senast tisdag 7 april'],
    ['whitespace collapsed', '  Svara\n senast  ', 'Svara senast'],
    ['exactly 150 kept', 'a'.repeat(150), 'a'.repeat(150)],
    ['151 cut to 150 with …', 'a'.repeat(151), `${'a'.repeat(149)}…`],
    ['no half surrogate pair', `${'a'.repeat(148)}😀bc`, `${'a'.repeat(148)}…`],
  ])('%s', (_case, input, expected) => {
    const out = fitInfoBar(input);
    expect(out).toBe(expected);
    expect(out.length).toBeLessThanOrEqual(INFO_BAR_MAX);
  });
});

describe('createOfficeMailHost over the Office stand-in', () => {
  it('exposes language, mailbox and time zone', () => {
    const { host } = setup({ displayLanguage: 'en-US' });
    expect(host).toMatchObject({
      displayLanguage: 'en-US',
      mailboxAddress: 'anna.lind@vaxjo.se',
      timeZone: 'W. Europe Standard Time',
    });
  });

  it('returns null when nothing is selected', async () => {
    expect(await setup().host.getSelectedMessage()).toBeNull();
  });

  it('returns the selected message with its raw headers', async () => {
    const { host } = setup({ selectedId: 'msg-06' });
    expect(await host.getSelectedMessage()).toEqual({
      itemId: 'msg-06',
      subject: 'Fråga 6 om bygglov',
      from: { name: 'Medborgare 6', address: 'person6@example.org' },
      dateTimeCreated: Date.parse('2026-12-01T14:00:00Z'),
      internetHeaders: MAILBOX[5]?.internetHeaders,
    });
  });

  it('gives null headers on Outlook without Mailbox 1.8', async () => {
    const { host } = setup({ selectedId: 'msg-06', mailboxVersion: '1.7' });
    expect((await host.getSelectedMessage())?.internetHeaders).toBeNull();
  });

  it('calls the listener on every selection change, including to nothing, and survives a throwing listener', async () => {
    const { host, standin } = setup();
    const seen: (string | null)[] = [];
    await host.onSelectionChanged(() => {
      throw new Error('listener bug');
    });
    await host.onSelectionChanged(() => {
      void host.getSelectedMessage().then((m) => seen.push(m?.itemId ?? null));
    });
    standin.select('msg-01');
    await vi.waitFor(() => expect(seen).toEqual(['msg-01']));
    standin.select('msg-02');
    await vi.waitFor(() => expect(seen).toEqual(['msg-01', 'msg-02']));
    standin.select(null);
    await vi.waitFor(() => expect(seen).toEqual(['msg-01', 'msg-02', null]));
  });

  it('does nothing about selection on Outlook without Mailbox 1.5', async () => {
    const { host } = setup({ mailboxVersion: '1.4' });
    await expect(host.onSelectionChanged(() => {})).resolves.toBeUndefined();
  });

  it('keeps one info bar, replaced not piled up, cut to 150 characters', async () => {
    const { host, standin } = setup({ selectedId: 'msg-01' });
    await host.showInfoBar('Svara senast tisdag 22 december kl. 16:30', 'informational');
    await host.showInfoBar(`Försenad: ${'x'.repeat(200)}`, 'error');
    const bars = standin.notifications();
    expect(bars).toHaveLength(1);
    expect(bars[0]).toMatchObject({ key: 'svarsplikt', type: 'errorMessage' });
    expect(bars[0]?.message).toHaveLength(150);
    expect(bars[0]?.message.endsWith('…')).toBe(true);
    await host.showInfoBar('Svara senast onsdag', 'informational');
    expect(standin.notifications()).toEqual([
      {
        key: 'svarsplikt',
        type: 'informationalMessage',
        message: 'Svara senast onsdag',
        icon: 'Icon.16x16',
        persistent: false,
      },
    ]);
  });

  it('clears the info bar, also when there is none', async () => {
    const { host, standin } = setup({ selectedId: 'msg-01' });
    await host.clearInfoBar();
    await host.showInfoBar('x', 'informational');
    await host.clearInfoBar();
    expect(standin.notifications()).toEqual([]);
  });

  it('ignores the info bar when nothing is selected', async () => {
    const { host } = setup();
    await expect(host.showInfoBar('x', 'informational')).resolves.toBeUndefined();
    await expect(host.clearInfoBar()).resolves.toBeUndefined();
  });

  it('turns an Office exception thrown inside a call into a rejected promise', async () => {
    const { host, standin } = setup({ selectedId: 'msg-01' });
    const item = standin.office.context.mailbox.item as unknown as {
      notificationMessages: { replaceAsync: () => void };
    };
    item.notificationMessages.replaceAsync = () => {
      throw new RangeError('boom');
    };
    await expect(host.showInfoBar('x', 'informational')).rejects.toMatchObject({
      name: 'MailHostError',
      code: 'RangeError',
    });
  });

  it('turns a failed AsyncResult into a MailHostError with Office’s error name', async () => {
    const { host, standin } = setup({ selectedId: 'msg-01' });
    const bar = standin.office.context.mailbox.item as unknown as {
      notificationMessages: Record<string, unknown>;
    };
    bar.notificationMessages['replaceAsync'] = (
      _k: string,
      _d: unknown,
      cb: (r: unknown) => void,
    ) =>
      setTimeout(
        () =>
          cb({
            status: 'failed',
            error: { name: 'NumberOfNotificationMessagesExceeded', message: 'too many', code: 3 },
          }),
        0,
      );
    const error = await host.showInfoBar('x', 'informational').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MailHostError);
    expect(error).toMatchObject({ code: 'NumberOfNotificationMessagesExceeded' });
  });

  it('opens a reply form with the HTML', async () => {
    const { host, standin } = setup({ selectedId: 'msg-02' });
    await host.openReplyForm('<p>Vi har tagit emot ditt meddelande.</p>');
    expect(standin.forms()).toEqual([
      {
        kind: 'reply',
        itemId: 'msg-02',
        html: '<p>Vi har tagit emot ditt meddelande.</p>',
        to: ['person2@example.org'],
        subject: 'SV: Fråga 2 om bygglov',
      },
    ]);
  });

  it('falls back to displayReplyForm before Mailbox 1.9', async () => {
    const { host, standin } = setup({ selectedId: 'msg-02', mailboxVersion: '1.8' });
    await host.openReplyForm('<p>Hej</p>');
    expect(standin.forms()).toHaveLength(1);
  });

  it('rejects a reply form when no message is selected', async () => {
    await expect(setup().host.openReplyForm('<p>x</p>')).rejects.toMatchObject({ code: 'NoItem' });
  });

  it('opens a new message (the confidential acknowledgement)', async () => {
    const { host, standin } = setup({ selectedId: 'msg-02' });
    await host.openNewMessage({
      to: ['person2@example.org'],
      subject: 'Mottagningsbevis',
      html: '<p>Tack</p>',
    });
    expect(standin.forms()).toEqual([
      {
        kind: 'new',
        itemId: null,
        html: '<p>Tack</p>',
        to: ['person2@example.org'],
        subject: 'Mottagningsbevis',
      },
    ]);
  });

  it('saves and reads roaming settings; undefined removes', async () => {
    const { host, standin } = setup();
    expect(host.getSetting('prefs')).toBeUndefined();
    await host.setSetting('prefs', { signature: 'Anna' });
    expect(host.getSetting<{ signature: string }>('prefs')).toEqual({ signature: 'Anna' });
    expect(standin.roamingSettings()).toEqual({ prefs: { signature: 'Anna' } });
    await host.setSetting('prefs', undefined);
    expect(standin.roamingSettings()).toEqual({});
  });

  it('rejects when roaming settings cannot be saved', async () => {
    const { host } = setup();
    await expect(host.setSetting('big', 'x'.repeat(40_000))).rejects.toBeInstanceOf(MailHostError);
  });

  it('converts item ids to REST ids (identity in the stand-in)', () => {
    expect(setup().host.convertToRestId('msg-01')).toBe('msg-01');
  });
});
