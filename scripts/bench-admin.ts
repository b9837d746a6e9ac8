// Benchmark of `svarsplikt admin audit`: 10,000 mailboxes against the Google and Graph stand-ins
// answering in 50 ms, with 429 + Retry-After on every 50th request. Measures wall time and the
// CLI process's peak memory (VmHWM, sampled from /proc). Targets: ≤ 2 minutes, ≤ 200 MB.
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGoogleStandin } from '../playground/google-standin/googleStandin.ts';
import { startGraphTenantServer } from '../playground/graph-standin/tenantServer.ts';
import { serveStandin } from '../playground/standin-kit/serveStandin.ts';
import { makeAppCertificate } from '../playground/standin-kit/testPki.ts';
import { VAXJO_ORG_JSON } from '../tests/fixtures/vaxjoOrgJson.ts';
import { CLIENT_ID, TENANT_ID, tenantUsers, msCredentials } from '../tests/admin/tenantFixture.ts';
import {
  ALL_DELEGATED,
  makeServiceAccount,
  workspaceUsers,
  googleCredentials,
} from '../tests/admin/workspaceFixture.ts';

const MAILBOXES = Number(process.env['BENCH_MAILBOXES'] ?? 10_000);
const FAULTS = { throttleEvery: 50, retryAfterSeconds: 1 };
const root = new URL('../', import.meta.url).pathname;
execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { cwd: root });
const dir = mkdtempSync(join(tmpdir(), 'svarsplikt-bench-admin-'));
const org = join(dir, 'org.json');
writeFileSync(org, JSON.stringify(VAXJO_ORG_JSON));

function peakKb(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

async function measure(
  args: string[],
): Promise<{ seconds: number; peakMb: number; rows: number; summary: string }> {
  const started = Date.now();
  const child = spawn(process.execPath, [join(root, 'bin/svarsplikt.mjs'), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, peakKb(child.pid ?? 0))), 100);
  let rows = 0;
  let partial = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    const text = partial + d;
    const lines = text.split('\n');
    partial = lines.pop() ?? '';
    rows += lines.length;
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  await new Promise((resolve) => child.on('close', resolve));
  clearInterval(timer);
  return {
    seconds: (Date.now() - started) / 1000,
    peakMb: peak / 1024,
    rows,
    summary: stderr.trim().split('\n').pop() ?? '',
  };
}

const account = makeServiceAccount(dir);
const google = createGoogleStandin({
  clientEmail: account.clientEmail,
  publicKey: account.publicKey,
  delegatedScopes: ALL_DELEGATED,
  users: workspaceUsers(MAILBOXES),
  pageSize: 500,
  latencyMs: 50,
  faults: FAULTS,
});
const googleServer = await serveStandin(google.handle);
const googleResult = await measure([
  'admin',
  'audit',
  '--policy',
  org,
  ...googleCredentials(account),
  '--api-base',
  googleServer.origin,
  // Gmail's limits are per user, so many users at a time stay inside them.
  '--concurrency',
  '64',
]);
await googleServer.close();
console.log(
  `Workspace: ${googleResult.rows} rows in ${googleResult.seconds.toFixed(1)} s, peak ${googleResult.peakMb.toFixed(0)} MB, ${google.stats.requests} requests, ${google.stats.throttled} throttled — ${googleResult.summary}`,
);

const app = makeAppCertificate(dir);
const graph = await startGraphTenantServer({
  tenantId: TENANT_ID,
  clientId: CLIENT_ID,
  certificate: app.certPem,
  roles: ['User.Read.All', 'MailboxSettings.Read'],
  users: tenantUsers(MAILBOXES),
  pageSize: 999,
  latencyMs: 50,
  faults: FAULTS,
});
const graphResult = await measure([
  'admin',
  'audit',
  '--policy',
  org,
  ...msCredentials(app),
  '--api-base',
  graph.origin,
  '--concurrency',
  '32',
]);
await graph.close();
console.log(
  `Microsoft 365: ${graphResult.rows} rows in ${graphResult.seconds.toFixed(1)} s, peak ${graphResult.peakMb.toFixed(0)} MB, ${graph.tenant.stats.requests} requests, ${graph.tenant.stats.throttled} throttled — ${graphResult.summary}`,
);

const ok = [googleResult, graphResult].every(
  (r) => r.seconds <= 120 && r.peakMb <= 200 && r.rows >= MAILBOXES - 1,
);
console.log(ok ? 'admin audit: within 2 minutes and 200 MB' : 'admin audit: OVER BUDGET');
process.exitCode = ok ? 0 : 1;
