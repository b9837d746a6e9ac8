import { afterEach, describe, expect, it } from 'vitest';
import {
  automaticRepliesDiff,
  createGraphApi,
  scheduledReplies,
} from '../../../addin/src/host/graph/graphApi.ts';
import type { AutomaticReplies, GraphApi } from '../../../addin/src/host/graph/graphApi.ts';
import type { GraphClient } from '../../../addin/src/host/graph/graphClient.ts';
import { isExternalForwardingBlocked } from '../../../addin/src/host/graph/graphError.ts';
import { rejection } from './graphRejection.ts';
import { startGraphStandinServer } from '../../../playground/graph-standin/server.ts';
import type { GraphStandinServer } from '../../../playground/graph-standin/server.ts';
import { MAILBOX, OWNER } from '../../standins/fixtures.ts';

const WET = 'W. Europe Standard Time';
let server: GraphStandinServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(now?: () => number): Promise<{ api: GraphApi; running: GraphStandinServer }> {
  server = await startGraphStandinServer({
    mailbox: MAILBOX,
    owner: OWNER,
    ...(now ? { now } : {}),
  });
  const api = createGraphApi({
    baseUrl: server.baseUrl,
    getToken: async () => 'svarsplikt-standin-token',
    sleep: async () => {},
  });
  return { api, running: server };
}

const christmas = scheduledReplies({
  start: { dateTime: '2026-12-23T00:00:00', timeZone: WET },
  end: { dateTime: '2027-01-07T00:00:00', timeZone: WET },
  internalHtml: '<p>Jag är tillbaka 7 januari.</p>',
  externalHtml: '<p>Jag är tillbaka 7 januari. / Back on 7 January.</p>',
});

describe('automatic replies', () => {
  it('PATCHes a scheduled reply, reads it back (in UTC) and accepts it as the same', async () => {
    const { api, running } = await setup();
    const actual = await api.setAutomaticReplies(christmas);
    expect(actual.status).toBe('scheduled');
    expect(actual.scheduledStartDateTime).toEqual({
      dateTime: '2026-12-22T23:00:00.0000000',
      timeZone: 'UTC',
    });
    expect(running.standin.state().automaticRepliesSetting).toMatchObject({
      status: 'scheduled',
      externalAudience: 'all',
    });
    const read = await api.getAutomaticReplies();
    expect(read.timeZone).toBe(WET);
    expect(read.setting.externalReplyMessage).toContain('Back on 7 January');
  });

  it('restores a backup (disabling) the same way', async () => {
    const { api } = await setup();
    const { setting: backup } = await api.getAutomaticReplies();
    await api.setAutomaticReplies(christmas);
    const restored = await api.setAutomaticReplies(backup);
    expect(restored.status).toBe('disabled');
  });

  it('rejects with ReadBackMismatch when Graph kept something else', async () => {
    const stale: AutomaticReplies = { ...christmas, status: 'disabled' };
    const client: GraphClient = {
      request: async () => ({}) as never,
      get: async <T>() => ({ automaticRepliesSetting: stale, timeZone: WET }) as T,
      post: async <T>() => ({}) as T,
      patch: async <T>() => ({}) as T,
      delete: async () => {},
    };
    const error = await rejection(createGraphApi({ client }).setAutomaticReplies(christmas));
    expect(error).toMatchObject({ status: 0, code: 'ReadBackMismatch' });
    expect(error.detail).toEqual(['status']);
  });

  it('passes Graph 400s through for a bad date', async () => {
    const { api } = await setup();
    const bad = {
      ...christmas,
      scheduledEndDateTime: { dateTime: '2027-02-30T00:00:00', timeZone: WET },
    };
    expect(await rejection(api.setAutomaticReplies(bad))).toMatchObject({
      status: 400,
      code: 'ErrorInvalidRequest',
    });
  });

  it.each<[string, Partial<AutomaticReplies>, string[]]>([
    ['nothing', {}, []],
    ['the status', { status: 'alwaysEnabled' }, ['status']],
    [
      'the end time',
      { scheduledEndDateTime: { dateTime: '2027-01-08T00:00:00', timeZone: WET } },
      ['scheduledEndDateTime'],
    ],
    ['an emptied message', { internalReplyMessage: '' }, ['internalReplyMessage']],
    [
      'the same end in UTC',
      { scheduledEndDateTime: { dateTime: '2027-01-06T23:00:00.0000000', timeZone: 'UTC' } },
      [],
    ],
  ])('automaticRepliesDiff notices %s', (_case, change, expected) => {
    expect(automaticRepliesDiff(christmas, { ...christmas, ...change })).toEqual(expected);
  });
});

