// Done when: orders start and revert on the right Stockholm days (a closed back-on day moves
// nothing: the revert comes at the start of the back-on day), survive being killed at every step
// in turn without losing or duplicating anything, and are refused for targets outside.
import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGoogleStandin } from '../../playground/google-standin/googleStandin.ts';
import type { GoogleMailbox } from '../../playground/google-standin/googleStandin.ts';
import { startGraphTenantServer } from '../../playground/graph-standin/tenantServer.ts';
import type { TenantUser } from '../../playground/graph-standin/graphTenant.ts';
import type { RequestHooks } from '../../playground/standin-kit/faultPlan.ts';
import { serveStandin } from '../../playground/standin-kit/serveStandin.ts';
import { makeAppCertificate } from '../../playground/standin-kit/testPki.ts';
import { VAXJO_ORG_JSON } from '../fixtures/vaxjoOrgJson.ts';
import { jsonLines, ROOT, runCli } from './runCli.ts';
import { ALL_DELEGATED, makeServiceAccount, SCOPE, googleCredentials } from './workspaceFixture.ts';
import { CLIENT_ID, TENANT_ID, msCredentials } from './tenantFixture.ts';

// The absence ends on Thursday 2 April 2026; långfredagen, the weekend and annandag påsk follow,
// so the back-on day is Tuesday 7 April.
const ORDER = [
  '--user',
  'anna@vaxjo.se',
  '--to',
  'kollega@vaxjo.se',
  '--from',
  '2026-03-30',
  '--to-date',
  '2026-04-02',
];
const PLACED = '2026-03-25T10:00:00+01:00';
const START_DAY = '2026-03-30T00:00:30+02:00';
const BACK_ON_DAY = '2026-04-07T00:00:30+02:00';

let dir: string;
let account: ReturnType<typeof makeServiceAccount>;
let app: ReturnType<typeof makeAppCertificate>;
let org: string;

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT });
  dir = mkdtempSync(join(tmpdir(), 'svarsplikt-orders-'));
  account = makeServiceAccount(dir);
  app = makeAppCertificate(dir);
  org = join(dir, 'org.json');
  writeFileSync(org, JSON.stringify(VAXJO_ORG_JSON));
}, 60_000);

interface World {
  readonly credentials: string[];
  /** Calls `hooks` on each request from now on. */
  setHooks(hooks: RequestHooks | undefined): void;
  /** The settings that matter, for comparison. */
  snapshot(): unknown;
  /** Workspace: every scope set a token was issued for. */
  grantedScopes?(): string[];
  close(): Promise<void>;
}

async function googleWorld(anna: Partial<GoogleMailbox> = {}): Promise<World> {
  const users: GoogleMailbox[] = [
    { primaryEmail: 'it.admin@vaxjo.se', isAdmin: true },
    { primaryEmail: 'anna@vaxjo.se', autoForwarding: { enabled: false }, ...anna },
    { primaryEmail: 'kollega@vaxjo.se' },
  ];
  let hooks: RequestHooks | undefined;
  const standin = createGoogleStandin({
    clientEmail: account.clientEmail,
    publicKey: account.publicKey,
    delegatedScopes: ALL_DELEGATED,
    users,
    hooks: {
      before: (info) => hooks?.before?.(info) ?? false,
      after: (info) => hooks?.after?.(info) ?? false,
    },
  });
  const server = await serveStandin(standin.handle);
  return {
    credentials: [...googleCredentials(account), '--api-base', server.origin],
    setHooks: (next) => (hooks = next),
    snapshot: () => {
      const anna = standin.mailbox('anna@vaxjo.se');
      return structuredClone({
        autoForwarding: anna?.autoForwarding,
        forwardingAddresses: anna?.forwardingAddresses ?? [],
        delegates: anna?.delegates ?? [],
      });
    },
    grantedScopes: () => [...standin.stats.grantedScopes].sort(),
    close: () => server.close(),
  };
}

