import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineJson } from '../../cli/admin/adminReportCommand.ts';
import { parseFollowUpLine } from '../../shared/index.ts';
import {
  gmailResponses,
  outlookResponses,
  recordedPromises,
} from '../../cli/admin/followUp/firstResponses.ts';

const R = Date.parse('2026-05-11T08:00:00Z');
const h = (hours: number) => R + hours * 3_600_000;

describe('outlookResponses: kvittens and lägesbesked told from the answer', () => {
  it.each([
    ['no reply', [], [], {}],
    ['a reply, no record: the answer', [h(2)], [], { answeredAt: h(2) }],
    ['a reply before receipt is not one', [h(-1)], [], {}],
    [
      'kvittens only',
      [h(2)],
      [{ at: h(1.9), promised: '2026-05-29' }],
      { acknowledgedAt: h(2), promised: '2026-05-29' },
    ],
    [
      'kvittens then answer',
      [h(30), h(2)],
      [{ at: h(1.9), promised: '2026-05-29' }],
      { acknowledgedAt: h(2), promised: '2026-05-29', answeredAt: h(30) },
    ],
    [
      'kvittens, lägesbesked, answer',
      [h(2), h(50), h(90)],
      [
        { at: h(1.9), promised: '2026-05-20' },
        { at: h(49), promised: '2026-05-29' },
      ],
      { acknowledgedAt: h(2), promised: '2026-05-29', answeredAt: h(90) },
    ],
    ['kvittens opened, never sent', [], [{ at: h(1), promised: '2026-05-29' }], {}],
    [
      'answer before the kvittens was made',
      [h(1), h(3)],
      [{ at: h(2), promised: '2026-05-29' }],
      { answeredAt: h(1), acknowledgedAt: h(3), promised: '2026-05-29' },
    ],
  ])('%s', (_case, replies, promises, expected) => {
    expect(outlookResponses(R, replies, promises)).toEqual(expected);
  });
});

describe('gmailResponses: under a promise label replies are the kvittens', () => {
  it.each([
    ['no reply', [], undefined, {}],
    ['reply, no label: the answer', [h(3), h(2)], undefined, { answeredAt: h(2) }],
    [
      'reply under a promise label',
      [h(2)],
      '2026-05-29',
      { acknowledgedAt: h(2), promised: '2026-05-29' },
    ],
  ] as const)('%s', (_case, replies, promised, expected) => {
    expect(gmailResponses(R, replies, promised)).toEqual(expected);
  });
});

describe('recordedPromises', () => {
  it.each([
    ['not JSON', '{', []],
    ['no promises', '{"v":1}', []],
    ['a bad date', '{"v":1,"ack":{"at":1,"promised":"2026-02-30"}}', []],
    [
      'ack and status, in order',
      '{"v":1,"status":[{"at":5,"promised":"2026-06-01"}],"ack":{"at":2,"promised":"2026-05-29"}}',
      [
        { at: 2, promised: '2026-05-29' },
        { at: 5, promised: '2026-06-01' },
      ],
    ],
  ])('%s', (_case, text, expected) => {
    expect(recordedPromises(text)).toEqual(expected);
  });
});

describe('admin report --format lines', () => {
  it('every line reads back through report’s parser to the same message (property)', () => {
    const second = fc.integer({ min: 1_767_225_600, max: 1_830_297_600 }).map((s) => s * 1000);
    fc.assert(
      fc.property(
        second,
        fc.option(second, { nil: undefined }),
        fc.option(second, { nil: undefined }),
        fc.option(fc.constantFrom('2026-05-29', '2027-01-12'), { nil: undefined }),
        (receivedAt, acknowledgedAt, answeredAt, promised) => {
          const message = {
            mailbox: 'kontaktcenter@vaxjo.se',
            receivedAt,
            ...(acknowledgedAt !== undefined ? { acknowledgedAt } : {}),
            ...(answeredAt !== undefined ? { answeredAt } : {}),
            ...(promised !== undefined ? { promised } : {}),
          };
          expect(parseFollowUpLine(lineJson(message))).toEqual({ ok: true, value: message });
        },
      ),
    );
  });
});
