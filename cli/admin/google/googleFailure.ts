import { retryAfterMs } from '../net/withRetry.ts';
import type { CallFailure } from '../net/withRetry.ts';

interface GaxiosLike {
  status?: unknown;
  code?: unknown;
  response?: {
    status?: number;
    headers?: { get?: (name: string) => string | null } & Record<string, unknown>;
  };
  message?: string;
}

/** Reads status and Retry-After from a googleapis (gaxios) error; no status = lost connection. */
export function googleFailure(error: unknown): CallFailure {
  const e = (error ?? {}) as GaxiosLike;
  const status =
    typeof e.response?.status === 'number'
      ? e.response.status
      : typeof e.status === 'number'
        ? e.status
        : undefined;
  const headers = e.response?.headers;
  const raw =
    typeof headers?.get === 'function'
      ? headers.get('retry-after')
      : (headers?.['retry-after'] as string | undefined);
  return { status, retryAfterMs: retryAfterMs(raw, Date.now()) };
}

/** A short reason for a row: status and Google's message, never a stack. */
export function googleErrorText(error: unknown): string {
  const failure = googleFailure(error);
  const message =
    ((error as GaxiosLike | undefined)?.message ?? String(error)).split('\n')[0] ?? '';
  return failure.status === undefined
    ? `network: ${message}`
    : `HTTP ${failure.status}: ${message}`;
}
