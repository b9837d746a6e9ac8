import { describe, expect, it } from 'vitest';
import {
  DEMO_MESSAGES,
  DEMO_NOW,
  DEMO_OWNER,
  demoMessageById,
} from '../../playground/demo-mailbox.ts';
import { parseAddressList } from '../../shared/triage/parseAddressList.ts';
import { parseHeaders } from '../../shared/triage/parseHeaders.ts';
import { parseRfc5322Date } from '../../shared/triage/parseRfc5322Date.ts';
import { topmostReceivedAt } from '../../shared/triage/topmostReceivedAt.ts';
import { triageMessage } from '../../shared/triage/triageMessage.ts';
import type { TriageReasonCode } from '../../shared/triage/triageTypes.ts';
import { senderTrust } from '../../shared/trust/senderTrust.ts';

const OPTIONS = { mailbox: DEMO_OWNER.address, orgDomains: ['vaxjo.se'] };

/** The intended receipt in Stockholm wall time (CET, UTC+1, in December) and the intended triage. */
const INTENDED: Readonly<Record<string, { local: string; codes: readonly TriageReasonCode[] }>> = {
  'demo-01': { local: 'Tue 2026-12-22 08:30', codes: [] },
  'demo-02': { local: 'Mon 2026-12-21 13:05', codes: [] },
  'demo-03': {
    local: 'Mon 2026-12-21 10:02',
    codes: ['AUTO_SUBMITTED', 'DELIVERY_REPORT', 'NULL_RETURN_PATH', 'NO_REPLY_SENDER'],
  },
  'demo-04': { local: 'Mon 2026-12-21 09:12', codes: ['AUTO_SUBMITTED'] },
  'demo-12': { local: 'Mon 2026-12-21 12:31', codes: [] },
  'demo-13': { local: 'Mon 2026-12-21 12:02', codes: [] },
  'demo-14': { local: 'Mon 2026-12-21 11:45', codes: [] },
  'demo-15': { local: 'Mon 2026-12-21 11:20', codes: [] },
  'demo-05': { local: 'Mon 2026-12-21 07:40', codes: [] },
  'demo-06': { local: 'Sat 2026-12-19 10:30', codes: [] },
  'demo-07': { local: 'Fri 2026-12-18 17:05', codes: [] },
  'demo-08': { local: 'Fri 2026-12-18 06:00', codes: ['PRECEDENCE', 'MAILING_LIST'] },
  'demo-09': { local: 'Thu 2026-12-17 11:00', codes: [] },
  'demo-10': { local: 'Thu 2026-12-17 09:10', codes: [] },
  'demo-11': { local: 'Wed 2026-12-16 14:20', codes: [] },
};

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Stockholm wall time in December (CET) without any time-zone machinery. */
function cetWallTime(iso: string): string {
  const local = new Date(Date.parse(iso) + 3_600_000);
  return `${WEEKDAYS[local.getUTCDay()]} ${local.toISOString().slice(0, 10)} ${local.toISOString().slice(11, 16)}`;
}

function addresses(value: string | undefined): string[] {
  return parseAddressList(value ?? '').map((mailbox) => mailbox.address.toLowerCase());
}

