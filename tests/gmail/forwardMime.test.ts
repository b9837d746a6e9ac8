import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { textChecksum } from '../../shared/index.ts';
import {
  base64ToBinary,
  binaryToBase64,
  buildForwardMime,
  encodeHeaderWords,
  rawToBinary,
  utf8Binary,
} from '../../gmail-addon/src/host/forwardMime.ts';

const binaryOf = (bytes: Uint8Array) => String.fromCharCode(...bytes);

describe('forward MIME pieces (no TextEncoder, no Buffer in Apps Script)', () => {
  test('utf8Binary equals TextEncoder for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(utf8Binary(text)).toBe(binaryOf(new TextEncoder().encode(text)));
      }),
    );
  });

  test('base64 and base64url agree with Node and round-trip any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const binary = binaryOf(bytes);
        expect(binaryToBase64(binary)).toBe(Buffer.from(bytes).toString('base64'));
        expect(binaryToBase64(binary, true)).toBe(Buffer.from(bytes).toString('base64url'));
        expect(base64ToBinary(binaryToBase64(binary, true))).toBe(binary);
        expect(base64ToBinary(binaryToBase64(binary))).toBe(binary);
      }),
    );
  });

  test.each([
    ['a base64url string', Buffer.from('Subject: å\r\n\r\nx').toString('base64url'), 'ok'],
    ['signed byte values', [83, -61, -91], 'S\u00c3\u00a5'],
    ['text that is not base64', 'not base64!', undefined],
    ['a number', 42, undefined],
  ])('rawToBinary reads %s', (_name, raw, expected) => {
    const result = rawToBinary(raw);
    if (expected === 'ok')
      expect(result).toBe(binaryOf(new TextEncoder().encode('Subject: å\r\n\r\nx')));
    else expect(result).toBe(expected);
  });

  test('header words: ASCII stays, other text becomes encoded words under 76 characters', () => {
    expect(encodeHeaderWords('Fwd: Hello')).toBe('Fwd: Hello');
    const encoded = encodeHeaderWords(
      `Fwd: ${'Förskoleplats för vår son '.repeat(4)}\r\nBcc: x@y.se`,
    );
    expect(encoded).not.toMatch(/\r\n[^ ]/);
    for (const word of encoded.split('\r\n ')) expect(word.length).toBeLessThan(76);
    const decoded = encoded
      .split('\r\n ')
      .map((w) => Buffer.from(/\?B\?(.*)\?=$/.exec(w)?.[1] ?? '', 'base64').toString('utf8'))
      .join('');
    expect(decoded).toBe(`Fwd: ${'Förskoleplats för vår son '.repeat(4)} Bcc: x@y.se`);
  });

  test('the boundary never occurs in the original', () => {
    const plain = 'Subject: x\r\n\r\nbody\r\n';
    const clash = `${plain}--svarsplikt-${textChecksum(plain)}\r\n`;
    const mime = buildForwardMime({
      from: 'a@vaxjo.se',
      to: 'b@vaxjo.se',
      subject: 'x',
      note: 'n',
      original: clash,
    });
    const boundary = /boundary="([^"]+)"/.exec(mime)?.[1] ?? '';
    expect(clash.includes(boundary)).toBe(false);
    expect(mime.endsWith(`--${boundary}--\r\n`)).toBe(true);
    expect(mime).toContain(
      `Content-Type: message/rfc822\r\nContent-Disposition: attachment; filename="vidarebefordrat.eml"\r\n\r\n${clash}--${boundary}--`,
    );
  });

  test('a subject already marked as forwarded is not marked again', () => {
    const mime = buildForwardMime({
      from: 'a@vaxjo.se',
      to: 'b@vaxjo.se',
      subject: 'VB: Hej',
      note: 'n',
      original: 'x',
    });
    expect(mime).toContain('Subject: VB: Hej\r\n');
  });
});
