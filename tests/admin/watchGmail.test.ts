// Done when (Gmail): `admin watch` labels new duty mail in a functional mailbox through the real
// googleapis client, picks up only new mail from history.list, resumes after a kill without
// labelling anything twice, and sends the digest and the klämdag warning once.
import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation } from './watchOrg.ts';
import { deliverGmail, emptyGmailStore } from '../../playground/google-standin/gmailMail.ts';
import type { GmailStore } from '../../playground/google-standin/gmailMail.ts';
import { createGoogleStandin } from '../../playground/google-standin/googleStandin.ts';
import type { GoogleStandin } from '../../playground/google-standin/googleStandin.ts';
import { serveStandin } from '../../playground/standin-kit/serveStandin.ts';
import type { RunningStandin } from '../../playground/standin-kit/serveStandin.ts';
import { dailyDigest, replyDeadline, stockholmInstant } from '../../shared/index.ts';
import { VAXJO_ORG_JSON } from '../fixtures/vaxjoOrgJson.ts';
import { openWatch } from '../../cli/admin/watchCommand.ts';
import { jsonLines, ROOT, runCli } from './runCli.ts';
import { KC, mail, MONDAY, TUESDAY } from './watchFixture.ts';
import { makeServiceAccount, SCOPE, googleCredentials } from './workspaceFixture.ts';

let dir: string;
let standin: GoogleStandin;
let server: RunningStandin;
let store: GmailStore;
let args: (now: string) => string[];
let killAt: { modifies: number; child?: ChildProcess } | undefined;
const org = createOrganisation(VAXJO_ORG_JSON);

beforeAll(async () => {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT });
  dir = mkdtempSync(join(tmpdir(), 'svarsplikt-watch-g-'));
  const account = makeServiceAccount(dir);
  store = emptyGmailStore();
  deliverGmail(store, {
    ...mail('question', 1, '2026-05-08'),
    internalDate: mail('question', 1, '2026-05-08').at,
  });
  deliverGmail(store, {
    ...mail('newsletter', 2, '2026-05-08'),
    internalDate: mail('newsletter', 2, '2026-05-08').at,
  });
  standin = createGoogleStandin({
    clientEmail: account.clientEmail,
    publicKey: account.publicKey,
    delegatedScopes: [SCOPE + 'gmail.modify', SCOPE + 'gmail.send'],
    users: [{ primaryEmail: KC, mail: store }, { primaryEmail: 'anna.lind@vaxjo.se' }],
    hooks: {
      before: (info) => {
        if (killAt === undefined || !info.path.endsWith('/modify')) return false;
        if (standin.stats.mail.modifies < killAt.modifies) return false;
        killAt.child?.kill('SIGKILL');
        return true;
      },
    },
  });
  server = await serveStandin(standin.handle);
  writeFileSync(join(dir, 'org.json'), JSON.stringify(VAXJO_ORG_JSON));
  args = (now) => [
    'admin',
    'watch',
    '--policy',
    join(dir, 'org.json'),
    ...googleCredentials(account),
    '--api-base',
    server.origin,
    '--state',
    join(dir, 'state.json'),
    '--owner',
    `${KC}=anna.lind@vaxjo.se`,
    '--now',
    now,
  ];
}, 60_000);

afterAll(async () => {
  await server?.close();
});

const labelNames = (id: string) =>
  (store.messages.find((m) => m.id === id)?.labelIds ?? []).map(
    (l) => store.labels.find((x) => x.id === l)?.name,
  );
const dueLabel = (at: number) =>
  `Svarsplikt/${replyDeadline(at, org.policy.reply, org.calendar).dueDate}`;

