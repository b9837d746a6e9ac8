import { graphError } from './graphShapes.ts';
import type { StandinResponse } from './graphShapes.ts';

/** A scripted failure: the next `times` matching requests answer `status` instead of being served. */
export interface Fault {
  /** Graph path prefix without query, e.g. '/me/mailboxSettings'. */
  readonly path: string;
  readonly method?: string;
  /** 0 = drop the connection (network loss). */
  readonly status: number;
  readonly code?: string;
  readonly message?: string;
  /** Seconds, sent as Retry-After. */
  readonly retryAfter?: number;
  /** Default 1; Infinity for "until cleared". */
  readonly times?: number;
  /** 'before' (default): the request is not served. 'after': it is served (state changes), then the answer is lost. */
  readonly phase?: 'before' | 'after';
  /** Only the request with this number (the `requests` count, from 1) fails; default any. */
  readonly request?: number;
}

/** The response a fault stands for (status 0 = the connection is dropped). */
export function faultResponse(fault: Fault, nowMs: number): StandinResponse {
  if (fault.status === 0) return { status: 0, headers: {}, body: '' };
  const defaults: Record<number, [string, string]> = {
    401: ['InvalidAuthenticationToken', 'Access token has expired or is not yet valid.'],
    403: ['ErrorAccessDenied', 'Access is denied. Check credentials and try again.'],
    404: ['ErrorItemNotFound', 'The specified object was not found in the store.'],
    429: ['ApplicationThrottled', 'Application is over its MailboxConcurrency limit.'],
    500: ['UnknownError', 'An internal server error occurred. The operation failed.'],
    503: ['ServiceUnavailable', 'The service is temporarily unavailable. Please retry later.'],
    504: ['GatewayTimeout', 'The gateway did not receive a timely response.'],
  };
  const [code, message] = defaults[fault.status] ?? [`Http${fault.status}`, `HTTP ${fault.status}`];
  const extra: Record<string, string> =
    fault.retryAfter === undefined ? {} : { 'Retry-After': String(fault.retryAfter) };
  return graphError(fault.status, fault.code ?? code, fault.message ?? message, nowMs, extra);
}
