// Retries a call on throttling (429), server errors (5xx) and lost connections, waiting as
// Retry-After says or with exponential backoff and jitter; other failures are passed through.

/** What a failed call tells the retry loop. */
export interface CallFailure {
  /** HTTP status, or undefined for a lost connection. */
  readonly status: number | undefined;
  /** Milliseconds from Retry-After, when the server sent one. */
  readonly retryAfterMs: number | undefined;
}

export interface RetryPolicy {
  /** Attempts in all, the first one included. */
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly sleep: (ms: number) => Promise<void>;
  /** Turns any thrown value into a failure the loop understands. */
  readonly classify: (error: unknown) => CallFailure;
  /** Called before each wait (for counting and progress). */
  readonly onRetry?: (failure: CallFailure, waitMs: number) => void;
}

/** True for failures worth another try: 429, 5xx except 501, and lost connections. */
export function isTransient(failure: CallFailure): boolean {
  const { status } = failure;
  return status === undefined || status === 429 || (status >= 500 && status !== 501);
}

/** Parses Retry-After given as seconds or as an HTTP date. */
export function retryAfterMs(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.round(Number(value.trim()) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** The wait before attempt `attempt` (1 = first retry): Retry-After wins, else capped backoff with full jitter. */
export function retryDelayMs(
  failure: CallFailure,
  attempt: number,
  policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>,
  random: number,
): number {
  if (failure.retryAfterMs !== undefined) return Math.min(failure.retryAfterMs, 120_000);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

/**
 * Calls `call` until it succeeds, fails for good, or runs out of attempts.
 * @example await withRetry(() => gmail.users.settings.getVacation({ userId: 'me' }), policy)
 */
export async function withRetry<T>(call: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const failure = policy.classify(error);
      if (attempt >= policy.attempts || !isTransient(failure)) throw error;
      const wait = retryDelayMs(failure, attempt, policy, Math.random());
      policy.onRetry?.(failure, wait);
      await policy.sleep(wait);
    }
  }
}
