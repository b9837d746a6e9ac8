import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_MESSAGES, DEMO_OWNER } from '../demo-mailbox.ts';
import { createGraphStandin } from './graphStandin.ts';
import type { Fault, GraphStandin, GraphStandinOptions, StandinSeed } from './graphStandin.ts';

type Next = (error?: unknown) => void;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

/**
 * Connect-style middleware serving the stand-in at `${prefix}/v1.0/…` and its control endpoints at
 * `/__standin/graph/{state,reset,fault}` (Vite's dev server and the test server share it).
 */
export function graphStandinMiddleware(standin: GraphStandin, prefix = '/graph') {
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const isGraph = path.startsWith(`${prefix}/v1.0/`);
    const isControl = path.startsWith('/__standin/graph/');
    if (!isGraph && !isControl) {
      next();
      return;
    }
    void (async () => {
      const body = await readBody(req);
      if (isControl) {
        const action = path.slice('/__standin/graph/'.length);
        const payload = body.trim() === '' ? {} : (JSON.parse(body) as unknown);
        if (action === 'state' && req.method === 'GET') sendJson(res, 200, standin.state());
        else if (action === 'reset' && req.method === 'POST') {
          standin.reset(payload as StandinSeed);
          standin.resetStats();
          sendJson(res, 200, standin.state());
        } else if (action === 'fault' && req.method === 'POST') {
          standin.injectFault(payload as Fault);
          sendJson(res, 200, { ok: true });
        } else sendJson(res, 404, { error: 'unknown control endpoint' });
        return;
      }
      const host = req.headers.host ?? '127.0.0.1';
      const scheme = 'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';
      const headers: Record<string, string | undefined> = {};
      for (const [name, value] of Object.entries(req.headers))
        headers[name] = Array.isArray(value) ? value.join(', ') : value;
      const answer = await standin.handle({
        method: req.method ?? 'GET',
        url: `${scheme}://${host}${req.url ?? '/'}`,
        headers,
        body,
      });
      if (answer.status === 0) {
        req.socket.destroy();
        return;
      }
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body);
    })().catch((e: unknown) => {
      if (!res.headersSent)
        sendJson(res, 500, { error: { code: 'StandinFailure', message: String(e) } });
      else res.end();
    });
  };
}

export interface GraphStandinServer {
  /** e.g. 'http://127.0.0.1:49152/v1.0' */
  readonly baseUrl: string;
  /** 'http://127.0.0.1:49152' (control endpoints live at /__standin/graph/…). */
  readonly origin: string;
  readonly standin: GraphStandin;
  close(): Promise<void>;
}

/** Starts the Graph stand-in on 127.0.0.1 with a random port (for tests). Defaults to the demo mailbox. */
export async function startGraphStandinServer(
  options: Partial<GraphStandinOptions> = {},
): Promise<GraphStandinServer> {
  const standin = createGraphStandin({ mailbox: DEMO_MESSAGES, owner: DEMO_OWNER, ...options });
  const middleware = graphStandinMiddleware(standin, '');
  const server = createServer((req, res) =>
    middleware(req, res, () =>
      sendJson(res, 400, { error: { code: 'BadRequest', message: 'Invalid version.' } }),
    ),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    baseUrl: `${origin}/v1.0`,
    origin,
    standin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