describe('redirect rule', () => {
  const colleague = { name: 'Bo Ek', address: 'bo.ek@vaxjo.se' };

  it('is created once: a retry finds it instead of duplicating', async () => {
    const { api, running } = await setup();
    const first = await api.ensureRedirectRule({
      name: 'frånvaro',
      to: colleague,
      until: '2027-01-06',
    });
    const second = await api.ensureRedirectRule({
      name: 'frånvaro',
      to: colleague,
      until: '2027-01-06',
    });
    expect(first.created).toBe(true);
    expect(second).toEqual({ rule: first.rule, created: false });
    const rules = running.standin.state().rules;
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({
      displayName: 'Svarsplikt: frånvaro t.o.m. 2027-01-06',
      actions: { redirectTo: [{ emailAddress: { address: 'bo.ek@vaxjo.se' } }] },
      exceptions: { isAutomaticReply: true },
    });
    expect(first.rule).toMatchObject({ to: 'bo.ek@vaxjo.se', until: '2027-01-06' });
  });

  it.each([
    [503, 'ServiceUnavailable'],
    [504, 'GatewayTimeout'],
    [0, 'lost connection'],
  ])('does not duplicate when Graph created the rule and then answered %i (%s)', async (status) => {
    const { api, running } = await setup();
    running.standin.injectFault({
      path: '/me/mailFolders/inbox/messageRules',
      method: 'POST',
      status,
      phase: 'after',
    });
    const first = await api.ensureRedirectRule({
      name: 'frånvaro',
      to: colleague,
      until: '2027-01-06',
    });
    expect(first.created).toBe(true);
    expect(first.rule.displayName).toBe('Svarsplikt: frånvaro t.o.m. 2027-01-06');
    expect(running.standin.state().rules).toHaveLength(1);
    const again = await api.ensureRedirectRule({
      name: 'frånvaro',
      to: colleague,
      until: '2027-01-06',
    });
    expect(again).toEqual({ rule: first.rule, created: false });
    expect(running.standin.state().rules).toHaveLength(1);
  });

  it.each([503, 504])(
    'sends the creating POST once and reports %i when Graph did not create the rule',
    async (status) => {
      const { api, running } = await setup();
      running.standin.injectFault({
        path: '/me/mailFolders/inbox/messageRules',
        method: 'POST',
        status,
      });
      const error = await rejection(
        api.ensureRedirectRule({ name: 'frånvaro', to: colleague, until: '2027-01-06' }),
      );
      expect(error.status).toBe(status);
      expect(running.standin.state().rules).toHaveLength(0);
      const retry = await api.ensureRedirectRule({
        name: 'frånvaro',
        to: colleague,
        until: '2027-01-06',
      });
      expect(retry.created).toBe(true);
      expect(running.standin.state().rules).toHaveLength(1);
    },
  );

  it('replaces its own rule for new dates and never touches the user’s rules', async () => {
    const { api, running } = await setup();
    running.standin.reset({
      rules: [{ displayName: 'Nyhetsbrev till mapp', sequence: 1, actions: { markAsRead: true } }],
    });
    await api.ensureRedirectRule({ name: 'frånvaro', to: colleague, until: '2027-01-06' });
    const moved = await api.ensureRedirectRule({
      name: 'frånvaro',
      to: colleague,
      until: '2027-01-13',
    });
    expect(moved.created).toBe(true);
    const names = running.standin.state().rules.map((r) => r['displayName']);
    expect(names.sort()).toEqual([
      'Nyhetsbrev till mapp',
      'Svarsplikt: frånvaro t.o.m. 2027-01-13',
    ]);
    expect((await api.findRedirectRule())?.until).toBe('2027-01-13');
    expect(await api.removeRedirectRules()).toBe(1);
    expect(running.standin.state().rules.map((r) => r['displayName'])).toEqual([
      'Nyhetsbrev till mapp',
    ]);
    expect(await api.findRedirectRule()).toBeNull();
  });

  it('reports external forwarding blocked by the organisation', async () => {
    const { api, running } = await setup();
    const error = await rejection(
      api.ensureRedirectRule({
        name: 'frånvaro',
        to: { address: 'anna@gmail.com' },
        until: '2027-01-06',
      }),
    );
    expect(error.status).toBe(400);
    expect(isExternalForwardingBlocked(error)).toBe(true);
    expect(running.standin.state().rules).toHaveLength(0);
  });

  it.each<[string, string, boolean]>([
    [
      'ErrorInboxRulesValidationError',
      'A validation error occurred while executing the rule operation. 550 5.7.520 Access denied, Your organization does not allow external forwarding.',
      true,
    ],
    [
      'ErrorInboxRulesValidationError',
      'A validation error occurred while executing the rule operation.',
      false,
    ],
    ['ErrorInvalidRecipients', "The recipient address 'x' is not valid.", false],
  ])('isExternalForwardingBlocked(%s: %s) → %s', (code, message, expected) => {
    const error = Object.assign(new Error(message), { name: 'GraphError', status: 400, code });
    expect(isExternalForwardingBlocked(error)).toBe(expected);
  });

  it('treats deleting a rule that is already gone as done', async () => {
    const { api } = await setup();
    await expect(api.deleteRule('AQAAAJ9999=')).resolves.toBeUndefined();
  });
});

