import { describe, expect, it } from 'vitest';
import { createGraphStandin } from '../../playground/graph-standin/graphStandin.ts';
import type { GraphStandinOptions } from '../../playground/graph-standin/graphStandin.ts';
import { MAILBOX, OWNER, TOKEN_HEADERS } from './fixtures.ts';

const BASE = 'http://graph.test/v1.0';

function setup(options: Partial<GraphStandinOptions> = {}) {
  const standin = createGraphStandin({
    mailbox: MAILBOX,
    owner: OWNER,
    now: () => Date.UTC(2026, 11, 22, 9),
    ...options,
  });
  async function call(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = TOKEN_HEADERS,
  ) {
    const res = await standin.handle({
      method,
      url: path.startsWith('http') ? path : `${BASE}${path}`,
      headers,
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    // Graph answers are arbitrary JSON; the assertions below check their shape.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const json = res.body === '' ? undefined : (JSON.parse(res.body) as Record<string, any>);
    return { status: res.status, headers: res.headers, json };
  }
  return { standin, call };
}

const WET = 'W. Europe Standard Time';

describe('Graph stand-in: authentication', () => {
  it.each([
    ['no Authorization header', {}],
    ['an empty bearer', { authorization: 'Bearer ' }],
    ['a wrong token', { authorization: 'Bearer nope' }],
    ['Basic auth', { authorization: 'Basic YTpi' }],
  ])('answers 401 InvalidAuthenticationToken for %s', async (_case, headers) => {
    const { call } = setup();
    const res = await call('GET', '/me/mailboxSettings', undefined, headers);
    expect(res.status).toBe(401);
    expect(res.json?.error.code).toBe('InvalidAuthenticationToken');
    expect(res.json?.error.innerError['request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('Graph stand-in: mailbox settings', () => {
  it('returns only the $selected properties', async () => {
    const { call } = setup();
    const res = await call('GET', '/me/mailboxSettings?$select=automaticRepliesSetting,timeZone');
    expect(res.status).toBe(200);
    expect(Object.keys(res.json ?? {}).sort()).toEqual([
      '@odata.context',
      'automaticRepliesSetting',
      'timeZone',
    ]);
    expect(res.json?.automaticRepliesSetting.status).toBe('disabled');
    expect(res.json?.timeZone).toBe(WET);
  });

  it('stores a scheduled reply and reads the times back in UTC, as Graph does', async () => {
    const { call, standin } = setup();
    const res = await call('PATCH', '/me/mailboxSettings', {
      automaticRepliesSetting: {
        status: 'scheduled',
        externalAudience: 'all',
        scheduledStartDateTime: { dateTime: '2026-12-23T00:00:00', timeZone: WET },
        scheduledEndDateTime: { dateTime: '2027-06-29T00:00:00', timeZone: WET },
        internalReplyMessage: '<p>Intern</p>',
        externalReplyMessage: '<p>Extern</p>',
      },
    });
    expect(res.status).toBe(200);
    const back = await call('GET', '/me/mailboxSettings?$select=automaticRepliesSetting');
    expect(back.json?.automaticRepliesSetting).toMatchObject({
      status: 'scheduled',
      scheduledStartDateTime: { dateTime: '2026-12-22T23:00:00.0000000', timeZone: 'UTC' }, // winter: UTC+1
      scheduledEndDateTime: { dateTime: '2027-06-28T22:00:00.0000000', timeZone: 'UTC' }, // summer: UTC+2
      internalReplyMessage: '<p>Intern</p>',
    });
    expect(standin.state().automaticRepliesSetting['status']).toBe('scheduled');
  });

  it('merges a partial PATCH into the current setting', async () => {
    const { call } = setup();
    await call('PATCH', '/me/mailboxSettings', {
      automaticRepliesSetting: { status: 'alwaysEnabled', internalReplyMessage: 'A' },
    });
    await call('PATCH', '/me/mailboxSettings', {
      automaticRepliesSetting: { externalReplyMessage: 'B' },
    });
    const back = await call('GET', '/me/mailboxSettings');
    expect(back.json?.automaticRepliesSetting).toMatchObject({
      status: 'alwaysEnabled',
      internalReplyMessage: 'A',
      externalReplyMessage: 'B',
    });
  });

  const scheduled = (start: string, end: string, timeZone = WET) => ({
    automaticRepliesSetting: {
      status: 'scheduled',
      scheduledStartDateTime: { dateTime: start, timeZone },
      scheduledEndDateTime: { dateTime: end, timeZone },
    },
  });

  it.each<[string, unknown, string]>([
    ['invalid JSON', '{"automaticRepliesSetting":', 'RequestBodyRead'],
    ['an empty body', '', 'RequestBodyRead'],
    ['a JSON array', '[]', 'RequestBodyRead'],
    ['an unknown property', { outOfOffice: true }, 'RequestBodyRead'],
    [
      'an unknown nested property',
      { automaticRepliesSetting: { enabled: true } },
      'RequestBodyRead',
    ],
    ['a bad status', { automaticRepliesSetting: { status: 'on' } }, 'RequestBodyRead'],
    [
      'a bad audience',
      { automaticRepliesSetting: { externalAudience: 'everyone' } },
      'RequestBodyRead',
    ],
    [
      'a non-string message',
      { automaticRepliesSetting: { internalReplyMessage: 42 } },
      'RequestBodyRead',
    ],
    [
      'a dateTime without timeZone',
      { automaticRepliesSetting: { scheduledStartDateTime: { dateTime: '2026-12-23T00:00:00' } } },
      'RequestBodyRead',
    ],
    ['month 13', scheduled('2026-13-01T00:00:00', '2027-01-04T00:00:00'), 'ErrorInvalidRequest'],
    ['hour 25', scheduled('2026-12-23T25:00:00', '2027-01-04T00:00:00'), 'ErrorInvalidRequest'],
    ['a date-only dateTime', scheduled('2026-12-23', '2027-01-04T00:00:00'), 'ErrorInvalidRequest'],
    [
      'an unknown time zone',
      scheduled('2026-12-23T00:00:00', '2027-01-04T00:00:00', 'Mars/Olympus'),
      'ErrorInvalidRequest',
    ],
    [
      'end before start',
      scheduled('2027-01-04T00:00:00', '2026-12-23T00:00:00'),
      'ErrorInvalidScheduledOofDuration',
    ],
  ])('rejects %s with 400 %s and keeps the old setting', async (_case, body, code) => {
    const { call, standin } = setup();
    const before = standin.state().automaticRepliesSetting;
    const res = await call('PATCH', '/me/mailboxSettings', body);
    expect(res.status).toBe(400);
    expect(res.json?.error.code).toBe(code);
    expect(typeof res.json?.error.message).toBe('string');
    expect(standin.state().automaticRepliesSetting).toEqual(before);
  });

  it('accepts null schedule times when disabling and keeps the old schedule', async () => {
    const { call } = setup();
    await call('PATCH', '/me/mailboxSettings', {
      automaticRepliesSetting: {
        status: 'scheduled',
        scheduledStartDateTime: { dateTime: '2026-12-23T00:00:00', timeZone: 'UTC' },
        scheduledEndDateTime: { dateTime: '2026-12-30T00:00:00', timeZone: 'UTC' },
      },
    });
    const res = await call('PATCH', '/me/mailboxSettings', {
      automaticRepliesSetting: {
        status: 'disabled',
        scheduledStartDateTime: null,
        scheduledEndDateTime: null,
      },
    });
    expect(res.status).toBe(200);
    expect(res.json?.automaticRepliesSetting).toMatchObject({
      status: 'disabled',
      scheduledEndDateTime: { dateTime: '2026-12-30T00:00:00.0000000', timeZone: 'UTC' },
    });
  });

  it('seeds an existing autoreply on reset', async () => {
    const { call, standin } = setup();
    standin.reset({
      automaticRepliesSetting: { status: 'alwaysEnabled', internalReplyMessage: 'Gammal' },
    });
    const res = await call('GET', '/me/mailboxSettings');
    expect(res.json?.automaticRepliesSetting).toMatchObject({
      status: 'alwaysEnabled',
      internalReplyMessage: 'Gammal',
    });
  });
});

describe('Graph stand-in: message rules', () => {
  const redirect = (address: string, displayName = 'Svarsplikt: frånvaro t.o.m. 2027-01-04') => ({
    displayName,
    sequence: 1,
    isEnabled: true,
    actions: {
      redirectTo: [{ emailAddress: { name: 'Kollega', address } }],
      stopProcessingRules: false,
    },
    exceptions: { isAutomaticReply: true },
  });

  it('creates (201), lists, deletes (204) and then reports the rule gone (404)', async () => {
    const { call } = setup();
    const created = await call(
      'POST',
      '/me/mailFolders/inbox/messageRules',
      redirect('kollega@vaxjo.se'),
    );
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      displayName: 'Svarsplikt: frånvaro t.o.m. 2027-01-04',
      hasError: false,
      exceptions: { isAutomaticReply: true },
    });
    const id = String(created.json?.id);
    const list = await call('GET', '/me/mailFolders/inbox/messageRules');
    expect(list.json?.value.map((r: { id: string }) => r.id)).toEqual([id]);
    expect((await call('DELETE', `/me/mailFolders/inbox/messageRules/${id}`)).status).toBe(204);
    const again = await call('DELETE', `/me/mailFolders/inbox/messageRules/${id}`);
    expect(again.status).toBe(404);
    expect(again.json?.error.code).toBe('ErrorItemNotFound');
  });

  it.each([
    [
      'an external redirect when the org blocks it',
      redirect('privat@gmail.com'),
      'ErrorInboxRulesValidationError',
    ],
    ['a missing displayName', { actions: { markAsRead: true } }, 'ErrorInvalidRequest'],
    ['no actions', { displayName: 'x', actions: {} }, 'ErrorInvalidRequest'],
    ['an unknown action', { displayName: 'x', actions: { teleport: true } }, 'RequestBodyRead'],
    ['a malformed address', redirect('not-an-address'), 'ErrorInvalidRecipients'],
    ['a zero sequence', { ...redirect('kollega@vaxjo.se'), sequence: 0 }, 'RequestBodyRead'],
  ])('rejects %s (400 %s)', async (_case, body, code) => {
    const { call, standin } = setup();
    const res = await call('POST', '/me/mailFolders/inbox/messageRules', body);
    expect(res.status).toBe(400);
    expect(res.json?.error.code).toBe(code);
    expect(standin.state().rules).toHaveLength(0);
  });

  it('accepts a subdomain of the organisation, and external targets when forwarding is allowed', async () => {
    expect(
      (
        await setup().call(
          'POST',
          '/me/mailFolders/inbox/messageRules',
          redirect('a@skola.vaxjo.se'),
        )
      ).status,
    ).toBe(201);
    const open = setup({ externalForwardingBlocked: false });
    expect(
      (await open.call('POST', '/me/mailFolders/inbox/messageRules', redirect('privat@gmail.com')))
        .status,
    ).toBe(201);
  });
});

describe('Graph stand-in: messages', () => {
  it('pages the inbox newest first with @odata.nextLink until the end', async () => {
    const { call } = setup();
    const ids: string[] = [];
    let url: string | undefined =
      '/me/mailFolders/inbox/messages?$select=id,subject,receivedDateTime&$top=10';
    const pageSizes: number[] = [];
    while (url) {
      const res = await call('GET', url);
      expect(res.status).toBe(200);
      pageSizes.push(res.json?.value.length);
      ids.push(...(res.json?.value ?? []).map((m: { id: string }) => m.id));
      url = res.json?.['@odata.nextLink'];
      if (url) expect(url.startsWith(`${BASE}/me/mailFolders/inbox/messages?`)).toBe(true);
    }
    expect(pageSizes).toEqual([10, 10, 5]);
    expect(ids[0]).toBe('msg-25');
    expect(new Set(ids).size).toBe(25);
  });

  it('returns only $selected properties plus id and @odata.etag', async () => {
    const { call } = setup();
    const res = await call('GET', '/me/mailFolders/inbox/messages?$select=subject&$top=1');
    expect(Object.keys(res.json?.value[0]).sort()).toEqual(['@odata.etag', 'id', 'subject']);
  });

  it('leaves internetMessageHeaders out unless selected', async () => {
    const { call } = setup();
    const plain = await call('GET', '/me/messages/msg-01');
    expect(plain.json).not.toHaveProperty('internetMessageHeaders');
    const selected = await call(
      'GET',
      '/me/messages/msg-01?$select=receivedDateTime,internetMessageHeaders',
    );
    expect(selected.json?.internetMessageHeaders[0]).toEqual({
      name: 'Received',
      value: 'from mx.example.org by mail.vaxjo.se; Tue, 1 Dec 2026 01:00:00 +0000',
    });
  });

  it.each([
    [
      'an unknown $select property',
      '/me/mailFolders/inbox/messages?$select=nonsense',
      400,
      'RequestBroker--ParseUri',
    ],
    ['$top=0', '/me/mailFolders/inbox/messages?$top=0', 400, 'ErrorInvalidUrlQuery'],
    ['$top=1001', '/me/mailFolders/inbox/messages?$top=1001', 400, 'ErrorInvalidUrlQuery'],
    [
      'an unsupported filter',
      "/me/mailFolders/sentitems/messages?$filter=subject eq 'x'",
      400,
      'ErrorInvalidUrlQueryFilter',
    ],
    [
      'filter with orderby',
      "/me/mailFolders/sentitems/messages?$filter=conversationId eq 'a'&$orderby=sentDateTime desc",
      400,
      'InefficientFilter',
    ],
    ['an unknown message', '/me/messages/nope', 404, 'ErrorItemNotFound'],
    ['an unknown segment', '/me/calendars', 400, 'BadRequest'],
  ])('answers %s with %i %s', async (_case, path, status, code) => {
    const res = await setup().call('GET', path);
    expect(res.status).toBe(status);
    expect(res.json?.error.code).toBe(code);
  });

  it("finds the mailbox's replies in Sent Items by conversation (quotes escaped)", async () => {
    const { call } = setup();
    const filter = encodeURIComponent("conversationId eq 'AAQk''quoted='");
    const res = await call(
      'GET',
      `/me/mailFolders/sentitems/messages?$filter=${filter}&$select=sentDateTime`,
    );
    expect(res.json?.value).toHaveLength(1);
    const none = await call(
      'GET',
      `/me/mailFolders/sentitems/messages?$filter=${encodeURIComponent("conversationId eq 'AAQkconv1='")}`,
    );
    expect(none.json?.value).toHaveLength(0);
  });
});

describe('Graph stand-in: follow-up flags', () => {
  it('stores a flag with start and due in UTC and shows it in the message', async () => {
    const { call } = setup();
    const res = await call('PATCH', '/me/messages/msg-02', {
      flag: {
        flagStatus: 'flagged',
        startDateTime: { dateTime: '2026-12-22T08:00:00', timeZone: WET },
        dueDateTime: { dateTime: '2026-12-28T16:30:00', timeZone: WET },
      },
    });
    expect(res.status).toBe(200);
    expect(res.json?.flag).toEqual({
      flagStatus: 'flagged',
      startDateTime: { dateTime: '2026-12-22T07:00:00.0000000', timeZone: 'UTC' },
      dueDateTime: { dateTime: '2026-12-28T15:30:00.0000000', timeZone: 'UTC' },
    });
    const listed = await call('GET', '/me/mailFolders/inbox/messages?$select=flag&$top=50');
    expect(listed.json?.value.find((m: { id: string }) => m.id === 'msg-02').flag.flagStatus).toBe(
      'flagged',
    );
  });

  it('rejects a due date without a start date (400), as documented', async () => {
    const res = await setup().call('PATCH', '/me/messages/msg-02', {
      flag: {
        flagStatus: 'flagged',
        dueDateTime: { dateTime: '2026-12-28T16:30:00', timeZone: WET },
      },
    });
    expect(res.status).toBe(400);
    expect(res.json?.error.code).toBe('ErrorInvalidRequest');
  });

  it('completes a flag with a completedDateTime', async () => {
    const res = await setup().call('PATCH', '/me/messages/msg-02', {
      flag: { flagStatus: 'complete' },
    });
    expect(res.json?.flag).toEqual({
      flagStatus: 'complete',
      completedDateTime: { dateTime: '2026-12-22T09:00:00.0000000', timeZone: 'UTC' },
    });
  });
});

describe('Graph stand-in: faults', () => {
  it('injects a 429 with Retry-After for the given times, then serves normally', async () => {
    const { call, standin } = setup();
    standin.injectFault({ path: '/me/mailboxSettings', status: 429, retryAfter: 2, times: 2 });
    for (let i = 0; i < 2; i += 1) {
      const res = await call('GET', '/me/mailboxSettings');
      expect(res.status).toBe(429);
      expect(res.headers['Retry-After']).toBe('2');
      expect(res.json?.error.code).toBe('ApplicationThrottled');
    }
    expect((await call('GET', '/me/mailboxSettings')).status).toBe(200);
  });

  it.each([
    [403, 'ErrorAccessDenied'],
    [500, 'UnknownError'],
    [503, 'ServiceUnavailable'],
  ])('injects %i with Graph code %s only for the matching method', async (status, code) => {
    const { call, standin } = setup();
    standin.injectFault({ path: '/me/mailboxSettings', method: 'PATCH', status });
    expect((await call('GET', '/me/mailboxSettings')).status).toBe(200);
    const res = await call('PATCH', '/me/mailboxSettings', {
      automaticRepliesSetting: { status: 'disabled' },
    });
    expect(res.status).toBe(status);
    expect(res.json?.error.code).toBe(code);
  });

  it("a fault in the 'after' phase changes the state but loses the answer", async () => {
    const { call, standin } = setup();
    standin.injectFault({
      path: '/me/mailFolders/inbox/messageRules',
      method: 'POST',
      status: 0,
      phase: 'after',
    });
    const res = await call('POST', '/me/mailFolders/inbox/messageRules', {
      displayName: 'x',
      actions: { markAsRead: true },
    });
    expect(res.status).toBe(0);
    expect(standin.state().rules).toHaveLength(1);
  });

  it('answers 429 ApplicationThrottled beyond 4 concurrent requests', async () => {
    const { call, standin } = setup({ latencyMs: 20 });
    const results = await Promise.all(
      Array.from({ length: 6 }, () => call('GET', '/me/mailboxSettings')),
    );
    expect(results.filter((r) => r.status === 429)).toHaveLength(2);
    expect(standin.state().maxInFlight).toBe(6);
  });
});
