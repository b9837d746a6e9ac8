import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { absenceReasonTerm } from '../../shared/absence/absenceReasonTerm.ts';
import { receivedAtOf } from '../../shared/clock/receivedAtOf.ts';
import { decodeEncodedWords } from '../../shared/triage/decodeEncodedWords.ts';
import {
  MAX_FIELD_LENGTH,
  MAX_HEADER_BLOCK,
  parseHeaders,
} from '../../shared/triage/parseHeaders.ts';
import { triageMessage } from '../../shared/triage/triageMessage.ts';
import { senderTrust } from '../../shared/trust/senderTrust.ts';
import { fold, hostileShapes, runHostileShape } from '../fixtures/hostileShapes.ts';

const CORE = { parseHeaders, triageMessage, receivedAtOf, senderTrust, absenceReasonTerm };

/** Best of three runs, in ms. */
function timeOf(run: () => void): number {
  let best = Infinity;
  for (let round = 0; round < 3; round += 1) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('hostile input', () => {
  const small = hostileShapes(20_000);
  const large = hostileShapes(200_000);

  // `npm run bench` holds the real targets (≤ 10 ms at 200k, 10× input ≤ 12× time). Here the bound
  // is loose enough for a busy 2-core machine, yet a quadratic parser needs seconds for these.
  it.each(large.map((shape, index) => [shape.name, shape, small[index]!] as const))(
    '%s: 200k characters in well under a second',
    (_name, shape, smaller) => {
      runHostileShape(CORE, smaller); // warm up
      expect(timeOf(() => runHostileShape(CORE, shape))).toBeLessThan(250);
    },
  );

  it('decodes a 200 KB encoded word without overflowing the stack', () => {
    const text = 'Å'.repeat(100_000);
    expect(decodeEncodedWords(`=?utf-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`)).toBe(
      text,
    );
    const shorter = 'Å'.repeat(20_000); // a field is read on its first 64,000 characters
    const word = `=?utf-8?B?${Buffer.from(shorter, 'utf8').toString('base64')}?=`;
    expect(parseHeaders(`Subject: ${word}\r\n`).get('Subject')).toBe(shorter);
  });

  it('reads a field on its first 64,000 characters and says so', () => {
    const headers = parseHeaders(`Subject: ${fold('x'.repeat(70_000))}\r\nTo: a@example.se\r\n`);
    expect(headers.truncated).toBe(true);
    expect(headers.get('Subject')?.length).toBeLessThan(MAX_FIELD_LENGTH);
    expect(headers.get('To')).toBe('a@example.se');
  });

  it('reads the first 1000 fields and says so', () => {
    const headers = parseHeaders(`${'X-A: 1\r\n'.repeat(1500)}Auto-Submitted: auto-replied\r\n`);
    expect(headers.truncated).toBe(true);
    expect(headers.getAll('X-A')).toHaveLength(1000);
    expect(headers.has('Auto-Submitted')).toBe(false);
  });

  it('reads a header block over 1 MB on its first megabyte and says so', () => {
    const raw = `From: a@example.se\r\n${'X-Filler: 0123456789\r\n'.repeat(60_000)}Auto-Submitted: auto-replied\r\n`;
    const headers = parseHeaders(raw);
    expect(raw.length).toBeGreaterThan(MAX_HEADER_BLOCK);
    expect(headers.truncated).toBe(true);
    expect(headers.get('From')).toBe('a@example.se');
    expect(headers.has('Auto-Submitted')).toBe(false);
    expect(parseHeaders('From: a@example.se\r\n').truncated).toBe(false);
  });
});
