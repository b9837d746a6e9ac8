// The Gmail watcher's token cache: a run-once process (cron) reuses the tokens of the last run from
// `<state>.tokens` (0600), so a quiet cycle is one history.list per mailbox and no token request;
// a file anyone else could read, an expired or a different-scope token, or a torn write is never
// trusted.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverGmail, emptyGmailStore } from '../../playground/google-standin/gmailMail.ts';
import { createGoogleStandin } from '../../playground/google-standin/googleStandin.ts';
import type { GoogleStandin } from '../../playground/google-standin/googleStandin.ts';
import { serveStandin } from '../../playground/standin-kit/serveStandin.ts';
import type { RunningStandin } from '../../playground/standin-kit/serveStandin.ts';
import { VAXJO_ORG_JSON } from '../fixtures/vaxjoOrgJson.ts';
import { jsonLines, ROOT, runCli } from './runCli.ts';
import { KC, mail, MONDAY } from './watchFixture.ts';
import { makeServiceAccount, SCOPE, googleCredentials } from './workspaceFixture.ts';

const MAILBOXES = [KC, 'bygglov@vaxjo.se', 'registrator@vaxjo.se'];
const MODIFY = SCOPE + 'gmail.modify';

let dir: string;
let standin: GoogleStandin;
let server: RunningStandin;
let paths: string[] = [];
let args: (...extra: string[]) => string[];
const tokenPath = () => join(dir, 'state.json.tokens');

interface Entry {
  scope: string;
  accessToken: string;
  expiresAt: number;
}
const readTokens = () =>
  (JSON.parse(readFileSync(tokenPath(), 'utf8')) as { tokens: Record<string, Entry[]> }).tokens;
const writeTokens = (tokens: Record<string, Entry[]>, mode = 0o600) => {
  writeFileSync(tokenPath(), JSON.stringify({ version: 1, tokens }), { mode });
  chmodSync(tokenPath(), mode);
};
const mode = () => statSync(tokenPath()).mode & 0o777;

/** One run-once process: its output, and the token and API requests the stand-in saw. */
async function runOnce(...extra: string[]) {
  const before = { tokens: standin.stats.tokenRequests, requests: standin.stats.requests };
  paths = [];
  const result = await runCli(args(...extra));
  const tokens = standin.stats.tokenRequests - before.tokens;
  return { ...result, tokens, api: standin.stats.requests - before.requests - tokens };
}