describe('messages', () => {
  it('pages through the inbox with nextPageUrl', async () => {
    const { api } = await setup();
    const ids: string[] = [];
    let page = await api.listInboxPage({ top: 10 });
    ids.push(...page.messages.map((m) => m.id));
    while (page.nextPageUrl) {
      page = await api.listInboxPage({ pageUrl: page.nextPageUrl });
      ids.push(...page.messages.map((m) => m.id));
    }
    expect(ids).toHaveLength(25);
    expect(new Set(ids).size).toBe(25);
    const first = (await api.listInboxPage({ top: 1 })).messages[0];
    expect(first).toEqual({
      id: 'msg-25',
      subject: 'Fråga 25 om bygglov',
      from: { name: 'Medborgare 25', address: 'person25@example.org' },
      receivedDateTime: '2026-12-02T09:00:00Z',
      conversationId: 'AAQkconv25=',
      isRead: false,
      flag: { flagStatus: 'notFlagged' },
      internetHeaders: expect.stringMatching(/^Received: /),
    });
  });

  it('lists the headers with each message, in one request per page', async () => {
    const { api, running } = await setup();
    running.standin.resetStats();
    const { messages } = await api.listInboxPage({ top: 25 });
    expect(running.standin.state().requests).toBe(1);
    const single = await api.getMessage('msg-04');
    expect(messages.find((m) => m.id === 'msg-04')?.internetHeaders).toBe(single.internetHeaders);
    expect(messages.every((m) => m.internetHeaders?.startsWith('Received: '))).toBe(true);
  });

  it('gets a message with its headers as a raw block', async () => {
    const { api } = await setup();
    const message = await api.getMessage('msg-04');
    expect(
      message.internetHeaders?.startsWith(
        'Received: from mx.example.org by mail.vaxjo.se; Tue, 1 Dec 2026 04:00:00 +0000\r\n',
      ),
    ).toBe(true);
    expect(message.internetMessageHeaders?.find((h) => h.name === 'Message-ID')?.value).toBe(
      '<msg-04@example.org>',
    );
  });

  it('rejects an unknown message with 404 ErrorItemNotFound', async () => {
    const { api } = await setup();
    expect(await rejection(api.getMessage('gone'))).toMatchObject({
      status: 404,
      code: 'ErrorItemNotFound',
    });
  });

  it.each([
    ['an answered conversation, reply after receipt', 'AAQkconv3=', '2026-12-01T11:00:00Z', true],
    [
      'an answered conversation, asking after the reply',
      'AAQkconv3=',
      '2026-12-01T12:30:00Z',
      false,
    ],
    ['an unanswered conversation', 'AAQkconv4=', '2026-12-01T00:00:00Z', false],
    ['a conversation id with a quote', "AAQk'quoted=", '2026-12-01T00:00:00Z', true],
  ])('hasReplyAfter: %s', async (_case, conversationId, after, expected) => {
    const { api } = await setup();
    expect(await api.hasReplyAfter(conversationId, after)).toBe(expected);
  });

  it('a sent kvittens is not the answer; a real reply after it is', async () => {
    // msg-04 (conversation 4) arrives 2026-12-01T12:00Z, unanswered.
    let clock = Date.parse('2026-12-01T13:00:00Z');
    const { api, running } = await setup(() => clock);
    const received = '2026-12-01T12:00:00Z';
    // A kvittens drafted through Graph carries the marker, so it needs no record.
    const kvittens = await api.createReplyDraft('msg-04', '<p>Kvittens</p>', 'kvittens');
    clock += 90_000;
    await running.standin.handle({
      method: 'POST',
      url: `${running.baseUrl}/me/messages/${kvittens.id}/send`,
      headers: { authorization: 'Bearer svarsplikt-standin-token' },
    });
    expect(await api.hasReplyAfter('AAQkconv4=', received)).toBe(false);
    // A plain reply the user writes later is the answer.
    clock += 86_400_000;
    const reply = await running.standin.handle({
      method: 'POST',
      url: `${running.baseUrl}/me/messages/msg-04/createReply`,
      headers: { authorization: 'Bearer svarsplikt-standin-token' },
      body: JSON.stringify({ comment: 'Svar' }),
    });
    const replyId = (JSON.parse(reply.body) as { id: string }).id;
    await running.standin.handle({
      method: 'POST',
      url: `${running.baseUrl}/me/messages/${replyId}/send`,
      headers: { authorization: 'Bearer svarsplikt-standin-token' },
    });
    expect(await api.hasReplyAfter('AAQkconv4=', received)).toBe(true);
  });

  it('an unmarked kvittens counts only when the record does not name it', async () => {
    let clock = Date.parse('2026-12-01T13:00:00Z');
    const { api, running } = await setup(() => clock);
    const ackOpened = clock;
    const res = await running.standin.handle({
      method: 'POST',
      url: `${running.baseUrl}/me/messages/msg-04/createReply`,
      headers: { authorization: 'Bearer svarsplikt-standin-token' },
      body: JSON.stringify({ comment: 'Tack, vi återkommer' }),
    });
    clock += 60_000;
    await running.standin.handle({
      method: 'POST',
      url: `${running.baseUrl}/me/messages/${(JSON.parse(res.body) as { id: string }).id}/send`,
      headers: { authorization: 'Bearer svarsplikt-standin-token' },
    });
    expect(await api.hasReplyAfter('AAQkconv4=', '2026-12-01T12:00:00Z')).toBe(true);
    expect(await api.hasReplyAfter('AAQkconv4=', '2026-12-01T12:00:00Z', [ackOpened])).toBe(false);
  });

  it('forwards with a comment (202) and the copy in Sent Items is no answer once recorded', async () => {
    const at = Date.parse('2026-12-01T13:00:00Z');
    const { api, running } = await setup(() => at);
    await api.forwardMessage(
      'msg-04',
      { name: 'Kontaktcenter', address: 'kontaktcenter@vaxjo.se' },
      'Inte mitt ärende',
    );
    const fwd = running.standin.state().sentItems.at(-1);
    expect(fwd).toMatchObject({
      conversationId: 'AAQkconv4=',
      subject: 'VB: Fråga 4 om bygglov',
      to: ['kontaktcenter@vaxjo.se'],
      html: 'Inte mitt ärende',
    });
    expect(await api.hasReplyAfter('AAQkconv4=', '2026-12-01T12:00:00Z', [at])).toBe(false);
  });

  it('refuses a forward without recipients and one of an unknown message', async () => {
    const { api, running } = await setup();
    expect(
      await rejection(api.forwardMessage('msg-04', { address: 'not-an-address' }, '')),
    ).toMatchObject({ status: 400, code: 'ErrorInvalidRecipients' });
    expect(
      await rejection(api.forwardMessage('gone', { address: 'kc@vaxjo.se' }, '')),
    ).toMatchObject({ status: 404 });
    expect(running.standin.state().sentItems.filter((m) => m.subject.startsWith('VB:'))).toEqual(
      [],
    );
  });

  it('creates a marked reply draft with our HTML and never sends it', async () => {
    const { api, running } = await setup();
    const draft = await api.createReplyDraft(
      'msg-05',
      '<p>Vi har skickat det vidare</p>',
      'notice',
    );
    const [stored] = running.standin.state().drafts;
    expect(stored).toMatchObject({
      id: draft.id,
      replyTo: 'msg-05',
      conversationId: 'AAQkconv5=',
      to: ['person5@example.org'],
      html: '<p>Vi har skickat det vidare</p>',
    });
    expect(Object.values(stored?.properties ?? {})).toEqual(['notice']);
    expect(running.standin.state().sentItems.some((m) => m.id === draft.id)).toBe(false);
  });

  it('lists Sent Items since an instant, newest first, with the marker', async () => {
    const { api } = await setup();
    const sent = await api.listSentSince('2026-12-01T00:00:00Z');
    expect(sent.map((m) => m.conversationId)).toEqual(["AAQk'quoted=", 'AAQkconv3=']);
    expect(sent.every((m) => !m.ours)).toBe(true);
    expect(await api.listSentSince('2026-12-01T16:00:00Z')).toHaveLength(1);
  });

  it('flags with a due date, completes and clears', async () => {
    const { api, running } = await setup();
    const due = { dateTime: '2026-12-28T16:30:00', timeZone: WET };
    const flagged = await api.setFollowUpFlag('msg-05', due);
    expect(flagged).toEqual({
      flagStatus: 'flagged',
      startDateTime: { dateTime: '2026-12-28T15:30:00.0000000', timeZone: 'UTC' },
      dueDateTime: { dateTime: '2026-12-28T15:30:00.0000000', timeZone: 'UTC' },
    });
    expect((await api.setFollowUpFlag('msg-05', 'complete')).flagStatus).toBe('complete');
    expect(await api.setFollowUpFlag('msg-05', 'notFlagged')).toEqual({ flagStatus: 'notFlagged' });
    expect(running.standin.state().flags['msg-05']).toEqual({ flagStatus: 'notFlagged' });
  });

  it('passes a start date through', async () => {
    const { api } = await setup();
    const flag = await api.setFollowUpFlag(
      'msg-05',
      { dateTime: '2026-12-28T16:30:00', timeZone: WET },
      { dateTime: '2026-12-22T08:00:00', timeZone: WET },
    );
    expect(flag.startDateTime).toEqual({
      dateTime: '2026-12-22T07:00:00.0000000',
      timeZone: 'UTC',
    });
  });
});

