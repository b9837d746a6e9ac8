import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHeaders } from '../../shared/triage/parseHeaders.ts';
import { topmostReceivedAt } from '../../shared/triage/topmostReceivedAt.ts';
import { triageMessage } from '../../shared/triage/triageMessage.ts';
import type { TriageOptions, TriageReasonCode } from '../../shared/triage/triageTypes.ts';

const MAILBOX: TriageOptions = { mailbox: 'anna.lind@vaxjo.se', orgDomains: ['vaxjo.se'] };

interface CorpusCase {
  readonly file: string;
  readonly why: string;
  readonly options: TriageOptions;
  readonly duty: boolean;
  readonly codes: readonly TriageReasonCode[];
  readonly receivedAt: string;
}

const CASES: readonly CorpusCase[] = [
  {
    file: 'swedish-mailing-list.eml',
    why: 'Mailman list: Precedence list and List-Id',
    options: MAILBOX,
    duty: false,
    codes: ['PRECEDENCE', 'MAILING_LIST'],
    receivedAt: '2026-12-17T08:12:44Z',
  },
  {
    file: 'newsletter-list-unsubscribe.eml',
    why: 'newsletter: Precedence bulk and List-Unsubscribe',
    options: MAILBOX,
    duty: false,
    codes: ['PRECEDENCE', 'MAILING_LIST'],
    receivedAt: '2026-12-18T05:00:07Z',
  },
  {
    file: 'exchange-automatic-reply.eml',
    why: 'Exchange automatic reply: lower-case auto-submitted auto-replied',
    options: MAILBOX,
    duty: false,
    codes: ['AUTO_SUBMITTED'],
    receivedAt: '2026-12-21T08:12:03Z',
  },
  {
    file: 'gmail-vacation-reply.eml',
    why: 'Gmail vacation responder: Auto-Submitted auto-replied',
    options: MAILBOX,
    duty: false,
    codes: ['AUTO_SUBMITTED'],
    receivedAt: '2026-12-21T10:03:27Z',
  },
  {
    file: 'bounce-dsn.eml',
    why: 'DSN bounce: auto-replied, multipart/report, Return-Path <>, MAILER-DAEMON',
    options: MAILBOX,
    duty: false,
    codes: ['AUTO_SUBMITTED', 'DELIVERY_REPORT', 'NULL_RETURN_PATH', 'NO_REPLY_SENDER'],
    receivedAt: '2026-12-21T09:02:19Z',
  },
  {
    file: 'calendar-invitation.eml',
    why: 'calendar invitation from a person: docs/rules.md §3 has no rule for text/calendar, so the duty stays',
    options: MAILBOX,
    duty: true,
    codes: [],
    receivedAt: '2026-12-22T07:50:11Z',
  },
  {
    file: 'citizen-utf8-b-name.eml',
    why: 'citizen with a UTF-8 B-encoded name on a Saturday: duty',
    options: MAILBOX,
    duty: true,
    codes: [],
    receivedAt: '2026-12-19T09:30:41Z',
  },
  {
    file: 'citizen-latin1-q-name.eml',
    why: 'citizen with an ISO-8859-1 Q-encoded name after closing: duty',
    options: MAILBOX,
    duty: true,
    codes: [],
    receivedAt: '2026-12-18T16:05:09Z',
  },
  {
    file: 'no-reply-system.eml',
    why: 'e-service notification from No-Reply@: no-reply sender',
    options: MAILBOX,
    duty: false,
    codes: ['NO_REPLY_SENDER'],
    receivedAt: '2026-12-22T06:00:03Z',
  },
  {
    file: 'own-message.eml',
    why: 'note to self, From in another case: own message',
    options: MAILBOX,
    duty: false,
    codes: ['OWN_MESSAGE'],
    receivedAt: '2026-12-21T14:22:10Z',
  },
  {
    file: 'own-message.eml',
    why: 'note to self without a mailbox given: duty assumed',
    options: {},
    duty: true,
    codes: [],
    receivedAt: '2026-12-21T14:22:10Z',
  },
  {
    file: 'auto-submitted-no.eml',
    why: 'Auto-Submitted: no means a person sent it: duty',
    options: MAILBOX,
    duty: true,
    codes: [],
    receivedAt: '2026-12-22T07:30:00Z',
  },
  {
    file: 'colleague-cc-only.eml',
    why: 'colleague, mailbox only in Cc, options off: duty',
    options: MAILBOX,
    duty: true,
    codes: [],
    receivedAt: '2026-12-21T12:05:00Z',
  },
  {
    file: 'colleague-cc-only.eml',
    why: 'colleague on a subdomain, both options on: internal sender and Cc only',
    options: { ...MAILBOX, internalSendersExempt: true, ccOnlyNoDuty: true },
    duty: false,
    codes: ['INTERNAL_SENDER', 'CC_ONLY'],
    receivedAt: '2026-12-21T12:05:00Z',
  },
];

