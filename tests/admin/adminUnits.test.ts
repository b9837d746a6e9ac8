import { describe, expect, it } from 'vitest';
import { htmlReportHead, htmlTableRow } from '../../cli/admin/audit/htmlReport.ts';
import { emptySummary } from '../../cli/admin/audit/auditSummary.ts';
import { csvCell } from '../../cli/admin/audit/csvRow.ts';
import { judgeMailbox } from '../../cli/admin/audit/judgeMailbox.ts';
import { htmlToText, replyContacts } from '../../cli/admin/audit/replyText.ts';
import { instantOfDateTimeTimeZone } from '../../cli/admin/microsoft/graphMailboxes.ts';
import { isNoProxy } from '../../cli/admin/net/httpRequest.ts';
import {
  isTransient,
  retryAfterMs,
  retryDelayMs,
  withRetry,
} from '../../cli/admin/net/withRetry.ts';
import { parseOrgConfig, stockholmInstant } from '../../shared/index.ts';
import { VAXJO_ORG_JSON } from '../fixtures/vaxjoOrgJson.ts';

const parsed = parseOrgConfig(VAXJO_ORG_JSON);
if (!parsed.ok) throw new Error('fixture');
const org = parsed.value;

describe('retries', () => {
  it.each([
    ['seconds', '3', 3000],
    ['fractional seconds', '0.25', 250],
    ['an HTTP date 10 s ahead', 'Wed, 08 Apr 2026 08:00:10 GMT', 10_000],
    ['nothing', undefined, undefined],
    ['garbage', 'soon', undefined],
  ])('reads Retry-After given as %s', (_name, value, expected) => {
    expect(retryAfterMs(value, Date.parse('2026-04-08T08:00:00Z'))).toBe(expected);
  });

  it.each([
    [429, true],
    [500, true],
    [503, true],
    [501, false],
    [400, false],
    [403, false],
    [404, false],
    [undefined, true],
  ])('status %s is transient: %s', (status, expected) => {
    expect(isTransient({ status, retryAfterMs: undefined })).toBe(expected);
  });

  it('waits as Retry-After says, else doubles up to the cap', () => {
    const policy = { baseDelayMs: 500, maxDelayMs: 30_000 };
    expect(retryDelayMs({ status: 429, retryAfterMs: 7000 }, 3, policy, 0.5)).toBe(7000);
    expect(retryDelayMs({ status: 503, retryAfterMs: undefined }, 1, policy, 1)).toBe(500);
    expect(retryDelayMs({ status: 503, retryAfterMs: undefined }, 4, policy, 1)).toBe(4000);
    expect(retryDelayMs({ status: 503, retryAfterMs: undefined }, 20, policy, 1)).toBe(30_000);
  });

  it('retries transient failures and gives up on others or after the last attempt', async () => {
    const waits: number[] = [];
    const policy = {
      attempts: 3,
      baseDelayMs: 10,
      maxDelayMs: 100,
      sleep: (ms: number) => (waits.push(ms), Promise.resolve()),
      classify: (e: unknown) => ({ status: (e as { status: number }).status, retryAfterMs: 1000 }),
    };
    let calls = 0;
    await expect(
      withRetry(
        () => (++calls < 3 ? Promise.reject({ status: 429 }) : Promise.resolve('ok')),
        policy,
      ),
    ).resolves.toBe('ok');
    expect(waits).toEqual([1000, 1000]);
    calls = 0;
    await expect(
      withRetry(() => (++calls, Promise.reject({ status: 403 })), policy),
    ).rejects.toEqual({ status: 403 });
    expect(calls).toBe(1);
    calls = 0;
    await expect(
      withRetry(() => (++calls, Promise.reject({ status: 503 })), policy),
    ).rejects.toEqual({ status: 503 });
    expect(calls).toBe(3);
  });
});

