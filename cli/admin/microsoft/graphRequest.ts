// Graph calls with typed errors; throttling and lost connections are retried by the caller's policy.
import { NetworkError, sendHttp } from '../net/httpRequest.ts';
import { retryAfterMs } from '../net/withRetry.ts';
import type { CallFailure } from '../net/withRetry.ts';
import type { GraphConnection } from './graphConnection.ts';

/** A Graph error answer: status, Graph's error code and message. */
export class GraphError extends Error {
  override readonly name = 'GraphError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfter: string | undefined,
  ) {
    super(message);
  }
}

/** Reads status and Retry-After from a Graph call's failure; no status = lost connection. */
export function graphFailure(error: unknown): CallFailure {
  if (error instanceof GraphError)
    return { status: error.status, retryAfterMs: retryAfterMs(error.retryAfter, Date.now()) };
  if (error instanceof NetworkError) return { status: undefined, retryAfterMs: undefined };
  // Token failures (MSAL) with a status are judged by it; anything else is not retried.
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return { status: typeof status === 'number' ? status : 400, retryAfterMs: undefined };
}

/** A short reason for a row: status and Graph's error code. */
export function graphErrorText(error: unknown): string {
  if (error instanceof GraphError) return `HTTP ${error.status} ${error.code}`;
  if (error instanceof NetworkError) return `network: ${error.message}`;
  return (error as Error).message?.split('\n')[0] ?? String(error);
}

/** One Graph request; `path` is relative to v1.0 or an absolute nextLink. Returns the parsed JSON (null for 204). */
export async function graphRequest<T>(
  connection: GraphConnection,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const token = await connection.token();
  const url = connection.rewrite(path.startsWith('https://') ? path : `${connection.root}${path}`);
  const response = await sendHttp(
    {
      method,
      url,
      headers: {
        authorization: `Bearer ${token}`,
        accept: 'application/json',
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    },
    connection.agentFor,
  );
  if (response.status >= 400) {
    let code = `Http${response.status}`;
    let message = `HTTP ${response.status}`;
    try {
      const parsed = JSON.parse(response.body) as { error?: { code?: string; message?: string } };
      code = parsed.error?.code ?? code;
      message = parsed.error?.message ?? message;
    } catch {
      // Not JSON (a proxy's or gateway's page): keep the status.
    }
    throw new GraphError(response.status, code, message, response.headers['retry-after']);
  }
  return (response.status === 204 || response.body === '' ? null : JSON.parse(response.body)) as T;
}
