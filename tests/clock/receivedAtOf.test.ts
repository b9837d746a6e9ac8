import { describe, expect, it } from 'vitest';
import { parseHeaders, presetOrganisation, receivedAtOf, triageFor } from '../../shared/index.ts';

const raw = [
  'Received: from mx.example.se by mail.vaxjo.se; Tue, 22 Dec 2026 08:30:05 +0100',
  'Received: from sender.example.se by mx.example.se; Tue, 22 Dec 2026 08:30:01 +0100',
  'Date: Tue, 22 Dec 2026 08:29:00 +0100',
  'From: Åsa <asa@example.se>',
  'To: anna.lind@vaxjo.se',
].join('\r\n');
const headers = parseHeaders(raw);

describe('receivedAtOf: the server first, labelled fallbacks after', () => {
  it.each([
    ['server time wins', { serverReceivedAt: 1000, headers, createdAt: 5 }, 1000, 'server'],
    [
      'topmost Received: next',
      { headers, createdAt: 5 },
      Date.UTC(2026, 11, 22, 7, 30, 5),
      'received-header',
    ],
    [
      'Date: header as a fallback',
      { headers: parseHeaders('Date: Tue, 22 Dec 2026 08:29:00 +0100'), createdAt: 5 },
      Date.UTC(2026, 11, 22, 7, 29),
      'date-header',
    ],
    ['creation time last', { headers: null, createdAt: 5 }, 5, 'created'],
    [
      'an invalid server time is skipped',
      { serverReceivedAt: Number.NaN, createdAt: 5 },
      5,
      'created',
    ],
  ] as const)('%s', (_, sources, receivedAt, receivedAtSource) => {
    expect(receivedAtOf(sources)).toEqual({ receivedAt, receivedAtSource });
  });

  it('undefined when nothing is known', () => {
    expect(receivedAtOf({})).toBeUndefined();
  });
});

describe('triageFor', () => {
  const result = presetOrganisation('vaxjo');
  if (!result.ok) throw new Error(result.error.message);
  const org = { ...result.value, domains: ['vaxjo.se'], internalSendersExempt: true };

  it('applies the organisation options', () => {
    const internal = parseHeaders('From: Kollega <kollega@vaxjo.se>\r\nTo: anna.lind@vaxjo.se');
    expect(triageFor(internal, org, 'anna.lind@vaxjo.se').reasons.map((r) => r.code)).toEqual([
      'INTERNAL_SENDER',
    ]);
    expect(triageFor(headers, org, 'anna.lind@vaxjo.se').duty).toBe(true);
  });

  it('knows the mailbox itself', () => {
    const own = parseHeaders('From: Anna <anna.lind@vaxjo.se>\r\nTo: someone@example.se');
    expect(triageFor(own, org, 'anna.lind@vaxjo.se').reasons.map((r) => r.code)).toContain(
      'OWN_MESSAGE',
    );
  });
});