async function microsoftWorld(): Promise<World> {
  const users: TenantUser[] = [
    {
      id: 'a1',
      mail: 'anna@vaxjo.se',
      userPrincipalName: 'anna@vaxjo.se',
      rules: [
        {
          id: 'own',
          displayName: 'Annas egen regel',
          sequence: 1,
          isEnabled: true,
          conditions: {},
          actions: { markAsRead: true },
        },
      ],
    },
    { id: 'k1', mail: 'kollega@vaxjo.se', userPrincipalName: 'kollega@vaxjo.se' },
  ];
  let hooks: RequestHooks | undefined;
  const server = await startGraphTenantServer({
    tenantId: TENANT_ID,
    clientId: CLIENT_ID,
    certificate: app.certPem,
    roles: ['MailboxSettings.ReadWrite'],
    users,
    hooks: {
      before: (info) => hooks?.before?.(info) ?? false,
      after: (info) => hooks?.after?.(info) ?? false,
    },
  });
  return {
    credentials: [...msCredentials(app), '--api-base', server.origin],
    setHooks: (next) => (hooks = next),
    snapshot: () =>
      // A copy; the rule's name carries the order's id, which differs between worlds.
      structuredClone(
        (server.tenant.user('anna@vaxjo.se')?.rules ?? []).map((r) => ({
          name: String(r['displayName']).replace(/ [0-9a-f]{8}$/, ' <id>'),
          actions: r['actions'],
        })),
      ),
    close: () => server.close(),
  };
}

const run = (
  world: World,
  journal: string,
  args: string[],
  onSpawn?: (child: ChildProcess) => void,
) =>
  runCli(
    ['admin', ...args, '--policy', org, ...world.credentials, '--journal', journal],
    {},
    onSpawn,
  );

async function place(world: World, journal: string, kind: 'forward' | 'delegate'): Promise<void> {
  const placed = await run(world, journal, ['order', kind, ...ORDER, '--now', PLACED, '--apply']);
  expect(placed.code).toBe(0);
}

