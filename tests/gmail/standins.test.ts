/** The stand-ins behave like the Apps Script services where the add-on depends on it. */
import { describe, expect, test } from 'vitest';
import { DEMO_MESSAGES, DEMO_OWNER } from '../../playground/demo-mailbox.ts';
import {
  createAppsScriptGlobals,
  createGmailWorld,
  discardDraft,
  sendDraft,
} from '../../playground/gmail/standins/gmailWorld.ts';
import { createRecordingCardService } from '../../playground/gmail/standins/recordingCardService.ts';

function globals(messages = DEMO_MESSAGES) {
  const world = createGmailWorld({ owner: DEMO_OWNER, messages });
  return { world, ...createAppsScriptGlobals(world) };
}

describe('Gmail advanced service stand-in', () => {
  test('messages: int64 as decimal strings, headers in payload, unknown ids not found', () => {
    const { Gmail } = globals();
    const m = Gmail.Users.Messages.get('me', 'demo-01', { format: 'metadata' });
    expect(m.internalDate).toBe(String(Date.parse('2026-12-22T07:30:14Z')));
    expect(m.payload?.headers?.some((h) => h.name === 'Subject')).toBe(true);
    const minimal = Gmail.Users.Messages.get('me', 'demo-01', { format: 'minimal' });
    expect('payload' in minimal).toBe(false);
    expect(() => Gmail.Users.Messages.get('me', 'nope', {})).toThrow(
      /Requested entity was not found/,
    );
    expect(() => Gmail.Users.Messages.get('someone@else.se', 'demo-01', {})).toThrow(
      /Delegation denied/,
    );
  });

  test('format=raw: the whole message as base64url and no payload, with its size', () => {
    const { Gmail } = globals();
    const m = Gmail.Users.Messages.get('me', 'demo-01', { format: 'raw' });
    expect('payload' in m).toBe(false);
    expect(typeof m.raw).toBe('string');
    expect(m.raw).toMatch(/^[A-Za-z0-9_-]+$/);
    const text = Buffer.from(String(m.raw), 'base64url').toString('utf8');
    expect(text).toMatch(/\r\nSubject: Förskoleplats för vår son från februari\r\n/);
    expect(text).toMatch(/\r\n\r\nHej!\r\n\r\nVi har flyttat/);
    expect(m.sizeEstimate).toBe(Buffer.byteLength(text));
  });

  test('messages.send: the sent Message back, or the error the advanced service throws', () => {
    const { Gmail, world } = globals();
    const raw = (text: string) => Buffer.from(text).toString('base64url');
    expect(() => Gmail.Users.Messages.send({ raw: '' }, 'me')).toThrow(
      /gmail\.users\.messages\.send failed with error: 'raw' RFC822 payload/,
    );
    expect(() => Gmail.Users.Messages.send({ raw: 'ä' }, 'me')).toThrow(/TYPE_BYTES/);
    expect(() => Gmail.Users.Messages.send({ raw: raw('Subject: x\r\n\r\nhej') }, 'me')).toThrow(
      /Recipient address required/,
    );
    expect(() =>
      Gmail.Users.Messages.send({ raw: raw('To: nej\r\nSubject: x\r\n\r\nhej') }, 'me'),
    ).toThrow(/Invalid To header/);
    expect(() =>
      Gmail.Users.Messages.send({ raw: raw('To: a@vaxjo.se\r\n\r\nx') }, 'someone@else.se'),
    ).toThrow(/Delegation denied/);
    const sent = Gmail.Users.Messages.send(
      { raw: raw('To: Kontaktcenter <kontaktcenter@vaxjo.se>\r\nSubject: Fwd: x\r\n\r\nhej') },
      'me',
    );
    expect(sent).toEqual({
      id: expect.any(String),
      threadId: expect.any(String),
      labelIds: ['SENT'],
    });
    expect(world.sentByApi).toEqual([
      expect.objectContaining({ id: sent.id, to: 'Kontaktcenter <kontaktcenter@vaxjo.se>' }),
    ]);
    expect(world.messages.find((m) => m.id === sent.id)?.labelIds).toEqual(['SENT']);
  });

  test('a draft is a DRAFT message in its thread until it is sent or discarded', () => {
    const { GmailApp, Gmail, world } = globals();
    GmailApp.setCurrentMessageAccessToken('t');
    const draft = GmailApp.getMessageById('demo-01')?.createDraftReply('Tack!', { htmlBody: '' });
    const labelsIn = () =>
      (Gmail.Users.Threads.get('me', 'AAQkADdemo01', { format: 'minimal' }).messages ?? []).map(
        (m) => m.labelIds,
      );
    expect(labelsIn()).toContainEqual(['DRAFT']);
    expect(draft?.getMessageId()).toBe(world.drafts[0]?.messageId);
    sendDraft(world, draft?.getId() ?? '');
    expect(labelsIn()).not.toContainEqual(['DRAFT']);
    expect(labelsIn()).toContainEqual(['SENT']);
    const second = GmailApp.getMessageById('demo-01')?.createDraftReply('Nej', { htmlBody: '' });
    discardDraft(world, second?.getId() ?? '');
    expect(labelsIn()).not.toContainEqual(['DRAFT']);
    expect(world.drafts).toHaveLength(0);
  });

  test('threads page by token, newest first; an empty list has no threads field', () => {
    const { Gmail } = globals();
    const first = Gmail.Users.Threads.list('me', { labelIds: ['INBOX'], maxResults: 4 });
    expect(first.threads).toHaveLength(4);
    expect(first.threads?.[0]?.id).toBe('AAQkADdemo01');
    const second = Gmail.Users.Threads.list('me', {
      labelIds: ['INBOX'],
      maxResults: 4,
      pageToken: first.nextPageToken,
    });
    expect(second.threads?.[0]?.id).not.toBe(first.threads?.[0]?.id);
    const empty = Gmail.Users.Threads.list('me', { labelIds: ['STARRED'] });
    expect('threads' in empty).toBe(false);
  });

  test('an answered demo message has the owner’s SENT reply in its thread', () => {
    const answered = DEMO_MESSAGES.find((m) => m.answeredAt !== undefined);
    const { Gmail } = globals();
    const thread = Gmail.Users.Threads.get('me', answered?.conversationId ?? '', {
      format: 'metadata',
    });
    expect(thread.messages?.map((m) => m.labelIds?.includes('SENT'))).toEqual([false, true]);
  });

  test('settings: no forwarding addresses → {}; a filter may only forward to an accepted one', () => {
    const { Gmail, world } = globals([]);
    expect(Gmail.Users.Settings.ForwardingAddresses.list('me')).toEqual({});
    world.forwardingAddresses.push({
      forwardingEmail: 'x@vaxjo.se',
      verificationStatus: 'pending',
    });
    expect(() =>
      Gmail.Users.Settings.Filters.create(
        { criteria: { query: 'deliveredto:me' }, action: { forward: 'x@vaxjo.se' } },
        'me',
      ),
    ).toThrow(/Invalid forwarding address/);
    expect(() => Gmail.Users.Settings.Filters.remove('me', 'nope')).toThrow(/not found/);
  });

  test('labels: duplicates refused; modify refuses unknown label ids', () => {
    const { Gmail } = globals();
    const label = Gmail.Users.Labels.create({ name: 'Svarsplikt' }, 'me');
    expect(() => Gmail.Users.Labels.create({ name: 'svarsplikt' }, 'me')).toThrow(/exists/);
    expect(() =>
      Gmail.Users.Threads.modify({ addLabelIds: ['Label_999'] }, 'me', 'AAQkADdemo01'),
    ).toThrow(/Invalid label/);
    Gmail.Users.Threads.modify({ addLabelIds: [label.id] }, 'me', 'AAQkADdemo01');
    expect(Gmail.Users.Messages.get('me', 'demo-01', { format: 'minimal' }).labelIds).toContain(
      label.id,
    );
  });

  test('injected failures throw the given message', () => {
    const { Gmail, world } = globals();
    world.failures.set('gmail.users.getProfile', 'Service invoked too many times');
    expect(() => Gmail.Users.getProfile('me')).toThrow('Service invoked too many times');
  });
});

