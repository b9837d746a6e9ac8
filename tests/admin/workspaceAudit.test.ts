// Done when: `admin audit` over 240 Workspace mailboxes on three Directory pages, through an HTTPS
// proxy to the real host names and with throttling, lists every mailbox once with the right
// findings, asking only for read-only scopes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGoogleStandin } from '../../playground/google-standin/googleStandin.ts';
import type { GoogleStandin } from '../../playground/google-standin/googleStandin.ts';
import { startConnectProxy } from '../../playground/standin-kit/connectProxy.ts';
import type { ConnectProxy } from '../../playground/standin-kit/connectProxy.ts';
import { serveStandin } from '../../playground/standin-kit/serveStandin.ts';
import type { RunningStandin } from '../../playground/standin-kit/serveStandin.ts';
import { makeTestPki } from '../../playground/standin-kit/testPki.ts';
import { VAXJO_ORG_JSON } from '../fixtures/vaxjoOrgJson.ts';
import { jsonLines, ROOT, runCli } from './runCli.ts';
import {
  ALL_DELEGATED,
  makeServiceAccount,
  NOW,
  SCOPE,
  workspaceUsers,
  googleCredentials,
} from './workspaceFixture.ts';

const HOSTS = ['oauth2.googleapis.com', 'admin.googleapis.com', 'gmail.googleapis.com'];
let dir: string;
let standin: GoogleStandin;
let server: RunningStandin;
let proxy: ConnectProxy;
let env: Record<string, string>;
let args: string[];
let publicKey = '';

beforeAll(async () => {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT });
  dir = mkdtempSync(join(tmpdir(), 'svarsplikt-ws-'));
  const pki = makeTestPki(dir, HOSTS);
  const account = makeServiceAccount(dir);
  publicKey = account.publicKey;
  standin = createGoogleStandin({
    clientEmail: account.clientEmail,
    publicKey: account.publicKey,
    delegatedScopes: ALL_DELEGATED,
    users: workspaceUsers(240),
    pageSize: 100,
    faults: { throttleEvery: 11, retryAfterSeconds: 1, serverErrorEvery: 37, dropEvery: 101 },
  });
  server = await serveStandin(standin.handle, { key: pki.serverKey, cert: pki.serverCert });
  proxy = await startConnectProxy((host) => (HOSTS.includes(host) ? server.port : undefined));
  writeFileSync(join(dir, 'org.json'), JSON.stringify(VAXJO_ORG_JSON));
  env = { HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: pki.caPath };
  args = [
    'admin',
    'audit',
    '--policy',
    join(dir, 'org.json'),
    ...googleCredentials(account),
    '--now',
    NOW,
  ];
}, 60_000);

afterAll(async () => {
  await proxy?.close();
  await server?.close();
});