describe.each([
  ['Google Workspace', googleWorld],
  ['Microsoft 365', microsoftWorld],
])('admin orders, %s', (_name, makeWorld) => {
  it('changes nothing without --apply, and refuses a target outside the organisation', async () => {
    const world = await makeWorld();
    const journal = join(mkdtempSync(join(dir, 'j-')), 'orders.jsonl');
    try {
      const dry = await run(world, journal, ['order', 'forward', ...ORDER, '--now', PLACED]);
      expect(dry.code).toBe(0);
      expect(jsonLines(dry.stdout)[0]).toMatchObject({
        dryRun: true,
        order: { backOn: '2026-04-07' },
      });
      expect(existsSync(journal)).toBe(false);

      const outside = await run(world, journal, [
        'order',
        'forward',
        '--user',
        'anna@vaxjo.se',
        '--to',
        'anna.privat@gmail.com',
        '--from',
        '2026-03-30',
        '--to-date',
        '2026-04-02',
        '--now',
        PLACED,
        '--apply',
      ]);
      expect(outside.code).toBe(2);
      expect(outside.stderr).toContain(
        "refused: --to anna.privat@gmail.com is outside the organisation's domains (vaxjo.se)",
      );
      expect(existsSync(journal)).toBe(false);

      await place(world, journal, 'forward');
      const before = world.snapshot();
      const dryRun = await run(world, journal, ['run', '--now', START_DAY]);
      expect(jsonLines(dryRun.stdout)).toEqual([
        expect.objectContaining({ dryRun: true, action: 'start' }),
      ]);
      expect(world.snapshot()).toEqual(before);
    } finally {
      await world.close();
    }
  }, 60_000);

  it('starts on the first day and reverts at the start of the back-on day after Easter', async () => {
    const world = await makeWorld();
    const journal = join(mkdtempSync(join(dir, 'j-')), 'orders.jsonl');
    try {
      await place(world, journal, 'forward');
      const original = world.snapshot();
      const timeline: [string, string | undefined][] = [
        ['2026-03-29T23:59:00+02:00', undefined],
        [START_DAY, 'start'],
        ['2026-03-31T09:00:00+02:00', undefined],
        ['2026-04-03T12:00:00+02:00', undefined], // långfredagen
        ['2026-04-06T23:59:00+02:00', undefined], // annandag påsk, late evening
        [BACK_ON_DAY, 'revert'],
        ['2026-04-08T00:00:30+02:00', undefined],
      ];
      let active: unknown;
      for (const [now, expected] of timeline) {
        const result = await run(world, journal, ['run', '--now', now, '--apply']);
        expect(result.code, result.stderr).toBe(0);
        expect(jsonLines(result.stdout).map((l) => l['action'])).toEqual(
          expected === undefined ? [] : [expected],
        );
        if (expected === 'start') active = world.snapshot();
      }
      expect(active).not.toEqual(original);
      expect(world.snapshot()).toEqual(original);
      const listed = jsonLines((await run(world, journal, ['orders'])).stdout);
      expect(listed).toEqual([
        expect.objectContaining({ status: 'reverted', backOn: '2026-04-07' }),
      ]);
    } finally {
      await world.close();
    }
  }, 60_000);

  it('catches up a missed back-on day, and the same order placed twice is one order', async () => {
    const world = await makeWorld();
    const journal = join(mkdtempSync(join(dir, 'j-')), 'orders.jsonl');
    try {
      await place(world, journal, 'forward');
      const again = await run(world, journal, [
        'order',
        'forward',
        ...ORDER,
        '--now',
        PLACED,
        '--apply',
      ]);
      expect(jsonLines(again.stdout)[0]).toMatchObject({ duplicate: true });
      const original = world.snapshot();
      await run(world, journal, ['run', '--now', '2026-04-01T10:00:00+02:00', '--apply']);
      const late = await run(world, journal, [
        'run',
        '--now',
        '2026-04-20T10:00:00+02:00',
        '--apply',
      ]);
      expect(jsonLines(late.stdout).map((l) => l['action'])).toEqual(['revert']);
      expect(world.snapshot()).toEqual(original);
    } finally {
      await world.close();
    }
  }, 60_000);

  it('converges without duplicates when killed at every request in turn, before and after it takes effect', async () => {
    // The clean run first: how many requests the start day and the back-on day make, and the states.
    const clean = await makeWorld();
    const cleanJournal = join(mkdtempSync(join(dir, 'j-')), 'orders.jsonl');
    let requests = 0;
    await place(clean, cleanJournal, 'forward');
    const original = clean.snapshot();
    clean.setHooks({ before: () => ((requests += 1), false) });
    await run(clean, cleanJournal, ['run', '--now', START_DAY, '--apply']);
    const active = clean.snapshot();
    await run(clean, cleanJournal, ['run', '--now', BACK_ON_DAY, '--apply']);
    await clean.close();
    expect(requests).toBeGreaterThanOrEqual(4);

    for (let k = 1; k <= requests; k++) {
      for (const phase of ['before', 'after'] as const) {
        const world = await makeWorld();
        const journal = join(mkdtempSync(join(dir, 'j-')), 'orders.jsonl');
        try {
          await place(world, journal, 'forward');
          let seen = 0;
          let child: ChildProcess | undefined;
          const killAt = (info: unknown) => {
            void info;
            seen += 1;
            if (seen !== k) return false;
            child?.kill('SIGKILL');
            return true;
          };
          world.setHooks(phase === 'before' ? { before: killAt } : { after: killAt });
          let killed = false;
          for (const day of [START_DAY, BACK_ON_DAY]) {
            const result = await run(
              world,
              journal,
              ['run', '--now', day, '--apply'],
              (c) => (child = c),
            );
            if (result.signal === 'SIGKILL') {
              killed = true;
              world.setHooks(undefined);
              const again = await run(world, journal, ['run', '--now', day, '--apply']);
              expect(again.code, `k=${k} ${phase}: ${again.stderr}`).toBe(0);
            }
            if (day === START_DAY)
              expect(world.snapshot(), `k=${k} ${phase} after the start day`).toEqual(active);
          }
          expect(killed, `k=${k} ${phase}`).toBe(true);
          expect(world.snapshot(), `k=${k} ${phase} after the back-on day`).toEqual(original);
          const records = readFileSync(journal, 'utf8')
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l) as Record<string, unknown>);
          expect(records.filter((r) => r['t'] === 'order')).toHaveLength(1);
          expect(records.filter((r) => r['phase'] === 'done').map((r) => r['step'])).toEqual([
            'start',
            'revert',
          ]);
        } finally {
          await world.close();
        }
      }
    }
  }, 600_000);
});

