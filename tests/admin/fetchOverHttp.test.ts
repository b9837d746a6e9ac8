// The googleapis clients' transport: gaxios over the run's own node:http agents.
import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gaxios } from 'google-auth-library';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { googleErrorText, googleFailure } from '../../cli/admin/google/googleFailure.ts';
import { fetchOverHttp } from '../../cli/admin/net/fetchOverHttp.ts';
import { createAgents, NetworkError } from '../../cli/admin/net/httpRequest.ts';

interface Seen {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

let server: Server;
let origin = '';
const seen: Seen[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (d: string) => (body += d));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if (req.url === '/throttled') {
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '7' });
        res.end(JSON.stringify({ error: { code: 429, message: 'Too many requests' } }));
      } else if (req.url === '/empty') {
        res.writeHead(204).end();
      } else if (req.url === '/slow') {
        setTimeout(() => res.writeHead(200).end('late'), 2000);
      } else {
        res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8', 'x-probe': 'p' });
        res.end(JSON.stringify({ method: req.method, body }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const agents = createAgents({});
const fetch = fetchOverHttp(agents);
const transport = new gaxios.Gaxios({ agent: agents, fetchImplementation: fetch });

describe('fetchOverHttp', () => {
  it('sends method, headers and a string body, and answers status, headers and text', async () => {
    const response = await fetch(`${origin}/echo`, {
      method: 'PUT',
      headers: new Headers({ 'X-Trace': 't1', 'content-type': 'application/json' }),
      body: '{"a":1}',
    });
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.headers.get('x-probe')).toBe('p');
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toEqual({ method: 'PUT', body: '{"a":1}' });
    expect(response.bodyUsed).toBe(true);
    const request = seen.at(-1);
    expect(request?.headers['x-trace']).toBe('t1');
    expect(request?.headers['content-length']).toBe('7');
  });

  it('sends URLSearchParams form-encoded, as fetch does (the OAuth token request)', async () => {
    await fetch(`${origin}/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'jwt-bearer', assertion: 'a b' }),
    });
    const request = seen.at(-1);
    expect(request?.headers['content-type']).toBe(
      'application/x-www-form-urlencoded;charset=UTF-8',
    );
    expect(request?.body).toBe('grant_type=jwt-bearer&assertion=a+b');
  });

  it('refuses a body it cannot send whole, naming its type', async () => {
    await expect(
      fetch(`${origin}/echo`, { method: 'POST', body: new Uint8Array([1, 2]) }),
    ).rejects.toThrow(/string or URLSearchParams bodies only, got \[object Uint8Array\]/);
  });

  it('drops the request when the signal aborts (gaxios timeouts)', async () => {
    // The stand-in answers 200 after 2 s: only an abort makes this reject.
    await expect(
      fetch(`${origin}/slow`, { signal: AbortSignal.timeout(100) }),
    ).rejects.toBeInstanceOf(NetworkError);
  });
});

describe('gaxios over fetchOverHttp', () => {
  it('parses JSON answers into data', async () => {
    const response = await transport.request<{ method: string }>({ url: `${origin}/echo` });
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ method: 'GET', body: '' });
  });

  it('answers 204 with empty data', async () => {
    const response = await transport.request({ url: `${origin}/empty`, method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(response.data).toBe('');
  });

  it('rejects a 429 with status, Retry-After and Google’s message for the retry loop', async () => {
    const error: unknown = await transport.request({ url: `${origin}/throttled` }).catch((e) => e);
    expect(error).toBeInstanceOf(gaxios.GaxiosError);
    expect(googleFailure(error)).toEqual({ status: 429, retryAfterMs: 7000 });
    expect(googleErrorText(error)).toBe('HTTP 429: Too many requests');
  });
});
