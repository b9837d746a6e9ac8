import { withRetry } from './withRetry.ts';
import type { CallFailure, RetryPolicy } from './withRetry.ts';

/** Counters a run reports at the end (and the benchmark reads). */
export interface CallStats {
  retries: number;
  throttled: number;
}

/** The retry policy of the admin commands: 6 attempts, 0.5 s doubling to 30 s, Retry-After first. */
export function callPolicy(
  classify: (error: unknown) => CallFailure,
  stats: CallStats,
): RetryPolicy {
  return {
    attempts: 6,
    baseDelayMs: 500,
    maxDelayMs: 30_000,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    classify,
    onRetry: (failure) => {
      stats.retries += 1;
      if (failure.status === 429) stats.throttled += 1;
    },
  };
}

/** Binds a policy so call sites read `retry(() => …)`. */
export function retrying(policy: RetryPolicy): <T>(call: () => Promise<T>) => Promise<T> {
  return (call) => withRetry(call, policy);
}
