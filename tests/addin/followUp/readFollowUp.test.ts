import { describe, expect, it } from 'vitest';
import { formatDutyRecord } from '../../../addin/src/clock/dutyRecord.ts';
import { readFollowUp } from '../../../addin/src/followUp/readFollowUp.ts';
import { MAILBOX, NOW, fakeGraph, inboxMessage, testOrg } from '../pane/fakes.ts';

const at = (iso: string) => Date.parse(iso);

// NOW is Tue 22 Dec 2026; Växjö answers within three working days.
function mailbox() {
  const ackA = at('2026-12-14T10:00:00Z');
  const ackC = at('2026-12-10T09:00:00Z');
  const inbox = [
    // In time: a kvittens (sent as a reply, named in the record), then the answer before the promise.
    {
      ...inboxMessage('a', '2026-12-14T08:00:00Z'),
      dutyRecord: formatDutyRecord({
        acknowledged: { at: ackA, promised: '2026-12-18' },
        inThread: [ackA],
      }),
    },
    // Acknowledged in time, promised 15 December, never answered: a broken promise.
    {
      ...inboxMessage('c', '2026-12-10T08:00:00Z'),
      dutyRecord: formatDutyRecord({ acknowledged: { at: ackC, promised: '2026-12-15' } }),
    },
    // Nothing done: open and overdue.
    inboxMessage('b', '2026-12-01T08:00:00Z'),
    // Automatic mail carries no duty.
    inboxMessage('auto', '2026-11-20T08:00:00Z', ['Auto-Submitted: auto-replied']),
    // Answered late, in the 90 days but not the 30.
    inboxMessage('d', '2026-10-01T08:00:00Z'),
    // Older than 90 days: reading stops here.
    inboxMessage('old', '2026-08-01T08:00:00Z'),
    inboxMessage('older', '2026-07-01T08:00:00Z'),
  ];
  const sent = [
    { conversationId: 'conv-a', sentAt: ackA + 60_000, ours: false },
    { conversationId: 'conv-a', sentAt: at('2026-12-17T10:00:00Z'), ours: false },
    { conversationId: 'conv-d', sentAt: at('2026-10-20T10:00:00Z'), ours: false },
  ];
  return fakeGraph({ inbox, sent });
}

describe('readFollowUp', () => {
  it('counts the last 30 and 90 days from metadata, as the organisation report does', async () => {
    const g = mailbox();
    const result = await readFollowUp(g.graph, testOrg(), MAILBOX, NOW);
    const [d30, d90] = result.windows;
    expect(d30).toMatchObject({
      days: 30,
      received: 3,
      inTime: 2,
      late: 0,
      open: 1,
      openOverdue: 1,
      brokenPromises: 1,
    });
    expect(d30?.shareInTime).toBeCloseTo(2 / 3);
    expect(d90).toMatchObject({ days: 90, received: 4, inTime: 2, late: 1, open: 1 });
    expect(d90?.shareInTime).toBe(0.5);
    expect(d90?.medianResponseMinutes).toBeGreaterThan(0);
    // The kvittens alone is not the answer: message a counts the 17 December reply as answered.
    expect(result.scanned).toBe(5);
    expect(result.weeks.map((w) => w.period)).toEqual([
      '2026-W40',
      '2026-W49',
      '2026-W50',
      '2026-W51',
    ]);
    // It stopped at the first page holding mail older than 90 days.
    expect(g.state.calls.filter((c) => c === 'listInboxPage')).toHaveLength(3);
  });

  it('an empty mailbox gives empty windows, not an error', async () => {
    const result = await readFollowUp(fakeGraph().graph, testOrg(), MAILBOX, NOW);
    expect(result.windows.map((w) => [w.days, w.received, w.shareInTime])).toEqual([
      [30, 0, null],
      [90, 0, null],
    ]);
    expect(result.weeks).toEqual([]);
  });
});
