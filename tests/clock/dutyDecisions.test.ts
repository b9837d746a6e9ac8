import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerByDate,
  clockStateWord,
  isNotOurs,
  messageFactsOf,
  NOT_OURS_CAP,
  notOursKey,
  parseHeaders,
  parseInstant,
  parseNotOurs,
  presetOrganisation,
  replyClock,
  replyDeadline,
  replyQueue,
  setNotOurs,
  severityWord,
} from '../../shared/index.ts';
import type { MessageFacts, Organisation } from '../../shared/index.ts';

const at = (text: string): number => {
  const parsed = parseInstant(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
};
const org = (id: string): Organisation => {
  const result = presetOrganisation(id);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const vaxjo = org('vaxjo');
const facts = (received: string, extra: Partial<MessageFacts> = {}): MessageFacts => ({
  receivedAt: at(received),
  receivedAtSource: 'server',
  ...extra,
});

describe('answerByDate: the kvittens promise', () => {
  it.each([
    // Tue 22 Dec 08:30, 3 working days past julafton, juldagen, annandag and the weekend.
    [
      'on track: the deadline',
      '2026-12-22T08:30:00+01:00',
      '2026-12-22T10:15:00+01:00',
      '2026-12-29T16:30:00+01:00',
    ],
    // Wed 16 Dec: due Mon 21 Dec, overdue on 22 Dec → 3 working days from the 22nd.
    [
      'overdue: counted from now, not in the past',
      '2026-12-16T10:00:00+01:00',
      '2026-12-22T10:15:00+01:00',
      '2026-12-29T16:30:00+01:00',
    ],
    [
      'overdue after closing: from the next working day',
      '2026-12-16T10:00:00+01:00',
      '2026-12-28T17:00:00+01:00',
      '2027-01-05T16:30:00+01:00',
    ],
  ])('%s', (_case, received, now, promised) => {
    expect(answerByDate(facts(received), vaxjo, at(now))).toBe(at(promised));
  });

  it('promises an answer (the reply rule) for a message marked not ours', () => {
    const now = at('2026-12-22T10:15:00+01:00');
    expect(answerByDate(facts('2026-12-22T08:30:00+01:00', { notOurs: true }), vaxjo, now)).toBe(
      at('2026-12-29T16:30:00+01:00'),
    );
  });

  it('is null without a duty', () => {
    const auto = messageFactsOf(
      {
        headers: parseHeaders('From: a@b.se\r\nAuto-Submitted: auto-replied\r\n'),
        serverReceivedAt: at('2026-12-22T08:30:00+01:00'),
      },
      vaxjo,
      'anna.lind@vaxjo.se',
      0,
    );
    expect(answerByDate(auto, vaxjo, at('2026-12-22T10:00:00+01:00'))).toBeNull();
  });

  it('is never in the past and never before the deadline (property)', () => {
    const base = at('2026-01-01T00:00:00Z');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 24 * 60 }),
        fc.integer({ min: 0, max: 60 * 24 * 60 }),
        (receivedMin, waitedMin) => {
          const received = base + receivedMin * 60_000;
          const now = received + waitedMin * 60_000;
          const f: MessageFacts = { receivedAt: received, receivedAtSource: 'server' };
          const promise = answerByDate(f, vaxjo, now);
          const deadline = replyClock(f, vaxjo, now).deadline;
          expect(promise).not.toBeNull();
          expect(promise).toBeGreaterThan(now);
          expect(promise).toBeGreaterThanOrEqual(deadline?.due ?? Infinity);
          if ((deadline?.due ?? 0) <= now)
            expect(promise).toBe(replyDeadline(now, deadline!.rule, vaxjo.calendar).due);
        },
      ),
    );
  });
});

describe('messageFactsOf', () => {
  const mailbox = 'anna.lind@vaxjo.se';
  it.each([
    ['the server time wins', { serverReceivedAt: 1_000_000, createdAt: 5 }, 1_000_000, 'server'],
    ['creation time as a fallback', { createdAt: 5_000 }, 5_000, 'created'],
    ['now as the very last resort', {}, 42, 'created'],
  ] as const)('%s', (_case, message, receivedAt, source) => {
    const f = messageFactsOf(message, vaxjo, mailbox, 42);
    expect(f.receivedAt).toBe(receivedAt);
    expect(f.receivedAtSource).toBe(source);
    expect(f.triage).toBeUndefined();
  });

  it('keeps an answer only if it came after receipt, and the not-ours mark', () => {
    expect(
      messageFactsOf({ serverReceivedAt: 100, answeredAt: 50 }, vaxjo, mailbox, 0).answeredAt,
    ).toBeUndefined();
    const f = messageFactsOf(
      { serverReceivedAt: 100, answeredAt: 150, notOurs: true },
      vaxjo,
      mailbox,
      0,
    );
    expect(f.answeredAt).toBe(150);
    expect(f.notOurs).toBe(true);
  });
});

