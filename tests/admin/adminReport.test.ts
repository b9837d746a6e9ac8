// Done when: `admin report` collects the follow-up lines from a Gmail mailbox through googleapis
// (metadata only: receipt, triage headers, the mailbox's first reply in the thread) and counts them
// with the same core tally as `report`; json, csv and a self-contained, escaped Swedish page.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverGmail, emptyGmailStore } from '../../playground/google-standin/gmailMail.ts';
import { createGoogleStandin } from '../../playground/google-standin/googleStandin.ts';
import type { GoogleStandin } from '../../playground/google-standin/googleStandin.ts';
import { serveStandin } from '../../playground/standin-kit/serveStandin.ts';
import type { RunningStandin } from '../../playground/standin-kit/serveStandin.ts';
import { stockholmInstant, stockholmIso } from '../../shared/index.ts';
import { DUTY_RECORD_PROPERTY } from '../../cli/admin/followUp/firstResponses.ts';
import { VAXJO_ORG_JSON } from '../fixtures/vaxjoOrgJson.ts';
import { jsonLines, ROOT, runCli } from './runCli.ts';
import { KC, mail } from './watchFixture.ts';
import { makeServiceAccount, SCOPE, googleCredentials } from './workspaceFixture.ts';

let dir: string;
let standin: GoogleStandin;
let server: RunningStandin;
let args: string[];

