import { afterEach, describe, expect, it } from 'vitest';
import { createGraphClient, retryAfterMs } from '../../../addin/src/host/graph/graphClient.ts';
import type { GraphClientOptions, RetryInfo } from '../../../addin/src/host/graph/graphClient.ts';
import { GraphError } from '../../../addin/src/host/graph/graphError.ts';
import { rejection } from './graphRejection.ts';
import { startGraphStandinServer } from '../../../playground/graph-standin/server.ts';
import type { GraphStandinServer } from '../../../playground/graph-standin/server.ts';
import type { GraphStandinOptions } from '../../../playground/graph-standin/graphStandin.ts';
import { MAILBOX, OWNER } from '../../standins/fixtures.ts';

const TOKEN = 'svarsplikt-standin-token';
let server: GraphStandinServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(
  standinOptions: Partial<GraphStandinOptions> = {},
  clientOptions: Partial<GraphClientOptions> = {},
) {
  server = await startGraphStandinServer({ mailbox: MAILBOX, owner: OWNER, ...standinOptions });
  const waits: number[] = [];
  const retries: RetryInfo[] = [];
  const client = createGraphClient({
    baseUrl: server.baseUrl,
    getToken: async () => TOKEN,
    sleep: async (ms) => {
      waits.push(ms);
    },
    onRetry: (info) => retries.push(info),
    ...clientOptions,
  });
  return { server, standin: server.standin, client, waits, retries };
}

describe('retryAfterMs', () => {
  it.each<[string | null, number | undefined]>([
    [null, undefined],
    ['', undefined],
    ['5', 5000],
    ['0', 0],
    ['1.5', 1500],
    ['Tue, 22 Dec 2026 09:00:10 GMT', 10_000],
    ['soon', undefined],
  ])('Retry-After %j → %j ms', (header, expected) => {
    expect(retryAfterMs(header, Date.UTC(2026, 11, 22, 9, 0, 0))).toBe(expected);
  });
});

