import { describe, expect, it } from 'vitest';
import { formatDutyRecord, parseDutyRecord } from '../../../addin/src/clock/dutyRecord.ts';

const ACK = { at: 1766394900000, promised: '2027-01-05' };

describe('the duty record stored on a message', () => {
  it.each([
    ['nothing stored', undefined],
    ['not JSON', '{"ack":'],
    ['JSON null', 'null'],
    ['a bad promised date', '{"ack":{"at":1,"promised":"2027-13-40"}}'],
    ['a string instant', '{"ack":{"at":"1","promised":"2027-01-05"}}'],
    ['an unclosed bracket run', '['.repeat(100_000)],
  ])('%s reads as an empty record, without throwing', (_case, text) => {
    expect(parseDutyRecord(text)).toEqual({});
  });

  it('round-trips a kvittens, status updates and a forward', () => {
    const record = {
      acknowledged: ACK,
      statusUpdates: [{ at: ACK.at + 86_400_000, promised: '2027-01-12' }],
      forwarded: { at: ACK.at, to: 'registrator@vaxjo.se' },
    };
    expect(parseDutyRecord(formatDutyRecord(record))).toEqual(record);
  });

  it('keeps the good status updates and drops the malformed ones', () => {
    const text = JSON.stringify({ status: [ACK, { at: 'x' }, 7] });
    expect(parseDutyRecord(text)).toEqual({ statusUpdates: [ACK] });
  });
});