describe('reading autoreplies', () => {
  it('reduces HTML to text and finds contacts', () => {
    const text = htmlToText(
      '<p>Kontakta <a href="mailto:kc@vaxjo.se">kc@vaxjo.se</a>&nbsp;eller 0470-410 00.</p><p>Tack &amp; hej</p>',
    );
    expect(text).toBe('Kontakta kc@vaxjo.se eller 0470-410 00.\nTack & hej');
    expect(replyContacts(text)).toEqual([
      { name: 'kc@vaxjo.se', address: 'kc@vaxjo.se' },
      { name: '0470-410 00', phone: '0470-410 00' },
    ]);
  });

  it('is linear on hostile input', () => {
    const hostile = `${'<'.repeat(100_000)}${'a'.repeat(100_000)}${'&#'.repeat(50_000)}`;
    const started = performance.now();
    replyContacts(htmlToText(hostile));
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it.each([
    [
      'UTC',
      { dateTime: '2026-04-10T22:00:00.0000000', timeZone: 'UTC' },
      Date.UTC(2026, 3, 10, 22),
    ],
    [
      "Stockholm's zone in summer",
      { dateTime: '2026-04-06T00:00:00.0000000', timeZone: 'W. Europe Standard Time' },
      stockholmInstant('2026-04-06', 0),
    ],
    ['nothing', undefined, null],
  ])('reads a Graph dateTimeTimeZone in %s', (_name, value, expected) => {
    expect(instantOfDateTimeTimeZone(value)).toBe(expected);
  });
});

describe('judgeMailbox', () => {
  const now = Date.parse('2026-04-08T06:00:00Z');
  it('reports external forwarding even with the autoreply off, and nothing else', () => {
    const row = judgeMailbox(
      {
        mailbox: 'a@vaxjo.se',
        autoreply: { enabled: false, start: null, end: null, text: '' },
        forwardsTo: ['x@gmail.com'],
        delegates: [],
      },
      org,
      now,
    );
    expect(row.autoreply).toBe('off');
    expect(row.findings.map((f) => f.id)).toEqual(['EXTERNAL_TARGET']);
    expect(row.forwarding).toEqual({ to: 'x@gmail.com', internal: false });
  });

  it('calls a responder that starts tomorrow scheduled, and one that ended off', () => {
    const reply = (start: number | null, end: number | null) => ({
      enabled: true,
      start,
      end,
      text: 'Ledig.',
    });
    const base = { mailbox: 'a@vaxjo.se', forwardsTo: [], delegates: [] };
    expect(
      judgeMailbox({ ...base, autoreply: reply(now + 86_400_000, null) }, org, now).autoreply,
    ).toBe('scheduled');
    expect(judgeMailbox({ ...base, autoreply: reply(null, now - 1) }, org, now).autoreply).toBe(
      'off',
    );
  });
});

describe('report safety', () => {
  it.each([
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+46 470', '"\'+46 470"'],
    ['a,b', '"a,b"'],
    ['plain', 'plain'],
  ])('CSV cell %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('escapes every mailbox value in the HTML', () => {
    const row = htmlTableRow({
      mailbox: '<img src=x onerror=alert(1)>@vaxjo.se',
      autoreply: null,
      firstDay: null,
      lastDay: null,
      findings: [],
      forwarding: { to: '"><script>', internal: false },
      forwardingAll: [],
      delegates: [],
      error: '<b>',
    });
    expect(row).not.toMatch(/<img|<script|<b>/);
    expect(htmlReportHead(emptySummary(), '<Kommun>', 'idag')).toContain('&lt;Kommun&gt;');
  });
});

describe('NO_PROXY', () => {
  it.each([
    ['graph.microsoft.com', 'localhost,.microsoft.com', true],
    ['graph.microsoft.com', 'microsoft.com', true],
    ['graph.microsoft.com', 'notmicrosoft.com', false],
    ['gmail.googleapis.com', '*', true],
    ['gmail.googleapis.com', undefined, false],
  ])('%s with NO_PROXY=%s bypasses the proxy: %s', (host, rule, expected) => {
    expect(isNoProxy(host, rule)).toBe(expected);
  });
});
