import { DEMO_MESSAGES, DEMO_OWNER } from '../demo-mailbox.ts';
import { serveStandin } from '../standin-kit/serveStandin.ts';
import type { RunningStandin } from '../standin-kit/serveStandin.ts';
import { createGraphStandin } from './graphStandin.ts';
import { createGraphTenant } from './graphTenant.ts';
import type { GraphTenant, GraphTenantOptions } from './graphTenant.ts';

/** Serves the Graph stand-in with an app-only tenant (login and graph paths on one origin) over HTTP(S). */
export async function startGraphTenantServer(
  options: GraphTenantOptions,
  tls?: { key: string; cert: string },
): Promise<RunningStandin & { tenant: GraphTenant }> {
  const tenant = createGraphTenant(options);
  const graph = createGraphStandin({ mailbox: DEMO_MESSAGES, owner: DEMO_OWNER, tenant });
  const running = await serveStandin((request) => graph.handle(request), tls);
  return { ...running, tenant };
}