describe('createGraphClient against the Graph stand-in over HTTP', () => {
  it('sends the bearer token and parses JSON', async () => {
    const { client } = await setup();
    const body = await client.get<{ timeZone: string }>('/me/mailboxSettings?$select=timeZone');
    expect(body.timeZone).toBe('W. Europe Standard Time');
  });

  it('waits as long as Retry-After says on 429, tells the UI, then succeeds', async () => {
    const { client, standin, waits, retries } = await setup();
    standin.injectFault({ path: '/me/mailboxSettings', status: 429, retryAfter: 5, times: 2 });
    const body = await client.get<{ timeZone: string }>('/me/mailboxSettings');
    expect(body.timeZone).toBe('W. Europe Standard Time');
    expect(waits).toEqual([5000, 5000]);
    expect(retries).toEqual([
      { waitMs: 5000, attempt: 1, status: 429 },
      { waitMs: 5000, attempt: 2, status: 429 },
    ]);
    expect(standin.state().requests).toBe(3);
  });

  it('really sleeps for Retry-After with the default timer', async () => {
    server = await startGraphStandinServer({ mailbox: MAILBOX, owner: OWNER });
    server.standin.injectFault({ path: '/me/mailboxSettings', status: 429, retryAfter: 1 });
    const client = createGraphClient({ baseUrl: server.baseUrl, getToken: async () => TOKEN });
    const started = Date.now();
    await client.get('/me/mailboxSettings');
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('backs off exponentially on 503/504 without Retry-After', async () => {
    const { client, standin, waits } = await setup();
    standin.injectFault({ path: '/me/mailboxSettings', status: 503 });
    standin.injectFault({ path: '/me/mailboxSettings', status: 504 });
    standin.injectFault({ path: '/me/mailboxSettings', status: 503 });
    await client.get('/me/mailboxSettings');
    expect(waits).toEqual([500, 1000, 2000]);
  });

  it.each([503, 504])(
    'does not resend a POST after %i: Graph may already have carried it out',
    async (status) => {
      const { client, standin, waits } = await setup();
      standin.injectFault({
        path: '/me/mailFolders/inbox/messageRules',
        method: 'POST',
        status,
        phase: 'after',
      });
      const error = await rejection(
        client.post('/me/mailFolders/inbox/messageRules', {
          displayName: 'Till mapp',
          actions: { markAsRead: true },
        }),
      );
      expect(error.status).toBe(status);
      expect(waits).toEqual([]);
      expect(standin.state().rules).toHaveLength(1);
    },
  );

  it('resends a POST after 429 (throttled means not processed)', async () => {
    const { client, standin, waits } = await setup();
    standin.injectFault({
      path: '/me/mailFolders/inbox/messageRules',
      method: 'POST',
      status: 429,
      retryAfter: 2,
    });
    await client.post('/me/mailFolders/inbox/messageRules', {
      displayName: 'Till mapp',
      actions: { markAsRead: true },
    });
    expect(waits).toEqual([2000]);
    expect(standin.state().rules).toHaveLength(1);
  });

  it('caps a long Retry-After at maxWaitMs', async () => {
    const { client, standin, waits } = await setup({}, { maxWaitMs: 30_000 });
    standin.injectFault({ path: '/me/mailboxSettings', status: 429, retryAfter: 600 });
    await client.get('/me/mailboxSettings');
    expect(waits).toEqual([30_000]);
  });

  it('gives up after maxRetries and rejects with the last 429', async () => {
    const { client, standin } = await setup({}, { maxRetries: 2 });
    standin.injectFault({
      path: '/me/mailboxSettings',
      status: 429,
      retryAfter: 1,
      times: Infinity,
    });
    const error = await rejection(client.get('/me/mailboxSettings'));
    expect(error).toMatchObject({ status: 429, code: 'ApplicationThrottled' });
    expect(standin.state().requests).toBe(3);
  });

  it.each([
    [403, 'ErrorAccessDenied'],
    [500, 'UnknownError'],
    [404, 'ErrorItemNotFound'],
  ])('rejects %i as GraphError %s without retrying', async (status, code) => {
    const { client, standin, waits } = await setup();
    standin.injectFault({ path: '/me/mailboxSettings', status });
    const error = await rejection(client.get('/me/mailboxSettings'));
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status, code });
    expect(error.message.length).toBeGreaterThan(0);
    expect(waits).toEqual([]);
    expect(standin.state().requests).toBe(1);
  });

  it('rejects a Graph 400 with its code and message', async () => {
    const { client } = await setup();
    const error = await rejection(
      client.patch('/me/mailboxSettings', { automaticRepliesSetting: { status: 'on' } }),
    );
    expect(error).toMatchObject({ status: 400, code: 'RequestBodyRead' });
  });

  it('rejects 401 InvalidAuthenticationToken when the token is wrong', async () => {
    const { client } = await setup({}, { getToken: async () => 'expired' });
    expect(await rejection(client.get('/me/mailboxSettings'))).toMatchObject({
      status: 401,
      code: 'InvalidAuthenticationToken',
    });
  });

  it('turns a dropped connection into NetworkError (status 0), not retried', async () => {
    const { client, standin } = await setup();
    standin.injectFault({ path: '/me/mailboxSettings', status: 0 });
    expect(await rejection(client.get('/me/mailboxSettings'))).toMatchObject({
      status: 0,
      code: 'NetworkError',
    });
    expect(standin.state().requests).toBe(1);
  });

  it('turns an unreachable server into NetworkError', async () => {
    const { client, server: running } = await setup();
    await running.close();
    server = undefined;
    expect(await rejection(client.get('/me/mailboxSettings'))).toMatchObject({
      status: 0,
      code: 'NetworkError',
    });
  });

  it('keeps at most 4 requests in flight, so Graph never throttles for concurrency', async () => {
    const { client, standin } = await setup({ latencyMs: 40 });
    const results = await Promise.all(
      Array.from({ length: 12 }, () => client.get('/me/mailboxSettings')),
    );
    expect(results).toHaveLength(12);
    expect(standin.state().maxInFlight).toBe(4);
    expect(standin.state().requests).toBe(12);
  });

  it('(control) unthrottled fetches exceed 4 in flight and get 429s', async () => {
    const { standin, server: running } = await setup({ latencyMs: 40 });
    const statuses = await Promise.all(
      Array.from({ length: 8 }, () =>
        fetch(`${running.baseUrl}/me/mailboxSettings`, {
          headers: { Authorization: `Bearer ${TOKEN}` },
        }).then((r) => r.status),
      ),
    );
    expect(standin.state().maxInFlight).toBeGreaterThan(4);
    expect(statuses).toContain(429);
  });

  it('follows an absolute nextLink on the same origin but refuses another origin', async () => {
    const { client, server: running } = await setup();
    const page = await client.get<{ value: unknown[] }>(
      `${running.baseUrl}/me/mailFolders/inbox/messages?$top=2`,
    );
    expect(page.value).toHaveLength(2);
    expect(await rejection(client.get('https://evil.example/v1.0/me/messages'))).toMatchObject({
      code: 'ForeignUrl',
    });
  });

  it('resolves DELETE (204) to undefined', async () => {
    const { client, standin } = await setup();
    standin.reset({
      rules: [{ displayName: 'Min regel', sequence: 1, actions: { markAsRead: true } }],
    });
    const id = String(standin.state().rules[0]?.['id']);
    await expect(
      client.delete(`/me/mailFolders/inbox/messageRules/${id}`),
    ).resolves.toBeUndefined();
    expect(standin.state().rules).toHaveLength(0);
  });
});