describe('admin audit, Google Workspace through a proxy', () => {
  it('lists all 240 mailboxes once, from three Directory pages, with the right findings', async () => {
    const result = await runCli(args, env);
    expect(result.stderr).toContain('240 mailboxes, 0 could not be read');
    expect(result.code).toBe(0);
    const rows = jsonLines(result.stdout);
    expect(rows).toHaveLength(240);
    expect(new Set(rows.map((r) => r['mailbox'])).size).toBe(240);
    expect(standin.stats.directoryPages).toEqual([100, 100, 40]);
    const byMailbox = new Map(rows.map((r) => [r['mailbox'], r]));
    const ids = (address: string) =>
      (byMailbox.get(address)?.['findings'] ?? []) as { id: string; severity: string }[];

    const compliant = byMailbox.get('user0001@vaxjo.se');
    expect(compliant).toMatchObject({
      autoreply: 'on',
      firstDay: '2026-04-08',
      lastDay: '2026-04-10',
      forwarding: null,
    });
    expect(ids('user0001@vaxjo.se').filter((f) => f.severity === 'error')).toEqual([]);

    expect(byMailbox.get('user0002@vaxjo.se')).toMatchObject({ autoreply: 'on' });
    expect(ids('user0002@vaxjo.se').map((f) => f.id)).toEqual(
      expect.arrayContaining(['ABSENCE_REASON', 'RETURN_MISSING']),
    );

    expect(byMailbox.get('user0003@vaxjo.se')).toMatchObject({
      autoreply: 'off',
      forwarding: { to: 'privat.person@gmail.com', internal: false },
    });
    expect(ids('user0003@vaxjo.se').map((f) => f.id)).toEqual(['EXTERNAL_TARGET']);

    expect(byMailbox.get('user0004@vaxjo.se')).toMatchObject({
      forwarding: { to: 'kollega@vaxjo.se', internal: true },
      findings: [],
    });
    const quiet = rows.filter(
      (r) => r['autoreply'] === 'off' && (r['findings'] as unknown[]).length === 0,
    );
    expect(quiet).toHaveLength(237); // all but user0001–0003 (user0004 forwards inside)

    // Every request went through the proxy, to Google's own host names, over kept-alive tunnels
    // (one per connection, not one per request or per impersonated user).
    expect(new Set(proxy.connects)).toEqual(new Set(HOSTS.map((h) => `${h}:443`)));
    expect(proxy.connects.length).toBeLessThan(standin.stats.requests / 5);
    // Throttled, failed and dropped requests were retried.
    expect(standin.stats.throttled).toBeGreaterThan(20);
    expect(standin.stats.serverErrors).toBeGreaterThan(5);
    expect(standin.stats.dropped).toBeGreaterThan(2);
    // Read-only scopes only: the Directory as the admin, settings.basic as each user.
    expect([...standin.stats.grantedScopes].sort()).toEqual([
      `${SCOPE}admin.directory.user.readonly`,
      `${SCOPE}gmail.settings.basic`,
    ]);
  }, 120_000);

  it('writes the CSV and a self-contained Swedish HTML report', async () => {
    const plain = await serveStandin(standin.handle);
    const direct = [...args, '--api-base', plain.origin];
    const csv = await runCli([...direct, '--format', 'csv']);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'mailbox,autoreply,firstDay,lastDay,forwarding,forwardingInternal,errors,warnings,findings,error',
    );
    expect(lines).toHaveLength(241);
    expect(lines.find((l) => l.startsWith('user0003@'))).toContain(
      'privat.person@gmail.com,false,1,0,EXTERNAL_TARGET,',
    );

    const out = join(dir, 'report.html');
    const html = await runCli([...direct, '--format', 'html', '--out', out]);
    await plain.close();
    expect(html.code).toBe(0);
    const page = readFileSync(out, 'utf8');
    expect(page).toMatch(/^<!doctype html>\n<html lang="sv">/);
    expect(page).toContain('<svg role="img"');
    expect(page).toContain('Autosvar på, med fel');
    expect(page.match(/<tr><th scope="row">/g)).toHaveLength(240);
    expect(page).not.toMatch(/<script|<link|src=/);
  }, 120_000);

  it('reports a mailbox that cannot be read on its row and audits the rest (plain HTTP, --api-base)', async () => {
    const users = workspaceUsers(30);
    (users[5] as { mailDisabled?: boolean }).mailDisabled = true;
    const small = createGoogleStandin({
      clientEmail: 'svarsplikt-admin@svarsplikt-test.iam.gserviceaccount.com',
      publicKey,
      delegatedScopes: ALL_DELEGATED,
      users,
    });
    const plain = await serveStandin(small.handle);
    try {
      const result = await runCli([...args, '--api-base', plain.origin]);
      expect(result.code).toBe(1);
      const rows = jsonLines(result.stdout);
      expect(rows).toHaveLength(30);
      const failed = rows.filter((r) => r['error'] !== undefined);
      expect(failed).toEqual([
        expect.objectContaining({
          mailbox: 'user0005@vaxjo.se',
          autoreply: null,
          error: 'HTTP 400: Mail service not enabled',
        }),
      ]);
      expect(result.stderr).toContain('30 mailboxes, 1 could not be read');
    } finally {
      await plain.close();
    }
  }, 60_000);
});
