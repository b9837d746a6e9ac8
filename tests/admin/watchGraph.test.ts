// Done when (Microsoft 365): `admin watch` flags new duty mail with its due date and the Svarsplikt
// category through Graph app-only, reads only new mail from the inbox delta, resumes after a kill
// without flagging twice, and sends the digest and the klämdag warning with sendMail.
import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverGraph } from '../../playground/graph-standin/graphMail.ts';
import type { GraphInbox } from '../../playground/graph-standin/graphMail.ts';
import { startGraphTenantServer } from '../../playground/graph-standin/tenantServer.ts';
import { makeAppCertificate } from '../../playground/standin-kit/testPki.ts';
import { dailyDigest, replyDeadline, stockholmInstant, stockholmIso } from '../../shared/index.ts';
import { DUTY_RECORD_PROPERTY } from '../../cli/admin/followUp/firstResponses.ts';
import { VAXJO_ORG_JSON } from '../fixtures/vaxjoOrgJson.ts';
import { jsonLines, ROOT, runCli } from './runCli.ts';
import { CLIENT_ID, TENANT_ID, msCredentials } from './tenantFixture.ts';
import { KC, mail, MONDAY, TUESDAY } from './watchFixture.ts';
import { createOrganisation } from './watchOrg.ts';

let server: Awaited<ReturnType<typeof startGraphTenantServer>>;
let inbox: GraphInbox;
let args: (now: string) => string[];
let killAt: { patches: number; child?: ChildProcess } | undefined;
const org = createOrganisation(VAXJO_ORG_JSON);

const deliver = (kind: 'question' | 'newsletter', n: number, date?: string) => {
  const m = mail(kind, n, date);
  deliverGraph(inbox, {
    id: m.id,
    receivedDateTime: new Date(m.at).toISOString(),
    internetMessageHeaders: m.headers,
  });
};

beforeAll(async () => {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT });
  const dir = mkdtempSync(join(tmpdir(), 'svarsplikt-watch-m-'));
  const app = makeAppCertificate(dir);
  inbox = { seq: 0, messages: [], sent: [] };
  deliver('question', 1, '2026-05-08');
  deliver('newsletter', 2, '2026-05-08');
  deliver('question', 99, '2026-03-02'); // older than the first round looks back
  server = await startGraphTenantServer({
    tenantId: TENANT_ID,
    clientId: CLIENT_ID,
    certificate: app.certPem,
    roles: ['Mail.ReadWrite', 'Mail.Send'],
    users: [{ id: 'kc-1', mail: KC, userPrincipalName: KC, inbox }],
    hooks: {
      before: (info) => {
        if (killAt === undefined || info.method !== 'PATCH') return false;
        if (server.tenant.stats.mail.patches < killAt.patches) return false;
        killAt.child?.kill('SIGKILL');
        return true;
      },
    },
  });
  writeFileSync(join(dir, 'org.json'), JSON.stringify(VAXJO_ORG_JSON));
  args = (now) => [
    'admin',
    'watch',
    '--policy',
    join(dir, 'org.json'),
    ...msCredentials(app),
    '--api-base',
    server.origin,
    '--state',
    join(dir, 'state.json'),
    '--now',
    now,
  ];
}, 60_000);

afterAll(async () => {
  await server?.close();
});

const message = (id: string) => inbox.messages.find((m) => m.id === id);
const dueLocal = (at: number) =>
  stockholmIso(replyDeadline(at, org.policy.reply, org.calendar).due).slice(0, 19);