describe('replyQueue', () => {
  const now = at('2026-12-22T10:15:00+01:00');
  const items = [
    { id: 'later', facts: facts('2026-12-22T08:30:00+01:00') }, // due 29 Dec
    {
      id: 'answered',
      facts: facts('2026-12-21T09:00:00+01:00', { answeredAt: at('2026-12-21T10:00:00+01:00') }),
    },
    { id: 'overdue', facts: facts('2026-12-16T10:00:00+01:00') }, // due 21 Dec
    { id: 'today', facts: facts('2026-12-17T10:00:00+01:00') }, // due 22 Dec 16:30
    {
      id: 'no-duty',
      facts: { ...facts('2026-12-22T08:00:00+01:00'), triage: { duty: false, reasons: [] } },
    },
  ];

  it('keeps what waits, most urgent first, with counts', () => {
    const queue = replyQueue(items, (i) => replyClock(i.facts, vaxjo, now), now);
    expect(queue.entries.map((e) => e.item.id)).toEqual(['overdue', 'today', 'later']);
    expect(queue.entries.map((e) => e.bucket)).toEqual(['overdue', 'dueToday', 'later']);
    expect(queue.counts).toEqual({ overdue: 1, dueToday: 1, later: 1 });
  });

  it('orders equal deadlines by receipt, then by the given order', () => {
    const same = [
      { id: 'b', facts: facts('2026-12-22T08:40:00+01:00') },
      { id: 'a', facts: facts('2026-12-22T08:30:00+01:00') },
      { id: 'c', facts: facts('2026-12-22T08:40:00+01:00') },
    ];
    const queue = replyQueue(same, (i) => replyClock(i.facts, vaxjo, now), now);
    expect(queue.entries.map((e) => e.item.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('the "not ours" marks', () => {
  // A Graph REST id is about 150 characters; 200 of them filled Outlook's 32 KB settings.
  const graphId = (n: number) => `AAMkAGI2TG93AAA${'x'.repeat(120)}${String(n).padStart(6, '0')}=`;

  it('marks, finds and unmarks by a short key', () => {
    const marks = setNotOurs([], graphId(1), true);
    expect(isNotOurs(marks, graphId(1))).toBe(true);
    expect(isNotOurs(marks, graphId(2))).toBe(false);
    expect(marks[0]?.length).toBeLessThanOrEqual(12);
    expect(setNotOurs(marks, graphId(1), false)).toEqual([]);
  });

  it('keeps the newest NOT_OURS_CAP marks in a few kilobytes', () => {
    let marks: readonly string[] = [];
    for (let n = 0; n < NOT_OURS_CAP + 50; n++) marks = setNotOurs(marks, graphId(n), true);
    expect(marks).toHaveLength(NOT_OURS_CAP);
    expect(isNotOurs(marks, graphId(0))).toBe(false);
    expect(isNotOurs(marks, graphId(NOT_OURS_CAP + 49))).toBe(true);
    expect(JSON.stringify(marks).length).toBeLessThan(5_000);
  });

  it.each([
    ['not a list', { a: 1 }, []],
    ['junk entries', [1, null, '', 'msg-1'], [notOursKey('msg-1')]],
    [
      'ids stored by older versions become keys',
      ['msg-1', notOursKey('msg-2')],
      [notOursKey('msg-1'), notOursKey('msg-2')],
    ],
    [
      'duplicates keep the newest place',
      ['msg-1', 'msg-2', 'msg-1'],
      [notOursKey('msg-2'), notOursKey('msg-1')],
    ],
  ])('reads stored data: %s', (_case, stored, expected) => {
    expect(parseNotOurs(stored)).toEqual(expected);
  });

  it('gives distinct keys to distinct ids (no collision among 100,000 Gmail-like ids)', () => {
    const keys = new Set<string>();
    for (let n = 0; n < 100_000; n++)
      keys.add(notOursKey((0x18c3a0f00000 + n * 7919).toString(16)));
    expect(keys.size).toBe(100_000);
  });
});

describe('words both hosts draw', () => {
  it.each([
    ['overdue', 'sv', 'Försenat'],
    ['answered', 'sv', 'Besvarat'],
    ['due-soon', 'en', 'Due soon'],
  ] as const)('%s in %s is %s', (state, lang, word) => {
    expect(clockStateWord(state, lang)).toBe(word);
  });

  it('names severities', () => {
    expect(severityWord('error', 'sv')).toBe('Fel – måste rättas');
    expect(severityWord('info', 'en')).toBe('Tip');
  });
});
