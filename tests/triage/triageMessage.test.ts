import { describe, expect, it } from 'vitest';
import { parseHeaders } from '../../shared/triage/parseHeaders.ts';
import { triageMessage } from '../../shared/triage/triageMessage.ts';
import type { TriageOptions, TriageReasonCode } from '../../shared/triage/triageTypes.ts';

const BASE =
  'From: Sara Nilsson <sara.nilsson@example.se>\r\nTo: Anna Lind <anna.lind@vaxjo.se>\r\n';
const MAILBOX: TriageOptions = { mailbox: 'anna.lind@vaxjo.se', orgDomains: ['vaxjo.se'] };

function codesFor(
  extra: string,
  options: TriageOptions = MAILBOX,
  base = BASE,
): readonly TriageReasonCode[] {
  return triageMessage(parseHeaders(base + extra), options).reasons.map((reason) => reason.code);
}

describe('triageMessage rules (docs/rules.md §3)', () => {
  it.each([
    ['a plain citizen mail carries a duty', '', []],
    ['Auto-Submitted: auto-generated', 'Auto-Submitted: auto-generated\r\n', ['AUTO_SUBMITTED']],
    [
      'Auto-Submitted: auto-notified with a parameter',
      'Auto-Submitted: auto-notified; owner-email="x@y"\r\n',
      ['AUTO_SUBMITTED'],
    ],
    ['Auto-Submitted: No (any case) is a person', 'Auto-Submitted: No\r\n', []],
    ['Precedence: bulk', 'Precedence: bulk\r\n', ['PRECEDENCE']],
    ['Precedence: LIST', 'Precedence: LIST\r\n', ['PRECEDENCE']],
    ['Precedence: junk', 'Precedence: junk\r\n', ['PRECEDENCE']],
    ['Precedence: first-class is not automatic', 'Precedence: first-class\r\n', []],
    ['List-Id alone', 'List-Id: <nyheter.example.se>\r\n', ['MAILING_LIST']],
    ['List-Unsubscribe alone', 'List-Unsubscribe: <mailto:u@example.se>\r\n', ['MAILING_LIST']],
    [
      'List-Id and List-Unsubscribe give one reason',
      'List-Id: <l.example.se>\r\nList-Unsubscribe: <mailto:u@example.se>\r\n',
      ['MAILING_LIST'],
    ],
    [
      'multipart/report',
      'Content-Type: Multipart/Report; report-type="disposition-notification"; boundary=x\r\n',
      ['DELIVERY_REPORT'],
    ],
    ['multipart/mixed is no report', 'Content-Type: multipart/mixed; boundary=x\r\n', []],
    ['Return-Path <>', 'Return-Path: <>\r\n', ['NULL_RETURN_PATH']],
    ['Return-Path with spaces inside', 'Return-Path: < >\r\n', ['NULL_RETURN_PATH']],
    ['Return-Path of a person', 'Return-Path: <sara.nilsson@example.se>\r\n', []],
  ] as const)('%s', (_case, extra, codes) => {
    expect(codesFor(extra)).toEqual(codes);
  });

  it.each([
    ['noreply@example.se', true],
    ['no-reply@example.se', true],
    ['No_Reply@example.se', true],
    ['donotreply@example.se', true],
    ['do-not-reply@example.se', true],
    ['DoNotReply@example.se', true],
    ['info-noreply@example.se', true],
    ['MAILER-DAEMON@mx.example.se', true],
    ['postmaster@example.se', true],
    ['reply@example.se', false],
    ['sara@noreply.example.se', false],
    ['nora.eply@example.se', false],
  ])('no-reply sender by local part: %s → %s', (address, noReply) => {
    const codes = codesFor('', MAILBOX, `From: System <${address}>\r\nTo: anna.lind@vaxjo.se\r\n`);
    expect(codes.includes('NO_REPLY_SENDER')).toBe(noReply);
  });

  it.each([
    [
      'sender is the mailbox, another case',
      'From: ANNA.LIND@VAXJO.SE\r\n',
      MAILBOX,
      ['OWN_MESSAGE'],
    ],
    ['internal sender, option off', 'From: erik@vaxjo.se\r\n', MAILBOX, []],
    [
      'internal sender, option on',
      'From: erik@vaxjo.se\r\n',
      { ...MAILBOX, internalSendersExempt: true },
      ['INTERNAL_SENDER'],
    ],
    [
      'subdomain sender, option on',
      'From: erik@skola.VAXJO.se\r\n',
      { ...MAILBOX, internalSendersExempt: true },
      ['INTERNAL_SENDER'],
    ],
    [
      'look-alike domain is not internal',
      'From: erik@notvaxjo.se\r\n',
      { ...MAILBOX, internalSendersExempt: true },
      [],
    ],
    [
      'option on but no org domains',
      'From: erik@vaxjo.se\r\n',
      { mailbox: 'anna.lind@vaxjo.se', internalSendersExempt: true },
      [],
    ],
  ] as const)('%s', (_case, from, options, codes) => {
    expect(codesFor('', options, `${from}To: kontaktcenter@vaxjo.se\r\n`)).toEqual(codes);
  });

  it.each([
    [
      'only in Cc, option on',
      'To: kc@vaxjo.se\r\nCc: Anna Lind <anna.lind@vaxjo.se>\r\n',
      true,
      ['CC_ONLY'],
    ],
    ['only in Cc, option off', 'To: kc@vaxjo.se\r\nCc: anna.lind@vaxjo.se\r\n', false, []],
    ['in To and Cc', 'To: anna.lind@vaxjo.se\r\nCc: anna.lind@vaxjo.se\r\n', true, []],
    ['in neither (Bcc)', 'To: kc@vaxjo.se\r\n', true, []],
    [
      'in the second of two Cc fields',
      'To: kc@vaxjo.se\r\nCc: x@vaxjo.se\r\ncc: "Lind, Anna" <Anna.Lind@vaxjo.se>\r\n',
      true,
      ['CC_ONLY'],
    ],
  ] as const)('Cc only: %s', (_case, recipients, ccOnlyNoDuty, codes) => {
    expect(codesFor(recipients, { ...MAILBOX, ccOnlyNoDuty }, 'From: sara@example.se\r\n')).toEqual(
      codes,
    );
  });

  it('falls back to Sender when there is no From', () => {
    expect(codesFor('', MAILBOX, 'Sender: noreply@example.se\r\n')).toEqual(['NO_REPLY_SENDER']);
  });

  it('clips very long evidence', () => {
    const reason = triageMessage(
      parseHeaders(`${BASE}Auto-Submitted: auto-generated ${'x'.repeat(300)}\r\n`),
    ).reasons[0];
    expect(reason?.evidence.length).toBe(100);
    expect(reason?.evidence.endsWith('…')).toBe(true);
  });

  it('gives every reason a Swedish and an English sentence ending in the verdict', () => {
    const raw =
      'From: MAILER-DAEMON@vaxjo.se\r\nTo: x@vaxjo.se\r\nCc: anna.lind@vaxjo.se\r\nAuto-Submitted: auto-replied\r\n' +
      'Precedence: bulk\r\nList-Id: <l.example.se>\r\nContent-Type: multipart/report\r\nReturn-Path: <>\r\n';
    const triage = triageMessage(parseHeaders(raw), {
      mailbox: 'MAILER-DAEMON@vaxjo.se',
      orgDomains: ['vaxjo.se'],
      internalSendersExempt: true,
      ccOnlyNoDuty: false,
    });
    expect(triage.reasons.map((reason) => reason.code)).toEqual([
      'AUTO_SUBMITTED',
      'PRECEDENCE',
      'MAILING_LIST',
      'DELIVERY_REPORT',
      'NULL_RETURN_PATH',
      'NO_REPLY_SENDER',
      'OWN_MESSAGE',
      'INTERNAL_SENDER',
    ]);
    for (const reason of triage.reasons) {
      expect(reason.message.sv).toContain(`(${reason.evidence})`);
      expect(reason.message.sv.endsWith('– ingen svarsplikt.')).toBe(true);
      expect(reason.message.en.endsWith('– no reply duty.')).toBe(true);
    }
    expect(Object.isFrozen(triage)).toBe(true);
    expect(Object.isFrozen(triage.reasons)).toBe(true);
  });
});

describe('triage: RFC 3834 details', () => {
  it.each([
    ['Auto-Submitted: no (human)', true],
    ['Auto-Submitted: No', true],
    ['Auto-Submitted: auto-replied (vacation)', false],
    ['Precedence: first-class\r\nPrecedence: bulk', false],
    ['Precedence: first-class', true],
  ])('%j → duty %s', (block, duty) => {
    const headers = parseHeaders(`From: Åsa <asa@example.se>\r\nTo: anna@vaxjo.se\r\n${block}`);
    expect(triageMessage(headers, { mailbox: 'anna@vaxjo.se' }).duty).toBe(duty);
  });
});
