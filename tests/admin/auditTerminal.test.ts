// What a person at a terminal sees of `admin audit`: the progress line on stderr and the table on
// stdout; and what a pipe gets instead: JSON lines and no progress at all.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCommand } from '../../cli/admin/auditCommand.ts';
import { progressBar } from '../../cli/admin/audit/progressBar.ts';
import { createRowSink, TABLE_HEADER, tableRow } from '../../cli/admin/audit/rowSink.ts';
import { failedRow } from '../../cli/admin/audit/judgeMailbox.ts';
import type { AuditRow } from '../../cli/admin/audit/judgeMailbox.ts';
import { createGoogleStandin } from '../../playground/google-standin/googleStandin.ts';
import { serveStandin } from '../../playground/standin-kit/serveStandin.ts';
import type { RunningStandin } from '../../playground/standin-kit/serveStandin.ts';
import { VAXJO_ORG_JSON } from '../fixtures/vaxjoOrgJson.ts';
import { jsonLines, ROOT, runCli } from './runCli.ts';
import {
  ALL_DELEGATED,
  makeServiceAccount,
  NOW,
  workspaceUsers,
  googleCredentials,
} from './workspaceFixture.ts';

/** What a terminal shows for `raw`: \r returns to the left edge, ESC[K erases to the end of the line. */
function screenOf(raw: string): string[] {
  const lines: string[] = [''];
  let column = 0;
  for (let i = 0; i < raw.length; i++) {
    const line = lines.length - 1;
    const char = raw[i] as string;
    if (raw.startsWith('\x1b[K', i)) {
      lines[line] = (lines[line] as string).slice(0, column);
      i += 2;
    } else if (char === '\r') column = 0;
    else if (char === '\n') {
      lines.push('');
      column = 0;
    } else {
      const text = lines[line] as string;
      lines[line] = text.slice(0, column) + char + text.slice(column + 1);
      column += 1;
    }
  }
  return lines;
}

/** A fake terminal: everything written, and a clock the test moves. */
function fakeTerminal() {
  const written: string[] = [];
  let ms = 1_000_000;
  return {
    written,
    write: (text: string) => void written.push(text),
    now: () => ms,
    advance: (by: number) => void (ms += by),
  };
}

describe('the progress line', () => {
  it('redraws in place at most every 100 ms, with counts, failures, rate and a moving bar', () => {
    const tty = fakeTerminal();
    const progress = progressBar(tty.write, tty.now);
    tty.advance(100);
    progress.tick(false); // first tick after 100 ms: drawn
    for (let i = 0; i < 119; i++) progress.tick(i < 3); // same instant: not redrawn
    expect(tty.written).toHaveLength(1);
    expect(tty.written[0]).toBe(`\r${'░'.repeat(20)} 1 postlådor, 0 fel, 10/s `);
    tty.advance(1900); // 2 s after the start, 120 rows, 3 failed
    progress.tick(false);
    expect(tty.written).toHaveLength(2);
    expect(tty.written[1]).toBe(`\r${'█'.repeat(2)}${'░'.repeat(18)} 121 postlådor, 3 fel, 61/s `);
    // Every line starts with a carriage return and has no newline: it overwrites itself.
    for (const line of tty.written) expect(line).toMatch(/^\r[^\n]*$/);
  });

  it('ends with the final counts and a newline, so the summary starts on its own line', () => {
    const tty = fakeTerminal();
    const progress = progressBar(tty.write, tty.now);
    for (let i = 0; i < 1100; i++) {
      tty.advance(1);
      progress.tick(i % 100 === 0);
    }
    progress.done();
    expect(tty.written.at(-2)).toBe(
      `\r${'█'.repeat(1)}${'░'.repeat(19)} 1100 postlådor, 11 fel, 1000/s `,
    );
    expect(tty.written.at(-1)).toBe('\n');
  });

  it('erases its line for rows and redraws at the next tick', () => {
    const tty = fakeTerminal();
    const progress = progressBar(tty.write, tty.now);
    progress.clear(); // nothing drawn yet: nothing to erase
    expect(tty.written).toEqual([]);
    progress.tick(false);
    progress.clear();
    expect(tty.written.at(-1)).toBe('\r\x1b[K');
    tty.advance(1); // well within 100 ms, yet the erased line comes back at once
    progress.tick(false);
    expect(tty.written.at(-1)).toMatch(/^\r[█░]{20} 2 postlådor, 0 fel, /);
  });

  it('the bar wraps round while the total is unknown, never longer than 20 cells', () => {
    const tty = fakeTerminal();
    const progress = progressBar(tty.write, tty.now);
    for (let i = 0; i < 3000; i++) {
      tty.advance(100);
      progress.tick(false);
    }
    const bars = tty.written.map((line) => /^\r([█░]+) /.exec(line)?.[1] ?? '');
    expect(bars.every((bar) => bar.length === 20)).toBe(true);
    expect(bars[999]).toBe('█'.repeat(20)); // 1,000 rows
    expect(bars[1049]).toBe('░'.repeat(20)); // 1,050 rows: round again
  });
});

