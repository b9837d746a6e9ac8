// Deterministic injected failures for the admin stand-ins: every N-th API request is throttled
// (429 + Retry-After), fails with a 5xx, or loses its connection. Counters make runs repeatable.

export interface FaultPlan {
  /** Every N-th request answers 429 with Retry-After (0 = never). */
  readonly throttleEvery?: number;
  /** Retry-After seconds sent with the 429 (may be fractional for fast tests; default 1). */
  readonly retryAfterSeconds?: number;
  /** Every N-th request answers 503 (0 = never). */
  readonly serverErrorEvery?: number;
  /** Every N-th request loses its connection (0 = never). */
  readonly dropEvery?: number;
}

export type PlannedFault = 'throttle' | 'server-error' | 'drop' | undefined;

/** Picks the fault (if any) for request number `n` (1-based). */
export function plannedFault(plan: FaultPlan, n: number): PlannedFault {
  const hits = (every: number | undefined) => every !== undefined && every > 0 && n % every === 0;
  if (hits(plan.dropEvery)) return 'drop';
  if (hits(plan.serverErrorEvery)) return 'server-error';
  if (hits(plan.throttleEvery)) return 'throttle';
  return undefined;
}

/** What a test may do around each request: `true` from a hook drops the connection unanswered. */
export interface RequestHooks {
  readonly before?: (info: { readonly method: string; readonly path: string }) => boolean;
  readonly after?: (info: { readonly method: string; readonly path: string }) => boolean;
}
