// One HTTP(S) request over node:http(s), through HTTPS_PROXY (CONNECT) unless NO_PROXY exempts the
// host. TLS trusts Node's roots plus NODE_EXTRA_CA_CERTS (read by Node at start-up). Used for Graph,
// MSAL and (through fetchOverHttp) the googleapis clients.
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Agent } from 'node:http';
import { HttpsProxyAgent } from 'https-proxy-agent';

export interface HttpResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface HttpRequest {
  readonly method: string;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly timeoutMs?: number;
  /** Aborting it drops the request with a NetworkError. */
  readonly signal?: AbortSignal;
}

/** A lost connection or timeout: no HTTP status. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
}

/** Whether NO_PROXY (comma-separated hosts, `.suffix` or `*`) exempts `host`. */
export function isNoProxy(host: string, noProxy: string | undefined): boolean {
  if (noProxy === undefined || noProxy.trim() === '') return false;
  const name = host.toLowerCase();
  return noProxy
    .split(',')
    .map((rule) => rule.trim().toLowerCase().replace(/:\d+$/, ''))
    .filter((rule) => rule !== '')
    .some(
      (rule) =>
        rule === '*' ||
        name === rule.replace(/^\./, '') ||
        name.endsWith(rule.startsWith('.') ? rule : `.${rule}`),
    );
}

/**
 * Sockets per host: room for the most a command has in flight (64 Workspace mailboxes × 5 settings
 * reads). The commands' pools bound concurrency; the agent must not queue requests behind them.
 */
export const MAX_SOCKETS = 320;

/** Picks agents once per process: keep-alive, and the proxy from the environment. */
export function createAgents(env: NodeJS.ProcessEnv): (url: URL) => Agent {
  const proxy = env['HTTPS_PROXY'] ?? env['https_proxy'];
  const noProxy = env['NO_PROXY'] ?? env['no_proxy'];
  const http = new HttpAgent({ keepAlive: true, maxSockets: MAX_SOCKETS });
  const https = new HttpsAgent({ keepAlive: true, maxSockets: MAX_SOCKETS });
  const viaProxy =
    proxy === undefined || proxy === ''
      ? undefined
      : new HttpsProxyAgent(proxy, { keepAlive: true, maxSockets: MAX_SOCKETS });
  return (url) => {
    if (url.protocol === 'http:') return http;
    return viaProxy !== undefined && !isNoProxy(url.hostname, noProxy) ? viaProxy : https;
  };
}

/** Sends one request and reads the whole (small, JSON) answer. Rejects with NetworkError when the connection is lost. */
export function sendHttp(
  request: HttpRequest,
  agentFor: (url: URL) => Agent,
): Promise<HttpResponse> {
  const url = new URL(request.url);
  const send = url.protocol === 'http:' ? httpRequest : httpsRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      url,
      {
        method: request.method,
        agent: agentFor(url),
        headers: {
          ...(request.body !== undefined
            ? { 'content-length': String(Buffer.byteLength(request.body)) }
            : {}),
          ...request.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', (e) => reject(new NetworkError(e.message)));
        res.on('aborted', () => reject(new NetworkError('connection closed mid-response')));
        res.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers)) {
            if (value !== undefined)
              headers[name] = Array.isArray(value) ? value.join(', ') : value;
          }
          resolve({
            status: res.statusCode ?? 0,
            headers,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
      },
    );
    req.setTimeout(request.timeoutMs ?? 60_000, () => req.destroy(new Error('request timed out')));
    req.on('error', (e) => reject(new NetworkError(e.message)));
    const { signal } = request;
    if (signal !== undefined) {
      const abort = () => req.destroy(new Error('request aborted'));
      if (signal.aborted) abort();
      else {
        signal.addEventListener('abort', abort, { once: true });
        req.on('close', () => signal.removeEventListener('abort', abort));
      }
    }
    if (request.body !== undefined) req.write(request.body);
    req.end();
  });
}