const row = (patch: Partial<AuditRow>): AuditRow => ({
  mailbox: 'anna.andersson@vaxjo.se',
  autoreply: 'off',
  firstDay: null,
  lastDay: null,
  findings: [],
  forwarding: null,
  forwardingAll: [],
  delegates: [],
  ...patch,
});

describe('the terminal table', () => {
  it.each<[string, AuditRow, string]>([
    ['an autoreply off, nothing found', row({}), 'off'],
    [
      'an autoreply with two findings',
      row({
        autoreply: 'on',
        findings: [
          { id: 'ABSENCE_REASON', severity: 'error', message: 'm', messageSv: 'm' },
          { id: 'RETURN_MISSING', severity: 'error', message: 'm', messageSv: 'm' },
        ],
      }),
      'on         ABSENCE_REASON RETURN_MISSING',
    ],
    [
      'a mailbox that could not be read',
      failedRow('anna.andersson@vaxjo.se', 'HTTP 403: Delegation denied'),
      'FEL        HTTP 403: Delegation denied',
    ],
  ])('%s', (_name, input, rest) => {
    expect(tableRow(input)).toBe(`${'anna.andersson@vaxjo.se'.padEnd(36)} ${rest}`);
  });

  it('starts with a heading and prints one line per row, in the order given', async () => {
    const out: string[] = [];
    const sink = createRowSink('table', (line) => out.push(line), undefined);
    sink.write(row({ mailbox: 'a@vaxjo.se' }));
    sink.write(failedRow('b@vaxjo.se', 'network: socket hang up'));
    const summary = await sink.close();
    expect(out[0]).toBe(TABLE_HEADER);
    expect(out[0]).toMatch(/^Postlåda \/ Mailbox +Autosvar +Fynd \/ Findings$/);
    expect(out.slice(1).map((l) => l.split(/ +/)[0])).toEqual(['a@vaxjo.se', 'b@vaxjo.se']);
    expect(summary).toMatchObject({ mailboxes: 2, failed: 1, off: 1 });
  });
});