describe('GmailApp, PropertiesService stand-ins', () => {
  test('GmailApp needs the per-message access token', () => {
    const { GmailApp } = globals();
    expect(() => GmailApp.getMessageById('demo-01')).toThrow(/Missing access token/);
    GmailApp.setCurrentMessageAccessToken('t');
    expect(GmailApp.getMessageById('demo-01')?.getId()).toBe('demo-01');
    expect(GmailApp.getMessageById('nope')).toBeNull();
  });

  test('a property value over 9 kB is refused', () => {
    const { PropertiesService } = globals([]);
    const props = PropertiesService.getUserProperties();
    expect(() => props.setProperty('k', 'x'.repeat(9 * 1024 + 1))).toThrow(/too large/);
    // The limit is on UTF-8 bytes: 'å' takes two.
    expect(() => props.setProperty('k', 'å'.repeat(4700))).toThrow(/too large/);
    props.setProperty('k', 'x'.repeat(9 * 1024));
    props.setProperty('k', 'v');
    expect(props.getProperty('k')).toBe('v');
    expect(props.getProperty('missing')).toBeNull();
  });
});

describe('recording CardService', () => {
  const cs = () =>
    createRecordingCardService().service as Record<string, () => Record<string, CallableFunction>>;
  test('a button needs exactly one action', () => {
    const service = cs();
    const section = (service['newCardSection'] as () => Record<string, CallableFunction>)();
    const button = service['newTextButton']?.();
    button?.['setText']?.('A');
    section['addWidget']?.(service['newButtonSet']?.()['addButton']?.(button));
    const card = service['newCardBuilder']?.();
    card?.['addSection']?.(section);
    expect(() => card?.['build']?.()).toThrow(/exactly one action/);
  });

  test('action parameters must be strings', () => {
    const action = cs()['newAction']?.();
    expect(() => action?.['setParameters']?.({ page: 2 })).toThrow(/expected a string/);
  });
});