describe('admin watch, Gmail', () => {
  it('labels recent duty mail on the first run and mails the digest and the klämdag warning', async () => {
    const result = await runCli(args(MONDAY));
    expect(result.stderr).toContain('1 mailboxes, 1 messages marked, 0 failed');
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout)).toEqual([
      { mailbox: KC, newMessages: 2, marked: 1, fullSync: true, notices: 2 },
    ]);
    expect(labelNames('question1')).toContain(dueLabel(mail('question', 1, '2026-05-08').at));
    expect(labelNames('newsletter2').filter((n) => n?.startsWith('Svarsplikt'))).toEqual([]);
    expect(store.sent).toHaveLength(2);
    expect(store.sent[0]).toMatch(/^From: kontaktcenter@vaxjo.se\r\nTo: anna.lind@vaxjo.se\r\n/);
    const bodies = store.sent.map((raw) =>
      Buffer.from(raw.split('\r\n\r\n')[1] ?? '', 'base64').toString('utf8'),
    );
    expect(bodies[0]).toContain('Försenade: 0');
    expect(bodies[1]).toMatch(
      /^Fredag 15 maj är en klämdag: \d+ ärenden i kontaktcenter@ förfaller före måndag\./,
    );
    // Metadata only: the messages' headers, and the threads' labels and times (to settle duties).
    expect(standin.stats.mail.formats.every((f) => f === 'metadata' || f === 'minimal')).toBe(true);
  }, 60_000);

  it('then reads only the new mail from history.list and mails nothing twice', async () => {
    for (let n = 3; n <= 4; n++) {
      const m = mail(n === 3 ? 'question' : 'newsletter', n);
      deliverGmail(store, { ...m, internalDate: m.at });
    }
    const before = standin.stats.requests;
    const result = await runCli(args(MONDAY));
    expect(jsonLines(result.stdout)).toEqual([
      { mailbox: KC, newMessages: 2, marked: 1, fullSync: false, notices: 0 },
    ]);
    expect(labelNames('question3')).toContain(dueLabel(mail('question', 3).at));
    expect(store.sent).toHaveLength(2);
    // token, history.list, two messages.get, one modify (the label exists already? not for a new date)
    expect(standin.stats.requests - before).toBeLessThanOrEqual(8);
  }, 60_000);

  it('resumes after a kill without labelling any message twice', async () => {
    for (let n = 10; n < 40; n++) {
      const m = mail('question', n);
      deliverGmail(store, { ...m, internalDate: m.at });
    }
    const start = standin.stats.mail.modifies;
    killAt = { modifies: start + 7 };
    const killed = await runCli(args(MONDAY), {}, (child) => {
      if (killAt) killAt.child = child;
    });
    killAt = undefined;
    expect(killed.signal).toBe('SIGKILL');
    expect(standin.stats.mail.modifies - start).toBe(7);
    const resumed = await runCli(args(MONDAY));
    expect(resumed.code).toBe(0);
    expect(jsonLines(resumed.stdout)[0]).toMatchObject({ marked: 23, fullSync: false });
    expect(standin.stats.mail.modifies - start).toBe(30);
    for (let n = 10; n < 40; n++)
      expect(labelNames(`question${n}`).filter((l) => l?.startsWith('Svarsplikt/'))).toHaveLength(
        1,
      );
  }, 60_000);

  it('sends the next digest the next working day, and the warning only once', async () => {
    const result = await runCli(args(TUESDAY));
    expect(jsonLines(result.stdout)[0]).toMatchObject({ notices: 1, marked: 0 });
    expect(store.sent).toHaveLength(3);
    expect(
      Buffer.from(store.sent[2]?.split('\r\n\r\n')[1] ?? '', 'base64').toString('utf8'),
    ).toContain('tisdag 12 maj 2026');
  }, 60_000);

  it('leaves answered mail out of the digest, and counts one under a promise label on its date', async () => {
    const tuesday = (minutes: number) => stockholmInstant('2026-05-12', minutes);
    const reply = (n: number, at: number) =>
      deliverGmail(store, {
        id: `reply${n}`,
        threadId: `question${n}`,
        internalDate: at,
        headers: [],
        labelIds: ['SENT'],
      });
    // question10 answered; question11 acknowledged: the add-on's promise label and its kvittens.
    reply(10, tuesday(600));
    reply(11, tuesday(601));
    store.labels.push({ id: 'Label_promise', name: 'Svarsplikt/utlovat/2026-05-29', type: 'user' });
    store.messages.find((m) => m.id === 'question11')?.labelIds.push('Label_promise');
    const result = await runCli(args('2026-05-13T09:00:00+02:00'));
    expect(jsonLines(result.stdout)[0]).toMatchObject({ notices: 1, marked: 0 });
    const digest = Buffer.from(store.sent.at(-1)?.split('\r\n\r\n')[1] ?? '', 'base64').toString(
      'utf8',
    );
    const due = (n: number, date?: string) =>
      replyDeadline(mail('question', n, date).at, org.policy.reply, org.calendar).dueDate;
    const later = Array.from({ length: 28 }, (_, i) => due(12 + i));
    const open = [due(1, '2026-05-08'), due(3), ...later];
    const marked = [...open, due(10), due(11)];
    const digestOf = (dates: string[]) =>
      dailyDigest(
        KC,
        dates.map((dueDate) => ({ mailbox: KC, dueDate })),
        '2026-05-13',
        org.calendar,
      );
    expect(digest).toBe(digestOf(open).text);
    expect(digestOf(marked).text).not.toBe(digestOf(open).text);
    // Metadata only, still.
    expect(new Set(standin.stats.mail.formats)).toEqual(new Set(['metadata', 'minimal']));
  }, 60_000);

  it('with --every, a quiet cycle after the first is one history.list and no token request', async () => {
    const out: string[] = [];
    const io = {
      out: (l: string) => out.push(l),
      err: () => {},
      stdin: async () => '',
      now: Date.now,
    };
    const watch = openWatch(args('2026-05-13T09:30:00+02:00').slice(2), io);
    await watch.cycle();
    const before = { ...standin.stats };
    await watch.cycle();
    expect(standin.stats.tokenRequests - before.tokenRequests).toBe(0);
    expect(standin.stats.requests - before.requests).toBe(1);
    expect(jsonLines(out.join('\n')).at(-1)).toEqual({
      mailbox: KC,
      newMessages: 0,
      marked: 0,
      fullSync: false,
      notices: 0,
    });
  }, 60_000);

  it('asks for gmail.modify and gmail.send only', () => {
    expect([...standin.stats.grantedScopes].sort()).toEqual([
      `${SCOPE}gmail.modify`,
      `${SCOPE}gmail.send`,
    ]);
  });
});
