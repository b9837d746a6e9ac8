import type { DemoAddress, DemoMessage } from '../../playground/demo-mailbox.ts';

export const OWNER: DemoAddress = { name: 'Anna Lind', address: 'anna.lind@vaxjo.se' };

/** Message n (1-based) received n hours after 2026-12-01T08:00Z; conversation 3 was answered. */
export function fixtureMessage(n: number): DemoMessage {
  const received = new Date(Date.UTC(2026, 11, 1, 8 + n, 0, 0)).toISOString().replace('.000', '');
  const id = `msg-${String(n).padStart(2, '0')}`;
  return {
    id,
    conversationId: n === 7 ? "AAQk'quoted=" : `AAQkconv${n}=`,
    subject: `Fråga ${n} om bygglov`,
    from: { name: `Medborgare ${n}`, address: `person${n}@example.org` },
    to: [OWNER],
    cc: [],
    receivedDateTime: received,
    sentDateTime: received,
    internetHeaders:
      `Received: from mx.example.org by mail.vaxjo.se;\r\n Tue, 1 Dec 2026 0${n % 10}:00:00 +0000\r\n` +
      `From: Medborgare ${n} <person${n}@example.org>\r\nSubject: =?utf-8?Q?Fr=C3=A5ga?= ${n}\r\nMessage-ID: <${id}@example.org>\r\n`,
    bodyText: `Hej! Fråga nummer ${n}.`,
    ...(n === 3 || n === 7
      ? { answeredAt: new Date(Date.parse(received) + 3_600_000).toISOString() }
      : {}),
  };
}

export const MAILBOX: readonly DemoMessage[] = Array.from({ length: 25 }, (_, i) =>
  fixtureMessage(i + 1),
);

export const TOKEN_HEADERS = { authorization: 'Bearer svarsplikt-standin-token' };
