// A `fetch` for gaxios (the googleapis clients' HTTP layer) over the same node:http(s) agents as
// Graph: one keep-alive pool and one HTTPS_PROXY tunnel for the whole run. gaxios' default,
// node-fetch, pipes every small JSON answer through several Node streams, and a web Response
// wraps it in a web stream again; at the 60,000 requests of a 10,000-mailbox audit that garbage
// made the heap grow far past what the process ever holds at once. The answers here are small
// JSON documents, so the body is read whole and handed over as text.
import type { Agent } from 'node:http';
import { sendHttp } from './httpRequest.ts';

/** The part of the Fetch `Response` gaxios and googleapis use, over a body already read. */
export class BufferedResponse {
  readonly ok: boolean;
  readonly statusText = '';
  readonly redirected = false;
  readonly type = 'basic';
  readonly body = null;
  readonly headers: Headers;
  bodyUsed = false;
  readonly #text: string;

  constructor(
    readonly url: string,
    readonly status: number,
    headers: Readonly<Record<string, string>>,
    text: string,
  ) {
    this.ok = status >= 200 && status < 300;
    this.headers = new Headers(headers);
    this.#text = text;
  }

  text(): Promise<string> {
    this.bodyUsed = true;
    return Promise.resolve(this.#text);
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text()) as unknown;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return new TextEncoder().encode(await this.text()).buffer;
  }

  async blob(): Promise<Blob> {
    return new Blob([await this.text()], { type: this.headers.get('content-type') ?? '' });
  }
}

function headerRecord(init: HeadersInit | undefined): Record<string, string> {
  const record: Record<string, string> = {};
  if (init === undefined) return record;
  (init instanceof Headers ? init : new Headers(init)).forEach(
    (value, name) => (record[name] = value),
  );
  return record;
}

function bodyText(body: unknown, headers: Record<string, string>): string | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  if (body instanceof URLSearchParams) {
    headers['content-type'] ??= 'application/x-www-form-urlencoded;charset=UTF-8';
    return body.toString();
  }
  throw new TypeError(
    `fetchOverHttp sends string or URLSearchParams bodies only, got ${Object.prototype.toString.call(body)}`,
  );
}

/**
 * A fetch sending each request through `agentFor` (keep-alive, proxy) and reading the whole answer.
 * @example new Gaxios({ fetchImplementation: fetchOverHttp(createAgents(process.env)) })
 */
export function fetchOverHttp(agentFor: (url: URL) => Agent): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers = headerRecord(init?.headers);
    const body = bodyText(init?.body, headers);
    const response = await sendHttp(
      {
        method: init?.method ?? 'GET',
        url,
        headers,
        ...(body !== undefined ? { body } : {}),
        ...(init?.signal ? { signal: init.signal } : {}),
      },
      agentFor,
    );
    // gaxios reads only what it needs of a Response; the cast names that contract.
    return new BufferedResponse(
      url,
      response.status,
      response.headers,
      response.body,
    ) as unknown as Response;
  };
}