beforeAll(async () => {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT });
  dir = mkdtempSync(join(tmpdir(), 'svarsplikt-watch-tokens-'));
  const account = makeServiceAccount(dir);
  const users = MAILBOXES.map((primaryEmail) => {
    const store = emptyGmailStore();
    const m = mail('question', 1, '2026-05-08');
    deliverGmail(store, { ...m, internalDate: m.at });
    return { primaryEmail, mail: store };
  });
  standin = createGoogleStandin({
    clientEmail: account.clientEmail,
    publicKey: account.publicKey,
    delegatedScopes: [MODIFY, SCOPE + 'gmail.send'],
    users,
    hooks: {
      before: (info) => {
        paths.push(`${info.method} ${info.path}`);
        return false;
      },
    },
  });
  server = await serveStandin(standin.handle);
  writeFileSync(join(dir, 'org.json'), JSON.stringify(VAXJO_ORG_JSON));
  args = (...extra) => [
    'admin',
    'watch',
    '--policy',
    join(dir, 'org.json'),
    ...googleCredentials(account),
    '--api-base',
    server.origin,
    '--state',
    join(dir, 'state.json'),
    '--now',
    MONDAY,
    ...MAILBOXES.flatMap((m) => ['--mailbox', m]),
    ...extra,
  ];
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('admin watch, Gmail token cache', () => {
  it('keeps the first run’s tokens in <state>.tokens, mode 0600, and nothing but them', async () => {
    const first = await runOnce();
    expect(first.code).toBe(0);
    // A token per mailbox for gmail.modify and one for gmail.send (the first digest).
    expect(first.tokens).toBe(2 * MAILBOXES.length);
    expect(mode()).toBe(0o600);
    const tokens = readTokens();
    expect(Object.keys(tokens).sort()).toEqual([...MAILBOXES].sort());
    for (const list of Object.values(tokens))
      for (const entry of list) {
        expect(Object.keys(entry).sort()).toEqual(['accessToken', 'expiresAt', 'scope']);
        expect(entry.expiresAt).toBeGreaterThan(Date.now() + 50 * 60_000);
        // Never logged.
        expect(first.stdout + first.stderr).not.toContain(entry.accessToken);
      }
  }, 60_000);

  it('a second run-once process asks no token and lists history once per mailbox', async () => {
    const second = await runOnce();
    expect(second.code).toBe(0);
    expect(second.tokens).toBe(0);
    expect(second.api).toBe(MAILBOXES.length);
    expect(paths.filter((p) => /\/history$/.test(p))).toHaveLength(MAILBOXES.length);
    const rows = jsonLines(second.stdout).sort((a, b) =>
      String(a['mailbox']).localeCompare(String(b['mailbox'])),
    );
    expect(rows).toEqual(
      MAILBOXES.map((mailbox) => ({
        mailbox,
        newMessages: 0,
        marked: 0,
        fullSync: false,
        notices: 0,
      })).sort((a, b) => a.mailbox.localeCompare(b.mailbox)),
    );
  }, 60_000);

  it('ignores a file others may read, with a one-line warning naming it and no token, and replaces it', async () => {
    const tokens = readTokens();
    writeTokens(tokens, 0o644);
    const run = await runOnce();
    expect(run.code).toBe(0);
    expect(run.tokens).toBe(MAILBOXES.length);
    const warnings = run.stderr.split('\n').filter((l) => l.includes('token cache'));
    expect(warnings).toEqual([
      `svarsplikt admin watch: ignoring the token cache ${tokenPath()}: its mode 0644 is wider than 0600; it will be replaced`,
    ]);
    for (const list of Object.values(tokens))
      for (const entry of list) expect(run.stdout + run.stderr).not.toContain(entry.accessToken);
    expect(mode()).toBe(0o600);
    // The replacement holds fresh tokens: the next run asks none.
    expect((await runOnce()).tokens).toBe(0);
  }, 60_000);

  it.each([
    ['within 5 minutes of expiry', (e: Entry) => ({ ...e, expiresAt: Date.now() + 4 * 60_000 })],
    ['expired', (e: Entry) => ({ ...e, expiresAt: Date.now() - 1000 })],
    ['for another scope set', (e: Entry) => ({ ...e, scope: `${MODIFY} ${SCOPE}gmail.send` })],
  ])(
    'refreshes a token %s, and only that one',
    async (_case, change) => {
      const tokens = readTokens();
      const stale = tokens[KC]?.find((e) => e.scope === MODIFY);
      expect(stale).toBeDefined();
      writeTokens({
        ...tokens,
        [KC]: (tokens[KC] ?? []).filter((e) => e.scope !== MODIFY).concat(change(stale as Entry)),
      });
      const run = await runOnce();
      expect(run.tokens).toBe(1);
      expect(run.api).toBe(MAILBOXES.length);
      const fresh = readTokens()[KC]?.find((e) => e.scope === MODIFY);
      expect(fresh?.accessToken).not.toBe(stale?.accessToken);
      expect(fresh?.expiresAt).toBeGreaterThan(Date.now() + 50 * 60_000);
    },
    60_000,
  );

  it('a cached token the API refuses is refreshed once, and the cycle goes on', async () => {
    const tokens = readTokens();
    writeTokens({
      ...tokens,
      [KC]: (tokens[KC] ?? []).map((e) => ({ ...e, accessToken: 'revoked' })),
    });
    const run = await runOnce();
    expect(run.code).toBe(0);
    expect(run.tokens).toBe(1);
    // The refused history.list, then the same again with the fresh token.
    expect(run.api).toBe(MAILBOXES.length + 1);
    expect(readTokens()[KC]?.find((e) => e.scope === MODIFY)?.accessToken).not.toBe('revoked');
  }, 60_000);

  it('a write torn by a crash leaves the old file usable', async () => {
    const before = readFileSync(tokenPath(), 'utf8');
    // What a kill between write and rename leaves: a half-written temp file beside the old one.
    const torn = `${tokenPath()}.99999.tmp`;
    writeFileSync(torn, before.slice(0, before.length >> 1), { mode: 0o600 });
    const run = await runOnce();
    expect(run.code).toBe(0);
    expect(run.tokens).toBe(0);
    expect(readFileSync(tokenPath(), 'utf8')).toBe(before);
    expect(readFileSync(torn, 'utf8')).toBe(before.slice(0, before.length >> 1));
  }, 60_000);

  it('ignores a token file that is not whole JSON, with a warning, and starts over', async () => {
    const before = readFileSync(tokenPath(), 'utf8');
    writeFileSync(tokenPath(), before.slice(0, before.length >> 1), { mode: 0o600 });
    const run = await runOnce();
    expect(run.code).toBe(0);
    expect(run.tokens).toBe(MAILBOXES.length);
    expect(run.stderr).toContain(
      `ignoring the token cache ${tokenPath()}: not a svarsplikt token cache`,
    );
    expect((await runOnce()).tokens).toBe(0);
  }, 60_000);

  it('with --no-token-cache asks a token per mailbox and leaves the file alone', async () => {
    const before = readFileSync(tokenPath(), 'utf8');
    const run = await runOnce('--no-token-cache');
    expect(run.code).toBe(0);
    expect(run.tokens).toBe(MAILBOXES.length);
    expect(readFileSync(tokenPath(), 'utf8')).toBe(before);
  }, 60_000);

  it('--token-cache puts the file elsewhere', async () => {
    const elsewhere = join(dir, 'elsewhere.tokens');
    expect((await runOnce('--token-cache', elsewhere)).tokens).toBe(MAILBOXES.length);
    expect(statSync(elsewhere).mode & 0o777).toBe(0o600);
    expect((await runOnce('--token-cache', elsewhere)).tokens).toBe(0);
  }, 60_000);
});
