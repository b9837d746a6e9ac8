import { request } from 'node:https';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'vite';
import type { ViteDevServer } from 'vite';

const configFile = fileURLToPath(new URL('../../../vite.config.ts', import.meta.url));
let server: ViteDevServer;
let origin: string;

/** GET/POST over https, accepting the self-signed development certificate. */
function fetchInsecure(
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request(
        `${origin}${path}`,
        { method: init.method ?? 'GET', headers: init.headers ?? {}, rejectUnauthorized: false },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(init.body);
    },
  );
}

beforeAll(async () => {
  server = await createServer({
    configFile,
    server: { port: 0, strictPort: false, hmr: false },
    logLevel: 'silent',
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('dev server has no URL');
  origin = url.replace(/\/$/, '');
});

afterAll(async () => {
  await server?.close();
});

describe('the development server (npm start)', () => {
  it('serves over https with the generated certificate', () => {
    expect(origin).toMatch(/^https:\/\/localhost:\d+$/);
  });

  it('serves the task pane, which loads Office.js outside the playground and the app module', async () => {
    const res = await fetchInsecure('/taskpane.html');
    expect(res.status).toBe(200);
    expect(res.body).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(res.body).toContain('src="/src/main.tsx"');
  });

  it('serves the deployment configuration and icons', async () => {
    expect(JSON.parse((await fetchInsecure('/config/org.json')).body).domains).toEqual([
      'vaxjo.se',
    ]);
    expect(JSON.parse((await fetchInsecure('/config/addin.json')).body).auth).toBe('naa');
    expect((await fetchInsecure('/icons/icon-80.png')).headers['content-type']).toBe('image/png');
  });

  it('serves the playground pages from the repository playground/ folder through Vite', async () => {
    const index = await fetchInsecure('/playground/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toMatch(/^text\/html/);
    expect(index.body).toContain('/@vite/client');
    expect(index.body).toMatch(/outlook\.html/);
    expect((await fetchInsecure('/playground/nope.html')).status).toBe(404);
    expect((await fetchInsecure('/')).headers['location']).toBe('/playground/');
  });

  it('mounts the Graph stand-in under /graph/v1.0 with its control endpoints', async () => {
    expect((await fetchInsecure('/graph/v1.0/me/mailboxSettings')).status).toBe(401);
    const ok = await fetchInsecure('/graph/v1.0/me/mailboxSettings?$select=timeZone', {
      headers: { Authorization: 'Bearer svarsplikt-standin-token' },
    });
    expect(JSON.parse(ok.body).timeZone).toBe('W. Europe Standard Time');
    await fetchInsecure('/__standin/graph/reset', {
      method: 'POST',
      body: JSON.stringify({
        automaticRepliesSetting: { status: 'alwaysEnabled', internalReplyMessage: 'Gammalt' },
      }),
    });
    const state = JSON.parse((await fetchInsecure('/__standin/graph/state')).body);
    expect(state.automaticRepliesSetting).toMatchObject({
      status: 'alwaysEnabled',
      internalReplyMessage: 'Gammalt',
    });
    await fetchInsecure('/__standin/graph/fault', {
      method: 'POST',
      body: JSON.stringify({ path: '/me/mailboxSettings', status: 503 }),
    });
    const faulted = await fetchInsecure('/graph/v1.0/me/mailboxSettings', {
      headers: { Authorization: 'Bearer svarsplikt-standin-token' },
    });
    expect(faulted.status).toBe(503);
  });

  it('transforms the host modules (TypeScript) for the browser', async () => {
    const res = await fetchInsecure('/src/host/mailHost.ts');
    expect(res.status).toBe(200);
    expect(res.body).toContain('export function createOfficeMailHost');
  });
});