describe('the duty record on a message', () => {
  it('PATCHes it with the flag due date and reads it back on the message and the inbox list', async () => {
    const { api } = await setup();
    expect((await api.getMessage('msg-05')).dutyRecord).toBeUndefined();
    const record = '{"v":1,"ack":{"at":1766394900000,"promised":"2027-01-05"}}';
    const due = { dateTime: '2027-01-05T16:30:00', timeZone: WET };
    await api.writeDutyRecord('msg-05', record, due);
    const message = await api.getMessage('msg-05');
    expect(message.dutyRecord).toBe(record);
    expect(message.flag.flagStatus).toBe('flagged');
    expect(message.flag.dueDateTime?.dateTime).toMatch(/^2027-01-05T1[56]:30:00/);
    let listed = await api.listInboxPage({ top: 50 });
    const all = [...listed.messages];
    while (listed.nextPageUrl) {
      listed = await api.listInboxPage({ pageUrl: listed.nextPageUrl });
      all.push(...listed.messages);
    }
    expect(all.find((m) => m.id === 'msg-05')?.dutyRecord).toBe(record);
    expect(all.filter((m) => m.dutyRecord !== undefined)).toHaveLength(1);
  });

  it('a record on a message that is gone is refused as Graph does', async () => {
    const { api } = await setup();
    expect(await rejection(api.writeDutyRecord('gone', '{}'))).toMatchObject({ status: 404 });
  });
});