describe('admin audit at a terminal and in a pipe', () => {
  let server: RunningStandin;
  let args: string[];

  beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT });
    const dir = mkdtempSync(join(tmpdir(), 'svarsplikt-tty-'));
    const account = makeServiceAccount(dir);
    const standin = createGoogleStandin({
      clientEmail: account.clientEmail,
      publicKey: account.publicKey,
      delegatedScopes: ALL_DELEGATED,
      users: workspaceUsers(300), // more rows than one flush (256), to show the interleaving
    });
    server = await serveStandin(standin.handle);
    writeFileSync(join(dir, 'org.json'), JSON.stringify(VAXJO_ORG_JSON));
    args = [
      'admin',
      'audit',
      '--policy',
      join(dir, 'org.json'),
      ...googleCredentials(account),
      '--api-base',
      server.origin,
      '--now',
      NOW,
    ];
  }, 60_000);

  afterAll(async () => {
    await server?.close();
  });

  it('on a terminal: the table on stdout and the progress line on stderr', async () => {
    // util-linux `script` gives the CLI a pseudo-terminal for both stdout and stderr.
    const command = [process.execPath, join(ROOT, 'bin/svarsplikt.mjs'), ...args]
      .map((a) => `'${a}'`)
      .join(' ');
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', TERM: 'dumb' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let screen = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (screen += d));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    const lines = screenOf(screen);
    // Every table row starts at the left edge: no progress text is left in front of it.
    const rows = lines.filter((l) => l.includes('@vaxjo.se'));
    expect(rows).toHaveLength(300);
    for (const line of rows) expect(line).toMatch(/^(user\d{4}|it\.admin)@vaxjo\.se +(on|off) ?/);
    expect(lines).toContain(TABLE_HEADER);
    expect(lines.find((l) => l.startsWith('user0003@vaxjo.se'))).toMatch(
      /^user0003@vaxjo\.se +off +EXTERNAL_TARGET$/,
    );
    expect(lines.find((l) => l.startsWith('user0002@vaxjo.se'))).toMatch(
      /^user0002@vaxjo\.se +on +(?=.*\bABSENCE_REASON\b)(?=.*\bRETURN_MISSING\b)/,
    );
    expect(screen).not.toContain('{"mailbox"');
    // The progress line: drawn with \r, counting, naming no mailbox; it ends above the summary.
    const drawn = screen.split(/[\r\n]/).filter((l) => l.includes('postlådor'));
    expect(drawn.length).toBeGreaterThan(0);
    for (const line of drawn) {
      expect(line).toMatch(/^[█░]{20} \d+ postlådor, \d+ fel, \d+\/s $/);
      expect(line).not.toContain('@');
    }
    const shown = lines.filter((l) => l.includes('postlådor'));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/ 300 postlådor, 0 fel, /);
    const summary = lines.findIndex((l) => l.startsWith('svarsplikt admin audit: 300 mailboxes'));
    expect(lines.indexOf(shown[0] as string)).toBe(summary - 1);
  }, 60_000);

  it('in a pipe: JSON lines on stdout and no progress line on stderr', async () => {
    const result = await runCli(args);
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout)).toHaveLength(300);
    expect(result.stderr).not.toContain('postlådor');
    expect(result.stderr).not.toContain('\r');
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^svarsplikt admin audit: 300 mailboxes, 0 could not be read/),
    ]);
  }, 60_000);
});

describe('admin audit and a slow reader of stdout', () => {
  it('waits for stdout to drain every 256 rows instead of piling rows up', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'svarsplikt-slow-'));
    const account = makeServiceAccount(dir);
    const standin = createGoogleStandin({
      clientEmail: account.clientEmail,
      publicKey: account.publicKey,
      delegatedScopes: ALL_DELEGATED,
      users: workspaceUsers(600),
    });
    const server = await serveStandin(standin.handle);
    writeFileSync(join(dir, 'org.json'), JSON.stringify(VAXJO_ORG_JSON));
    let lines = 0;
    let draining = false;
    let writtenWhileDraining = 0;
    const flushedAt: number[] = [];
    try {
      const code = await auditCommand(
        [
          '--policy',
          join(dir, 'org.json'),
          ...googleCredentials(account),
          '--api-base',
          server.origin,
          '--now',
          NOW,
          '--concurrency',
          '32',
        ],
        {
          out: () => {
            lines += 1;
            if (draining) writtenWhileDraining += 1;
          },
          err: () => undefined,
          stdin: () => Promise.resolve(''),
          now: () => Date.now(),
          env: {},
          // A reader that takes 150 ms to take each batch.
          flush: async () => {
            flushedAt.push(lines);
            draining = true;
            await new Promise((resolve) => setTimeout(resolve, 150));
            draining = false;
          },
        },
      );
      expect(code).toBe(0);
    } finally {
      await server.close();
    }
    expect(lines).toBe(600);
    // Every 256 rows, and once at the end; nothing is written while the reader is behind.
    expect(flushedAt).toEqual([256, 512, 600]);
    expect(writtenWhileDraining).toBe(0);
  }, 60_000);
});