describe('demo mailbox', () => {
  it('has unique ids and conversation ids, each message once in the intended table', () => {
    expect(DEMO_MESSAGES.map((message) => message.id).sort()).toEqual(Object.keys(INTENDED).sort());
    expect(new Set(DEMO_MESSAGES.map((message) => message.conversationId)).size).toBe(
      DEMO_MESSAGES.length,
    );
    expect(demoMessageById('demo-06')?.from.name).toBe('Åsa Öberg');
    expect(demoMessageById('nope')).toBeUndefined();
  });

  it.each(
    DEMO_MESSAGES.map(
      (message) => [message.id, INTENDED[message.id]?.local ?? '?', message] as const,
    ),
  )('%s received %s (Stockholm): headers agree with the message fields', (id, local, message) => {
    expect(message.internetHeaders).not.toMatch(/[^\r]\n/);
    expect(message.internetHeaders.endsWith('\r\n')).toBe(true);
    const headers = parseHeaders(message.internetHeaders);
    expect(topmostReceivedAt(headers)).toBe(Date.parse(message.receivedDateTime));
    expect(cetWallTime(message.receivedDateTime)).toBe(local);
    expect(parseRfc5322Date(headers.get('Date') ?? '')).toBe(Date.parse(message.sentDateTime));
    const lag = Date.parse(message.receivedDateTime) - Date.parse(message.sentDateTime);
    expect(lag).toBeGreaterThan(0);
    expect(lag).toBeLessThan(60_000);
    expect(Date.parse(message.receivedDateTime)).toBeLessThan(Date.parse(DEMO_NOW));
    expect(headers.get('Subject')).toBe(message.subject);
    if (id === 'demo-12') {
      // The poisoned From: read on its first 64,000 characters, so its address is never reached.
      expect(headers.truncated).toBe(true);
      expect(message.internetHeaders.length).toBeGreaterThan(200_000);
    } else {
      expect(parseAddressList(headers.get('From') ?? '')).toEqual([message.from]);
    }
    expect(addresses(headers.get('To'))).toEqual(message.to.map((to) => to.address));
    expect(addresses(headers.get('Cc'))).toEqual(message.cc.map((cc) => cc.address));
    expect(headers.has('Message-ID')).toBe(true);
    expect(headers.get('MIME-Version')).toBe('1.0');
    expect(id).toBe(message.id);
  });

  it.each(
    DEMO_MESSAGES.map(
      (message) => [message.id, INTENDED[message.id]?.codes ?? [], message] as const,
    ),
  )('%s triages to %j', (_id, codes, message) => {
    const triage = triageMessage(parseHeaders(message.internetHeaders), OPTIONS);
    expect(triage.reasons.map((reason) => reason.code)).toEqual(codes);
    expect(triage.duty).toBe(codes.length === 0);
  });

  it('the colleague is exempt only when the organisation exempts internal senders', () => {
    const internal = DEMO_MESSAGES.filter((message) => message.from.address.endsWith('@vaxjo.se'));
    expect(internal.map((message) => message.id)).toEqual(['demo-02', 'demo-14', 'demo-03']);
    const triage = triageMessage(parseHeaders(demoMessageById('demo-02')?.internetHeaders ?? ''), {
      ...OPTIONS,
      internalSendersExempt: true,
    });
    expect(triage.reasons.map((reason) => reason.code)).toEqual(['INTERNAL_SENDER']);
  });

  it('one citizen message is answered, after it arrived and before now', () => {
    const answered = DEMO_MESSAGES.filter((message) => message.answeredAt !== undefined);
    expect(answered.map((message) => message.id)).toEqual(['demo-10']);
    const [message] = answered;
    expect(Date.parse(message?.answeredAt ?? '')).toBeGreaterThan(
      Date.parse(message?.receivedDateTime ?? ''),
    );
    expect(Date.parse(message?.answeredAt ?? '')).toBeLessThan(Date.parse(DEMO_NOW));
  });

  it('keeps the fixed owner and now others code against', () => {
    expect(DEMO_OWNER).toEqual({ name: 'Anna Lind', address: 'anna.lind@vaxjo.se' });
    expect(DEMO_NOW).toBe('2026-12-22T09:15:00Z');
    expect(cetWallTime(DEMO_NOW)).toBe('Tue 2026-12-22 10:15');
  });

  it('lists the inbox newest first', () => {
    const times = DEMO_MESSAGES.map((message) => Date.parse(message.receivedDateTime));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

describe('demo mailbox: sender trust and hints', () => {
  const trustOf = (id: string) =>
    senderTrust(parseHeaders(demoMessageById(id)?.internetHeaders ?? ''), {
      orgDomains: ['vaxjo.se'],
    }).notes.map((note) => note.code);

  it.each([
    ['demo-13', ['LOOKALIKE_DOMAIN']],
    ['demo-14', ['OWN_DOMAIN_DMARC_FAIL']],
    ['demo-12', []],
    ['demo-15', []],
    ['demo-01', []],
  ])('%s has the sender notes %j', (id, codes) => {
    expect(trustOf(id)).toEqual(codes);
  });

  it('demo-15 keeps its duty and shows the subject hint', () => {
    const triage = triageMessage(
      parseHeaders(demoMessageById('demo-15')?.internetHeaders ?? ''),
      OPTIONS,
    );
    expect(triage.duty).toBe(true);
    expect((triage.hints ?? []).map((hint) => hint.code)).toEqual(['SUBJECT_LOOKS_AUTOMATIC']);
  });
});