function readCorpus(file: string): string {
  return readFileSync(new URL(`./corpus/${file}`, import.meta.url), 'utf8');
}

describe.each([
  ['LF', (raw: string) => raw.replace(/\r\n/g, '\n')],
  ['CRLF', (raw: string) => raw.replace(/\r?\n/g, '\r\n')],
] as const)('triage corpus with %s line ends', (_ends, convert) => {
  it.each(CASES)('$file — $why', ({ file, options, duty, codes, receivedAt }) => {
    const headers = parseHeaders(convert(readCorpus(file)));
    const triage = triageMessage(headers, options);
    expect(triage.duty).toBe(duty);
    expect(triage.reasons.map((reason) => reason.code)).toEqual(codes);
    expect(topmostReceivedAt(headers)).toBe(Date.parse(receivedAt));
  });
});

describe('triage corpus details', () => {
  it('decodes the UTF-8 B name and the folded, split subject of the Saturday citizen', () => {
    const headers = parseHeaders(readCorpus('citizen-utf8-b-name.eml'));
    expect(headers.get('from')).toBe('Åsa Öberg <asa.oberg@gmail.com>');
    expect(headers.get('subject')).toBe('Fråga om bygglov för inglasad altan på Teleborg');
  });

  it('decodes the ISO-8859-1 Q name and joins the two subject words', () => {
    const headers = parseHeaders(readCorpus('citizen-latin1-q-name.eml'));
    expect(headers.get('From')).toBe('Per-Olof Nyström <per-olof.nystrom@telia.com>');
    expect(headers.get('Subject')).toBe(
      'Klagomål på snöröjningen i Öster - tredje gången denna vecka',
    );
  });

  it('stops at the empty line before the body of the DSN', () => {
    const headers = parseHeaders(readCorpus('bounce-dsn.eml'));
    expect(headers.has('This is a MIME-encapsulated message.')).toBe(false);
    expect(headers.fields.at(-1)?.name).toBe('Message-Id');
  });

  it('quotes the proving header in each reason, Swedish and English', () => {
    const triage = triageMessage(parseHeaders(readCorpus('exchange-automatic-reply.eml')), MAILBOX);
    expect(triage.reasons[0]).toEqual({
      code: 'AUTO_SUBMITTED',
      evidence: 'Auto-Submitted: auto-replied',
      message: {
        sv: 'Automatiskt svar (Auto-Submitted: auto-replied) – ingen svarsplikt.',
        en: 'Automatic reply (Auto-Submitted: auto-replied) – no reply duty.',
      },
    });
  });

  it('does not quote the personal unsubscribe link of the newsletter', () => {
    const triage = triageMessage(
      parseHeaders(readCorpus('newsletter-list-unsubscribe.eml')),
      MAILBOX,
    );
    const list = triage.reasons.find((reason) => reason.code === 'MAILING_LIST');
    expect(list?.evidence).toBe('List-Unsubscribe: …');
    expect(JSON.stringify(triage)).not.toContain('abcdef0123456789');
  });

  it('keeps the no-reply evidence free of the sender domain', () => {
    const triage = triageMessage(parseHeaders(readCorpus('no-reply-system.eml')), MAILBOX);
    expect(triage.reasons[0]?.evidence).toBe('From: No-Reply@…');
  });
});
