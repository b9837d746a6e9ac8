import { GraphError, graphErrorFromBody } from './graphError.ts';

/** What a retry listener hears before the client waits: the UI shows "Väntar 5 s…". */
export interface RetryInfo {
  readonly waitMs: number;
  /** 1 for the first retry. */
  readonly attempt: number;
  /** The status that caused the retry (429, 503 or 504). */
  readonly status: number;
}

export type RetryListener = (info: RetryInfo) => void;

export interface GraphClientOptions {
  /** e.g. 'https://graph.microsoft.com/v1.0' or '/graph/v1.0' (the playground's stand-in). */
  readonly baseUrl: string;
  /** Returns a bearer token for Graph; called before every attempt (the token provider caches). */
  readonly getToken: () => Promise<string>;
  readonly fetch?: typeof fetch;
  /** Requests in flight at once; Graph's mail throttling allows 4 per mailbox. */
  readonly maxInFlight?: number;
  /** Retries after the first attempt for 429 (any method) and 503/504 (not POST: it may have been done). */
  readonly maxRetries?: number;
  /** First backoff step when no Retry-After came; doubles per attempt. */
  readonly baseDelayMs?: number;
  /** Cap for any single wait, Retry-After included. */
  readonly maxWaitMs?: number;
  readonly onRetry?: RetryListener;
  /** Injectable for tests. */
  readonly sleep?: (ms: number) => Promise<void>;
}

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface GraphClient {
  /** `path` is relative to the base URL ('/me/mailboxSettings') or an absolute `@odata.nextLink`. */
  request<T>(method: HttpMethod, path: string, body?: unknown): Promise<T>;
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
  patch<T>(path: string, body: unknown): Promise<T>;
  delete(path: string): Promise<void>;
}

const RETRYABLE = new Set([429, 503, 504]);
/** Methods that are safe to send twice; the rest (POST) may already have been carried out on 503/504. */
const IDEMPOTENT = new Set<HttpMethod>(['GET', 'PATCH', 'DELETE']);

/** Whether a failed attempt may be sent again: 429 means "not processed", so any method; 503/504 only when repeating is harmless. */
function mayRetry(method: HttpMethod, status: number): boolean {
  if (status === 429) return true;
  return RETRYABLE.has(status) && IDEMPOTENT.has(method);
}

/** A counting semaphore: at most `size` holders at once, the rest wait in order. */
function createSemaphore(size: number): { acquire(): Promise<void>; release(): void } {
  let free = size;
  const waiting: (() => void)[] = [];
  return {
    acquire() {
      if (free > 0) {
        free -= 1;
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => waiting.push(resolve));
    },
    release() {
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    },
  };
}

/** Milliseconds to wait from a Retry-After header (seconds or an HTTP date); undefined when absent. */
export function retryAfterMs(header: string | null, nowMs: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

function trimSlash(url: string): string {
  return url.endsWith('/') ? url.slice(0, -1) : url;
}

/** Resolves a request path against the base URL; absolute URLs must stay on the base URL's origin. */
function resolveUrl(baseUrl: string, path: string): string {
  if (!/^https?:\/\//i.test(path))
    return `${trimSlash(baseUrl)}${path.startsWith('/') ? '' : '/'}${path}`;
  const here = typeof location === 'undefined' ? 'http://localhost/' : location.href;
  const baseOrigin = new URL(baseUrl, here).origin;
  if (new URL(path).origin !== baseOrigin) {
    throw new GraphError(0, 'ForeignUrl', 'Refusing to send the Graph token to another origin.');
  }
  return path;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * A small fetch-based Microsoft Graph client: bearer token, JSON in and out, Graph errors as
 * GraphError, retries on 429 (and on 503/504 for GET, PATCH and DELETE, never a POST that may
 * already have been carried out) honouring Retry-After, and at most `maxInFlight` requests at once.
 *
 * @example
 * const graph = createGraphClient({ baseUrl: 'https://graph.microsoft.com/v1.0', getToken });
 * const settings = await graph.get('/me/mailboxSettings');
 */
export function createGraphClient(options: GraphClientOptions): GraphClient {
  const doFetch =
    options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const maxRetries = options.maxRetries ?? 4;
  const baseDelayMs = options.baseDelayMs ?? 500;
  const maxWaitMs = options.maxWaitMs ?? 60_000;
  const sleep =
    options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const slots = createSemaphore(options.maxInFlight ?? 4);

  async function attemptOnce(method: HttpMethod, url: string, body: unknown): Promise<Response> {
    const token = await options.getToken();
    const headers: Record<string, string> = {
      Authorization: `Bearer ${token}`,
      Accept: 'application/json',
    };
    const init: RequestInit = { method, headers };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    await slots.acquire();
    try {
      return await doFetch(url, init);
    } catch (e) {
      throw new GraphError(
        0,
        'NetworkError',
        e instanceof Error ? e.message : 'Network request failed.',
      );
    } finally {
      slots.release();
    }
  }

  async function request<T>(method: HttpMethod, path: string, body?: unknown): Promise<T> {
    const url = resolveUrl(options.baseUrl, path);
    for (let attempt = 0; ; attempt += 1) {
      const response = await attemptOnce(method, url, body);
      const parsed = await readBody(response);
      if (response.ok) return parsed as T;
      const error = graphErrorFromBody(response.status, parsed);
      if (!mayRetry(method, response.status) || attempt >= maxRetries) throw error;
      const hinted = retryAfterMs(response.headers.get('Retry-After'), Date.now());
      const waitMs = Math.min(maxWaitMs, hinted ?? baseDelayMs * 2 ** attempt);
      options.onRetry?.({ waitMs, attempt: attempt + 1, status: response.status });
      await sleep(waitMs);
    }
  }

  return {
    request,
    get: <T>(path: string) => request<T>('GET', path),
    post: <T>(path: string, body: unknown) => request<T>('POST', path, body),
    patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
    delete: async (path: string) => {
      await request<unknown>('DELETE', path);
    },
  };
}
