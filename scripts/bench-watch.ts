// npm run bench: `admin watch` over 200 functional mailboxes against the stand-ins at 50 ms per
// request — the first cycle (full sync, tokens, digests) and a steady-state cycle with no new mail
// in the same process, as `--every` runs them (targets: ≤ 200 requests, ≤ 10 s), and a quiet
// run-once cycle in a fresh process, which finds Gmail's tokens in `<state>.tokens`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openWatch } from '../cli/admin/watchCommand.ts';
import { deliverGmail, emptyGmailStore } from '../playground/google-standin/gmailMail.ts';
import { createGoogleStandin } from '../playground/google-standin/googleStandin.ts';
import { startGraphTenantServer } from '../playground/graph-standin/tenantServer.ts';
import { serveStandin } from '../playground/standin-kit/serveStandin.ts';
import { makeAppCertificate } from '../playground/standin-kit/testPki.ts';
import { makeServiceAccount, SCOPE, googleCredentials } from '../tests/admin/workspaceFixture.ts';
import { VAXJO_ORG_JSON } from '../tests/fixtures/vaxjoOrgJson.ts';

const MAILBOXES = 200;
const LATENCY_MS = 50;
const NOW = '2026-05-11T09:00:00+02:00';
const dir = mkdtempSync(join(tmpdir(), 'svarsplikt-bench-watch-'));
const addresses = Array.from({ length: MAILBOXES }, (_, i) => `funktion${i}@vaxjo.se`);
writeFileSync(join(dir, 'org.json'), JSON.stringify(VAXJO_ORG_JSON));
const mailboxArgs = addresses.flatMap((a) => ['--mailbox', a]);
const quietIo = (now: number) => ({
  out: () => undefined,
  err: () => undefined,
  stdin: () => Promise.resolve(''),
  now: () => now,
});

interface Counter {
  readonly requests: number;
  readonly tokenRequests: number;
}

/** One cycle's API and token requests and its time. */
async function measure(
  run: () => Promise<unknown>,
  counter: () => Counter,
): Promise<{ api: number; tokens: number; seconds: number }> {
  const before = { ...counter() };
  const started = performance.now();
  await run();
  const seconds = (performance.now() - started) / 1000;
  const after = counter();
  const tokens = after.tokenRequests - before.tokenRequests;
  return { api: after.requests - before.requests - tokens, tokens, seconds };
}

const row = (what: string, m: { api: number; tokens: number; seconds: number }) =>
  `| ${what} | ${m.api} API + ${m.tokens} token | ${m.seconds.toFixed(1)} s |`;

/**
 * First and steady-state cycle in one process (`--every`), then a run-once cycle in a fresh one
 * (a new openWatch: its memory starts empty, its token cache from the file).
 */
async function cycles(tenant: string, args: string[], counter: () => Counter): Promise<string[]> {
  const io = quietIo(Date.parse(NOW));
  const watch = openWatch(args, io);
  const first = await measure(() => watch.cycle(), counter);
  const steady = await measure(() => watch.cycle(), counter);
  const once = await measure(() => openWatch(args, io).cycle(), counter);
  return [
    row(`${tenant}, first cycle (full sync, digests)`, first),
    row(`${tenant}, steady state (\`--every\`, no new mail)`, steady),
    row(`${tenant}, run once (no new mail, fresh process)`, once),
  ];
}

async function google(): Promise<string[]> {
  const account = makeServiceAccount(dir);
  const standin = createGoogleStandin({
    clientEmail: account.clientEmail,
    publicKey: account.publicKey,
    delegatedScopes: [SCOPE + 'gmail.modify', SCOPE + 'gmail.send'],
    users: addresses.map((primaryEmail) => {
      const mail = emptyGmailStore();
      for (let i = 0; i < 50; i++)
        deliverGmail(mail, { id: `m${i}`, internalDate: Date.UTC(2026, 0, 5), headers: [] });
      return { primaryEmail, mail };
    }),
    latencyMs: LATENCY_MS,
  });
  const server = await serveStandin(standin.handle);
  const args = [
    '--policy',
    join(dir, 'org.json'),
    ...googleCredentials(account),
    '--api-base',
    server.origin,
    '--state',
    join(dir, 'google.json'),
    '--concurrency',
    '32',
    '--now',
    NOW,
    ...mailboxArgs,
  ];
  const lines = await cycles('Gmail', args, () => standin.stats);
  await server.close();
  return lines;
}

async function microsoft(): Promise<string[]> {
  const app = makeAppCertificate(dir);
  const server = await startGraphTenantServer({
    tenantId: '11111111-2222-4333-8444-555555555555',
    clientId: '66666666-7777-4888-8999-000000000000',
    certificate: app.certPem,
    roles: ['Mail.ReadWrite', 'Mail.Send'],
    users: addresses.map((mail, i) => ({ id: `u${i}`, mail, userPrincipalName: mail })),
    latencyMs: LATENCY_MS,
  });
  const args = [
    '--policy',
    join(dir, 'org.json'),
    '--ms-tenant',
    '11111111-2222-4333-8444-555555555555',
    '--ms-client-id',
    '66666666-7777-4888-8999-000000000000',
    '--ms-cert',
    app.certPath,
    '--ms-key',
    app.keyPath,
    '--api-base',
    server.origin,
    '--state',
    join(dir, 'graph.json'),
    '--concurrency',
    '32',
    '--now',
    NOW,
    ...mailboxArgs,
  ];
  const lines = await cycles('Microsoft 365', args, () => server.tenant.stats);
  await server.close();
  return lines;
}

console.log(
  `\nadmin watch, a cycle with no new mail over ${MAILBOXES} mailboxes at ${LATENCY_MS} ms per request:\n`,
);
console.log('| Tenant | Requests | Time |\n|---|---|---|');
console.log((await microsoft()).join('\n'));
console.log((await google()).join('\n'));
