import { describe, expect, it } from 'vitest';
import { parseHeaders } from '../../shared/triage/parseHeaders.ts';

describe('parseHeaders', () => {
  it('unfolds continuation lines (space or tab) by removing only the line break', () => {
    const headers = parseHeaders(
      'Subject: Fråga om\r\n  bygglov\r\n\tpå Teleborg\r\nTo: a@example.se\r\n',
    );
    expect(headers.get('Subject')).toBe('Fråga om  bygglov\tpå Teleborg');
    expect(headers.get('To')).toBe('a@example.se');
  });

  it.each([
    ['CRLF', 'A: 1\r\nB: 2\r\n'],
    ['LF', 'A: 1\nB: 2\n'],
    ['CR', 'A: 1\rB: 2\r'],
  ])('accepts %s line ends', (_ends, raw) => {
    expect(parseHeaders(raw).fields).toEqual([
      { name: 'A', value: '1' },
      { name: 'B', value: '2' },
    ]);
  });

  it('keeps every repeated Received in order, topmost first', () => {
    const headers = parseHeaders(
      'Received: from c by d; x\r\nX: 1\r\nReceived: from a by b; y\r\n',
    );
    expect(headers.getAll('received')).toEqual(['from c by d; x', 'from a by b; y']);
    expect(headers.get('RECEIVED')).toBe('from c by d; x');
  });

  it.each(['auto-submitted', 'AUTO-SUBMITTED', 'Auto-Submitted', 'aUtO-sUbMiTtEd'])(
    'finds a field in any case: %s',
    (name) => {
      const headers = parseHeaders('auto-SUBMITTED: auto-replied\n');
      expect(headers.has(name)).toBe(true);
      expect(headers.get(name)).toBe('auto-replied');
    },
  );

  it('keeps the name as written and trims the value', () => {
    expect(parseHeaders('X-Mailer :   Thunderbird  \n').fields).toEqual([
      { name: 'X-Mailer', value: 'Thunderbird' },
    ]);
  });

  it('stops at the first empty line so a body is never read as headers', () => {
    const headers = parseHeaders('From: a@example.se\r\n\r\nPrecedence: bulk\r\n');
    expect(headers.has('Precedence')).toBe(false);
    expect(headers.fields).toHaveLength(1);
  });

  it('skips an mbox From line, a leading continuation and a line without a colon', () => {
    const raw =
      ' stray continuation\nFrom a@example.se Tue Dec 22 08:30:00 2026\nTo: b@example.se\nno colon here\n';
    expect(parseHeaders(raw).fields).toEqual([{ name: 'To', value: 'b@example.se' }]);
  });

  it('keeps an empty value', () => {
    const headers = parseHeaders('X-MS-Has-Attach:\r\nX-Empty: \r\n');
    expect(headers.getAll('x-ms-has-attach')).toEqual(['']);
    expect(headers.get('X-Empty')).toBe('');
  });

  it('decodes encoded words in values', () => {
    expect(parseHeaders('From: =?utf-8?q?Karin_Sj=C3=B6berg?= <k@example.se>').get('from')).toBe(
      'Karin Sjöberg <k@example.se>',
    );
  });

  it('returns undefined and an empty list for a missing field, and frozen results', () => {
    const headers = parseHeaders('');
    expect(headers.get('From')).toBeUndefined();
    expect(headers.getAll('From')).toEqual([]);
    expect(Object.isFrozen(headers)).toBe(true);
    expect(Object.isFrozen(headers.fields)).toBe(true);
  });
});