beforeAll(async () => {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT });
  dir = mkdtempSync(join(tmpdir(), 'svarsplikt-areport-'));
  const account = makeServiceAccount(dir);
  const store = emptyGmailStore();
  const inbox = (kind: 'question' | 'newsletter', n: number, date: string) => {
    const m = mail(kind, n, date);
    deliverGmail(store, { ...m, internalDate: m.at });
  };
  const reply = (n: number, date: string) =>
    deliverGmail(store, {
      id: `reply${n}`,
      threadId: `question${n}`,
      internalDate: stockholmInstant(date, 11 * 60),
      headers: [{ name: 'From', value: KC }],
      labelIds: ['SENT'],
    });
  inbox('question', 1, '2026-04-01');
  reply(1, '2026-04-02'); // in time
  inbox('question', 2, '2026-04-01');
  reply(2, '2026-04-30'); // late
  inbox('newsletter', 3, '2026-04-01'); // no duty
  inbox('question', 4, '2026-05-04'); // open
  inbox('question', 5, '2026-03-02'); // before --from
  // A kvittens under the add-on's promise label: acknowledged (in time), not answered.
  inbox('question', 6, '2026-05-05');
  reply(6, '2026-05-05');
  store.labels.push({ id: 'Label_p', name: 'Svarsplikt/utlovat/2026-05-29', type: 'user' });
  store.messages.find((m) => m.id === 'question6')?.labelIds.push('Label_p');
  standin = createGoogleStandin({
    clientEmail: account.clientEmail,
    publicKey: account.publicKey,
    delegatedScopes: [SCOPE + 'gmail.readonly'],
    users: [{ primaryEmail: KC, mail: store }],
  });
  server = await serveStandin(standin.handle);
  const org = { ...VAXJO_ORG_JSON, name: 'Växjö <kommun> & co' };
  writeFileSync(join(dir, 'org.json'), JSON.stringify(org));
  args = [
    'admin',
    'report',
    '--policy',
    join(dir, 'org.json'),
    ...googleCredentials(account),
    '--api-base',
    server.origin,
    '--from',
    '2026-04-01',
    '--to',
    '2026-05-31',
    '--now',
    '2026-06-01T09:00:00+02:00',
  ];
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('admin report, Gmail', () => {
  it('counts in time, late and open per month, reading metadata only', async () => {
    const result = await runCli(args);
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout)).toEqual([
      expect.objectContaining({
        mailbox: KC,
        period: '2026-04',
        received: 2,
        inTime: 1,
        late: 1,
        open: 0,
      }),
      expect.objectContaining({
        mailbox: KC,
        period: '2026-05',
        received: 2,
        inTime: 1,
        late: 0,
        open: 1,
      }),
    ]);
    expect(new Set(standin.stats.mail.formats)).toEqual(new Set(['metadata', 'minimal']));
    expect([...standin.stats.grantedScopes]).toEqual([`${SCOPE}gmail.readonly`]);
  }, 60_000);

  it('--format lines: the kvittens is `acknowledged` (with `promised`), the answer `answered`', async () => {
    const result = await runCli([...args, '--format', 'lines']);
    expect(result.code).toBe(0);
    const at = (date: string) => stockholmIso(stockholmInstant(date, 11 * 60));
    const received = (n: number, date: string) => stockholmIso(mail('question', n, date).at);
    expect(
      jsonLines(result.stdout).sort((a, b) =>
        String(a['received']).localeCompare(String(b['received'])),
      ),
    ).toEqual([
      { mailbox: KC, received: received(1, '2026-04-01'), answered: at('2026-04-02') },
      { mailbox: KC, received: received(2, '2026-04-01'), answered: at('2026-04-30') },
      { mailbox: KC, received: received(4, '2026-05-04') },
      {
        mailbox: KC,
        received: received(6, '2026-05-05'),
        acknowledged: at('2026-05-05'),
        promised: '2026-05-29',
      },
    ]);
  }, 60_000);

  it('reads --concurrency mailboxes at a time and refuses a bad value', async () => {
    const bad = await runCli([...args, '--concurrency', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--concurrency must be 1–64');
    const two = await runCli([
      ...args,
      '--mailbox',
      KC,
      '--mailbox',
      'saknas@vaxjo.se',
      '--concurrency',
      '2',
    ]);
    expect(two.code).toBe(1);
    expect(two.stderr).toContain('2 mailboxes, 2 rows, 1 failed');
  }, 60_000);

  it('writes CSV and a self-contained Swedish page with a chart per mailbox, escaped', async () => {
    const csv = await runCli([...args, '--format', 'csv']);
    expect(csv.stdout.split('\n')[0]).toBe(
      'mailbox,period,received,inTime,late,open,openOverdue,shareInTime,medianResponseMinutes',
    );
    expect(csv.stdout).toContain(`${KC},2026-04,2,1,1,0,0,0.5,`);
    const out = join(dir, 'report.html');
    const html = await runCli([...args, '--format', 'html', '--out', out]);
    expect(html.code).toBe(0);
    const page = readFileSync(out, 'utf8');
    expect(page).toMatch(/^<!doctype html>\n<html lang="sv">/);
    expect(page.match(/<svg role="img"/g)).toHaveLength(1);
    expect(page).toContain('Växjö &lt;kommun&gt; &amp; co');
    expect(page).not.toContain('<kommun>');
    expect(page).toContain('50 %');
    expect(page).not.toMatch(/<script|<link|src=/);
  }, 60_000);
});

