// Done when, Microsoft 365: `admin audit` over 240 mailboxes through an HTTPS proxy to Graph's and
// Entra's real host names, with throttling, client credentials with a certificate through MSAL
// (no discovery request), lists every mailbox once with the right findings.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraphTenantServer } from '../../playground/graph-standin/tenantServer.ts';
import { startConnectProxy } from '../../playground/standin-kit/connectProxy.ts';
import type { ConnectProxy } from '../../playground/standin-kit/connectProxy.ts';
import { makeAppCertificate, makeTestPki } from '../../playground/standin-kit/testPki.ts';
import { VAXJO_ORG_JSON } from '../fixtures/vaxjoOrgJson.ts';
import { jsonLines, ROOT, runCli } from './runCli.ts';
import { CLIENT_ID, TENANT_ID, tenantUsers, msCredentials } from './tenantFixture.ts';

const HOSTS = ['login.microsoftonline.com', 'graph.microsoft.com'];
const NOW = '2026-04-08T08:00:00+02:00';
let dir: string;
let server: Awaited<ReturnType<typeof startGraphTenantServer>>;
let proxy: ConnectProxy;
let env: Record<string, string>;
let args: (roles?: string) => string[];
let app: ReturnType<typeof makeAppCertificate>;

beforeAll(async () => {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT });
  dir = mkdtempSync(join(tmpdir(), 'svarsplikt-m365-'));
  const pki = makeTestPki(dir, HOSTS);
  app = makeAppCertificate(dir);
  server = await startGraphTenantServer(
    {
      tenantId: TENANT_ID,
      clientId: CLIENT_ID,
      certificate: app.certPem,
      roles: ['User.Read.All', 'GroupMember.Read.All', 'MailboxSettings.Read'],
      users: tenantUsers(240),
      groups: {
        'aaaaaaaa-0000-4000-8000-000000000001': [
          '00000000-0000-4000-8000-000000000002',
          '00000000-0000-4000-8000-000000000003',
        ],
      },
      faults: { throttleEvery: 11, retryAfterSeconds: 1, serverErrorEvery: 37, dropEvery: 101 },
    },
    { key: pki.serverKey, cert: pki.serverCert },
  );
  proxy = await startConnectProxy((host) => (HOSTS.includes(host) ? server.port : undefined));
  writeFileSync(join(dir, 'org.json'), JSON.stringify(VAXJO_ORG_JSON));
  env = { HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: pki.caPath };
  args = () => [
    'admin',
    'audit',
    '--policy',
    join(dir, 'org.json'),
    ...msCredentials(app),
    '--now',
    NOW,
  ];
}, 60_000);

afterAll(async () => {
  await proxy?.close();
  await server?.close();
});

describe('admin audit, Microsoft 365 through a proxy', () => {
  it('lists the 239 mailboxes once, from three /users pages, with the right findings', async () => {
    const result = await runCli(args(), env);
    expect(result.stderr).toContain('239 mailboxes, 0 could not be read');
    expect(result.code).toBe(0);
    const rows = jsonLines(result.stdout);
    expect(rows).toHaveLength(239);
    expect(new Set(rows.map((r) => r['mailbox'])).size).toBe(239);
    expect(server.tenant.stats.pages).toEqual([100, 100, 40]);
    const row = (address: string) => rows.find((r) => r['mailbox'] === address) ?? {};
    const ids = (address: string) =>
      (row(address)['findings'] as { id: string; severity: string }[]).map((f) => f.id);

    expect(row('user0001@vaxjo.se')).toMatchObject({
      autoreply: 'on',
      firstDay: '2026-04-08',
      lastDay: '2026-04-10',
      forwarding: null,
    });
    expect(
      (row('user0001@vaxjo.se')['findings'] as { severity: string }[]).filter(
        (f) => f.severity === 'error',
      ),
    ).toEqual([]);
    expect(ids('user0002@vaxjo.se')).toEqual(
      expect.arrayContaining(['ABSENCE_REASON', 'RETURN_MISSING']),
    );
    expect(row('user0003@vaxjo.se')).toMatchObject({
      autoreply: 'off',
      forwarding: { to: 'privat.person@gmail.com', internal: false },
    });
    expect(ids('user0003@vaxjo.se')).toEqual(['EXTERNAL_TARGET']);
    expect(row('user0004@vaxjo.se')).toMatchObject({ forwarding: null, findings: [] }); // its rule is disabled
    expect(
      rows.filter((r) => (r['findings'] as unknown[]).length === 0 && r['autoreply'] === 'off'),
    ).toHaveLength(236);

    expect(new Set(proxy.connects)).toEqual(new Set(HOSTS.map((h) => `${h}:443`)));
    expect(server.tenant.stats.discovery).toEqual([]); // MSAL asked for nothing but the token
    expect(server.tenant.stats.tokenRequests).toBe(1);
    expect(server.tenant.stats.throttled).toBeGreaterThan(20);
    expect(server.tenant.stats.serverErrors).toBeGreaterThan(5);
    expect(server.tenant.stats.dropped).toBeGreaterThan(2);
  }, 120_000);

  it('audits only a group with --group (GroupMember.Read.All)', async () => {
    const result = await runCli(
      [...args(), '--group', 'aaaaaaaa-0000-4000-8000-000000000001'],
      env,
    );
    expect(result.code).toBe(0);
    expect(
      jsonLines(result.stdout)
        .map((r) => r['mailbox'])
        .sort(),
    ).toEqual(['user0002@vaxjo.se', 'user0003@vaxjo.se']);
  }, 60_000);

  it('stops before reading anything when the app lacks a permission, naming it', async () => {
    const narrow = await startGraphTenantServer({
      tenantId: TENANT_ID,
      clientId: CLIENT_ID,
      certificate: app.certPem,
      roles: ['User.Read.All'],
      users: tenantUsers(5),
    });
    try {
      const result = await runCli([...args(), '--api-base', narrow.origin]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        'lacks the application permission(s) MailboxSettings.Read or MailboxSettings.ReadWrite',
      );
      expect(result.stdout).toBe('');
    } finally {
      await narrow.close();
    }
  }, 60_000);
});