describe('admin orders, Microsoft 365 delegation', () => {
  it('writes and records the Exchange Online PowerShell on the first and back-on days', async () => {
    const world = await microsoftWorld();
    const journal = join(mkdtempSync(join(dir, 'j-')), 'orders.jsonl');
    try {
      await place(world, journal, 'delegate');
      const start = jsonLines(
        (await run(world, journal, ['run', '--now', START_DAY, '--apply'])).stdout,
      );
      expect(start[0]?.['powershell']).toBe(
        "Add-MailboxPermission -Identity 'anna@vaxjo.se' -User 'kollega@vaxjo.se' -AccessRights FullAccess -InheritanceType All -AutoMapping $false",
      );
      const end = jsonLines(
        (await run(world, journal, ['run', '--now', BACK_ON_DAY, '--apply'])).stdout,
      );
      expect(end[0]?.['powershell']).toContain('Remove-MailboxPermission -Identity');
      const listed = jsonLines((await run(world, journal, ['orders'])).stdout);
      expect(listed[0]?.['powershell']).toHaveLength(2);
    } finally {
      await world.close();
    }
  }, 60_000);
});

describe('admin orders, Workspace delegation', () => {
  const delegatesOf = (world: World) => (world.snapshot() as { delegates: unknown[] }).delegates;

  it('adds the delegate on the first day and removes it on the back-on day, as the user, with the orders scopes only', async () => {
    const world = await googleWorld();
    const journal = join(mkdtempSync(join(dir, 'j-')), 'orders.jsonl');
    try {
      await place(world, journal, 'delegate');
      const before = await run(world, journal, [
        'run',
        '--now',
        '2026-03-29T23:59:00+02:00',
        '--apply',
      ]);
      expect(jsonLines(before.stdout)).toEqual([]);
      expect(delegatesOf(world)).toEqual([]);
      const start = await run(world, journal, ['run', '--now', START_DAY, '--apply']);
      expect(start.code, start.stderr).toBe(0);
      expect(jsonLines(start.stdout).map((l) => l['action'])).toEqual(['start']);
      expect(delegatesOf(world)).toEqual([
        expect.objectContaining({ delegateEmail: 'kollega@vaxjo.se' }),
      ]);
      const evening = await run(world, journal, [
        'run',
        '--now',
        '2026-04-06T23:59:00+02:00',
        '--apply',
      ]);
      expect(jsonLines(evening.stdout)).toEqual([]);
      const end = await run(world, journal, ['run', '--now', BACK_ON_DAY, '--apply']);
      expect(jsonLines(end.stdout).map((l) => l['action'])).toEqual(['revert']);
      expect(delegatesOf(world)).toEqual([]);
      // Orders impersonate the user with settings.basic and settings.sharing; no Directory scope.
      expect(world.grantedScopes?.()).toEqual([
        `${SCOPE}gmail.settings.basic ${SCOPE}gmail.settings.sharing`,
      ]);
    } finally {
      await world.close();
    }
  }, 60_000);

  it('leaves a delegate that was there before the order', async () => {
    const world = await googleWorld({
      delegates: [{ delegateEmail: 'kollega@vaxjo.se', verificationStatus: 'accepted' }],
    });
    const journal = join(mkdtempSync(join(dir, 'j-')), 'orders.jsonl');
    try {
      await place(world, journal, 'delegate');
      await run(world, journal, ['run', '--now', START_DAY, '--apply']);
      const end = await run(world, journal, ['run', '--now', BACK_ON_DAY, '--apply']);
      expect(end.code, end.stderr).toBe(0);
      expect(jsonLines(end.stdout).map((l) => l['action'])).toEqual(['revert']);
      expect(delegatesOf(world)).toEqual([
        { delegateEmail: 'kollega@vaxjo.se', verificationStatus: 'accepted' },
      ]);
    } finally {
      await world.close();
    }
  }, 60_000);

  it('refuses a delegate outside the organisation and records nothing', async () => {
    const world = await googleWorld();
    const journal = join(mkdtempSync(join(dir, 'j-')), 'orders.jsonl');
    try {
      const outside = await run(world, journal, [
        'order',
        'delegate',
        '--user',
        'anna@vaxjo.se',
        '--to',
        'konsult@gmail.com',
        '--from',
        '2026-03-30',
        '--to-date',
        '2026-04-02',
        '--now',
        PLACED,
        '--apply',
      ]);
      expect(outside.code).toBe(2);
      expect(outside.stderr).toContain(
        "refused: --to konsult@gmail.com is outside the organisation's domains (vaxjo.se)",
      );
      expect(existsSync(journal)).toBe(false);
    } finally {
      await world.close();
    }
  }, 60_000);
});