describe('admin watch, Microsoft 365', () => {
  it('flags recent duty mail with its due date and category, and mails digest and warning', async () => {
    const result = await runCli(args(MONDAY));
    expect(result.stderr).toContain('1 mailboxes, 1 messages marked, 0 failed');
    expect(jsonLines(result.stdout)).toEqual([
      { mailbox: KC, newMessages: 3, marked: 1, fullSync: true, notices: 2 },
    ]);
    expect(message('question1')).toMatchObject({
      categories: ['Svarsplikt'],
      flag: {
        flagStatus: 'flagged',
        dueDateTime: {
          dateTime: dueLocal(mail('question', 1, '2026-05-08').at),
          timeZone: 'W. Europe Standard Time',
        },
      },
    });
    expect(message('newsletter2')?.flag).toEqual({ flagStatus: 'notFlagged' });
    expect(message('question99')?.flag).toEqual({ flagStatus: 'notFlagged' });
    expect(inbox.sent).toHaveLength(2);
    expect(inbox.sent[1]).toMatchObject({
      toRecipients: [{ emailAddress: { address: KC } }],
      body: {
        contentType: 'Text',
        content: expect.stringMatching(
          /^Fredag 15 maj är en klämdag: \d+ ärenden i kontaktcenter@ förfaller före måndag\./,
        ) as unknown,
      },
    });
    // Metadata only: every read named its fields, none asked for the body.
    expect(server.tenant.stats.mail.selects.every((s) => s !== null && !s.includes('body'))).toBe(
      true,
    );
  }, 60_000);

  it('reads only new mail from the deltaLink and resumes after a kill without flagging twice', async () => {
    const quiet = await runCli(args(MONDAY));
    expect(jsonLines(quiet.stdout)).toEqual([
      { mailbox: KC, newMessages: 0, marked: 0, fullSync: false, notices: 0 },
    ]);
    for (let n = 10; n < 35; n++) deliver('question', n);
    const start = server.tenant.stats.mail.patches;
    killAt = { patches: start + 6 };
    const killed = await runCli(args(MONDAY), {}, (child) => {
      if (killAt) killAt.child = child;
    });
    killAt = undefined;
    expect(killed.signal).toBe('SIGKILL');
    const resumed = await runCli(args(MONDAY));
    expect(jsonLines(resumed.stdout)[0]).toMatchObject({ marked: 19, fullSync: false });
    expect(server.tenant.stats.mail.patches - start).toBe(25);
    for (let n = 10; n < 35; n++)
      expect(message(`question${n}`)?.categories).toEqual(['Svarsplikt']);
  }, 60_000);

  it('sends the next digest on Tuesday only', async () => {
    const result = await runCli(args(TUESDAY));
    expect(jsonLines(result.stdout)[0]).toMatchObject({ notices: 1 });
    expect(inbox.sent).toHaveLength(3);
  }, 60_000);

  it('leaves answered mail out of the digest, and counts an acknowledged one on its promised date', async () => {
    const tuesday = (minutes: number) => stockholmInstant('2026-05-12', minutes);
    const record = (at: number) => JSON.stringify({ v: 1, ack: { at, promised: '2026-05-29' } });
    // question10 answered; question11 acknowledged (record + the kvittens sent) with a promise;
    // question12's kvittens was opened but never sent: still open.
    inbox.sentItems = [
      {
        id: 'sent-10',
        conversationId: 'question10',
        sentDateTime: new Date(tuesday(600)).toISOString(),
      },
      {
        id: 'sent-11',
        conversationId: 'question11',
        sentDateTime: new Date(tuesday(601)).toISOString(),
      },
    ];
    message('question11')!.singleValueExtendedProperties = [
      { id: DUTY_RECORD_PROPERTY, value: record(tuesday(599)) },
    ];
    message('question12')!.singleValueExtendedProperties = [
      { id: DUTY_RECORD_PROPERTY, value: record(tuesday(599)) },
    ];
    const wednesday = '2026-05-13T09:00:00+02:00';
    const result = await runCli(args(wednesday));
    expect(jsonLines(result.stdout)[0]).toMatchObject({ notices: 1 });
    const digest = String((inbox.sent.at(-1)?.['body'] as { content?: string }).content);
    const due = (n: number, date?: string) =>
      replyDeadline(mail('question', n, date).at, org.policy.reply, org.calendar).dueDate;
    const marked = [due(1, '2026-05-08'), ...Array.from({ length: 25 }, (_, i) => due(10 + i))];
    const open = [due(1, '2026-05-08'), ...Array.from({ length: 23 }, (_, i) => due(12 + i))];
    const today = '2026-05-13';
    const digestOf = (dates: string[]) =>
      dailyDigest(
        KC,
        dates.map((dueDate) => ({ mailbox: KC, dueDate })),
        today,
        org.calendar,
      );
    // The core's digest of exactly the open duties; leaving the two out changes what it says.
    expect(digest).toBe(digestOf(open).text);
    expect(digestOf(marked).text).not.toBe(digestOf(open).text);
  }, 60_000);
});
