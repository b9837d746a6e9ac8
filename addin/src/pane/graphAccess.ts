import type { GraphPort, RetryInfo } from './ports.ts';

/** Lazy, shared access to Graph plus a fan-out of retry notices to whoever is waiting. */
export interface GraphAccess {
  /** Loads MSAL + the Graph client on first use (never before the first paint). */
  get(): Promise<GraphPort>;
  /** Listens to retry notices; returns the unsubscribe function. */
  onRetry(listener: (info: RetryInfo) => void): () => void;
}

/** Wraps a lazy loader (e.g. `(onRetry) => loadGraphApi(config, { onRetry })`). */
export function createGraphAccess(
  load: (onRetry: (info: RetryInfo) => void) => Promise<GraphPort>,
): GraphAccess {
  const listeners = new Set<(info: RetryInfo) => void>();
  let loading: Promise<GraphPort> | null = null;
  return {
    get() {
      loading ??= load((info) => listeners.forEach((l) => l(info)));
      // A failed load (e.g. network) may be retried later.
      loading.catch(() => {
        loading = null;
      });
      return loading;
    },
    onRetry(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