describe('admin report, Microsoft 365', () => {
  it('counts from the inbox and Sent Items, by conversation, with $select only', async () => {
    const { startGraphTenantServer } =
      await import('../../playground/graph-standin/tenantServer.ts');
    const { makeAppCertificate } = await import('../../playground/standin-kit/testPki.ts');
    const { deliverGraph } = await import('../../playground/graph-standin/graphMail.ts');
    const { CLIENT_ID, TENANT_ID, msCredentials } = await import('./tenantFixture.ts');
    const app = makeAppCertificate(dir);
    const inbox = { seq: 0, messages: [], sent: [], sentItems: [] } as Parameters<
      typeof deliverGraph
    >[0];
    const question = (kind: 'question' | 'newsletter', n: number, date: string) => {
      const m = mail(kind, n, date);
      deliverGraph(inbox, {
        id: m.id,
        conversationId: `conv${n}`,
        receivedDateTime: new Date(m.at).toISOString(),
        internetMessageHeaders: m.headers,
      });
    };
    const reply = (n: number, date: string) =>
      inbox.sentItems?.push({
        id: `reply${n}`,
        conversationId: `conv${n}`,
        sentDateTime: new Date(stockholmInstant(date, 11 * 60)).toISOString(),
      });
    question('question', 1, '2026-04-01');
    reply(1, '2026-04-02');
    question('question', 2, '2026-04-01');
    reply(2, '2026-04-30');
    question('newsletter', 3, '2026-04-01');
    question('question', 4, '2026-05-04');
    question('question', 5, '2026-03-02');
    const graph = await startGraphTenantServer({
      tenantId: TENANT_ID,
      clientId: CLIENT_ID,
      certificate: app.certPem,
      roles: ['Mail.Read'],
      users: [{ id: 'kc-1', mail: KC, userPrincipalName: KC, inbox }],
    });
    try {
      const result = await runCli([
        'admin',
        'report',
        '--policy',
        join(dir, 'org.json'),
        ...msCredentials(app),
        '--api-base',
        graph.origin,
        '--from',
        '2026-04-01',
        '--to',
        '2026-05-31',
        '--now',
        '2026-06-01T09:00:00+02:00',
      ]);
      expect(result.stderr).toContain('1 mailboxes, 2 rows, 0 failed');
      expect(result.code).toBe(0);
      expect(jsonLines(result.stdout)).toEqual([
        expect.objectContaining({ period: '2026-04', received: 2, inTime: 1, late: 1, open: 0 }),
        expect.objectContaining({ period: '2026-05', received: 1, inTime: 0, late: 0, open: 1 }),
      ]);
      expect(graph.tenant.stats.mail.selects.every((s) => s !== null && !s.includes('body'))).toBe(
        true,
      );
      // The Outlook pane's duty record tells the kvittens (and a lägesbesked) from the answer.
      const record = (promises: { at: number; promised: string }[]) => [
        {
          id: DUTY_RECORD_PROPERTY,
          value: JSON.stringify({ v: 1, ack: promises[0], status: promises.slice(1) }),
        },
      ];
      const made = (date: string, minutes: number) => stockholmInstant(date, minutes);
      question('question', 6, '2026-05-05');
      question('question', 7, '2026-05-05');
      inbox.messages.find((m) => m.id === 'question6')!.singleValueExtendedProperties = record([
        { at: made('2026-05-05', 10 * 60 + 50), promised: '2026-05-29' },
      ]);
      inbox.messages.find((m) => m.id === 'question7')!.singleValueExtendedProperties = record([
        { at: made('2026-05-05', 10 * 60 + 50), promised: '2026-05-20' },
      ]);
      reply(6, '2026-05-05'); // the kvittens, sent at 11:00
      reply(7, '2026-05-05'); // the kvittens
      inbox.sentItems?.push({
        id: 'answer7',
        conversationId: 'conv7',
        sentDateTime: new Date(made('2026-05-12', 14 * 60)).toISOString(),
      });
      const lines = await runCli([
        'admin',
        'report',
        '--policy',
        join(dir, 'org.json'),
        ...msCredentials(app),
        '--api-base',
        graph.origin,
        '--from',
        '2026-05-05',
        '--to',
        '2026-05-05',
        '--now',
        '2026-06-01T09:00:00+02:00',
        '--format',
        'lines',
        '--concurrency',
        '1',
      ]);
      expect(lines.code).toBe(0);
      const at = (date: string, minutes: number) => stockholmIso(made(date, minutes));
      expect(jsonLines(lines.stdout)).toEqual([
        {
          mailbox: KC,
          received: stockholmIso(mail('question', 6, '2026-05-05').at),
          acknowledged: at('2026-05-05', 11 * 60),
          promised: '2026-05-29',
        },
        {
          mailbox: KC,
          received: stockholmIso(mail('question', 7, '2026-05-05').at),
          acknowledged: at('2026-05-05', 11 * 60),
          promised: '2026-05-20',
          answered: at('2026-05-12', 14 * 60),
        },
      ]);
    } finally {
      await graph.close();
    }
  }, 60_000);
});
