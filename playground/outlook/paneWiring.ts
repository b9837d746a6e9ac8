/**
 * How the playground starts the real task pane: the Office.js stand-in instead of Office.js, the
 * Graph stand-in on the dev server instead of Microsoft Graph, and a fixed "now" so the demo's
 * clocks always read the same. Production (addin/src/main.tsx) knows nothing of this.
 */
import { createGraphApi } from '../../addin/src/host/graph/graphApi.ts';
import type { GraphApi } from '../../addin/src/host/graph/graphApi.ts';
import type { RetryListener } from '../../addin/src/host/graph/graphClient.ts';
import { STANDIN_TOKEN } from '../graph-standin/standinToken.ts';
import { installStandaloneStandin } from '../office-standin/standalone.ts';
import type { OfficeStandin } from '../office-standin/officeStandin.ts';

type PlaygroundWindow = Window & { svarspliktOfficeStandin?: OfficeStandin };

/**
 * The Office stand-in for the pane page: its playground parent's (outlook.html exposes one), or,
 * opened on its own, a fresh one over the demo mailbox (`?item=<id>`, `?lang=en-US`).
 */
export function playgroundOffice(win: Window): typeof Office {
  try {
    const parent = win.parent as PlaygroundWindow;
    if (parent !== win && parent.svarspliktOfficeStandin)
      return parent.svarspliktOfficeStandin.office;
  } catch {
    // A cross-origin parent: not the playground.
  }
  return installStandaloneStandin(win);
}

/**
 * The pane's "now": the instant in `?now=ISO` (outlook.html passes the demo's), else real time.
 *
 * @example playgroundNow('?now=2026-12-22T09:15:00Z')() // Date.parse('2026-12-22T09:15:00Z')
 */
export function playgroundNow(search: string): () => number {
  const fixed = Date.parse(new URLSearchParams(search).get('now') ?? '');
  return Number.isFinite(fixed) ? () => fixed : () => Date.now();
}

/** Graph as the dev server's stand-in serves it, with the token it accepts. */
export function standinGraph(
  onRetry: RetryListener,
  baseUrl = '/graph/v1.0',
  fetchImpl?: typeof fetch,
): Promise<GraphApi> {
  return Promise.resolve(
    createGraphApi({
      baseUrl,
      getToken: () => Promise.resolve(STANDIN_TOKEN),
      onRetry,
      ...(fetchImpl ? { fetch: fetchImpl } : {}),
    }),
  );
}
