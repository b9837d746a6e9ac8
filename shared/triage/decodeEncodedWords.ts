import { bytesFromBase64 } from './bytesFromBase64.ts';
import { bytesFromQEncoding } from './bytesFromQEncoding.ts';
import { stringFromCharset } from './stringFromCharset.ts';

type Piece =
  { kind: 'text'; text: string } | { kind: 'word'; charset: string; bytes: readonly number[] };

function isSpaceOrQuestion(code: number): boolean {
  return code === 0x3f || code <= 0x20;
}

/** End of the run of characters from `from` that are neither '?' nor whitespace. */
function tokenEnd(value: string, from: number): number {
  let i = from;
  while (i < value.length && !isSpaceOrQuestion(value.charCodeAt(i))) i += 1;
  return i;
}

/**
 * The encoded word '=?charset?B|Q?payload?=' that starts at `at` (where '=?' stands), or undefined.
 * The scan stops at the first '?' or whitespace, so each character is looked at a bounded number of
 * times however the text repeats '=?'.
 */
function wordAt(value: string, at: number): { piece: Piece; end: number } | undefined {
  const charsetEnd = tokenEnd(value, at + 2);
  if (charsetEnd === at + 2 || value.charCodeAt(charsetEnd) !== 0x3f) return undefined;
  const encoding = value.charAt(charsetEnd + 1).toUpperCase();
  if ((encoding !== 'B' && encoding !== 'Q') || value.charCodeAt(charsetEnd + 2) !== 0x3f) {
    return undefined;
  }
  const payloadEnd = tokenEnd(value, charsetEnd + 3);
  if (value.charCodeAt(payloadEnd) !== 0x3f || value.charCodeAt(payloadEnd + 1) !== 0x3d) {
    return undefined;
  }
  const charset = value.slice(at + 2, charsetEnd);
  if (stringFromCharset([], charset) === undefined) return undefined;
  const payload = value.slice(charsetEnd + 3, payloadEnd);
  const bytes = encoding === 'B' ? bytesFromBase64(payload) : bytesFromQEncoding(payload);
  if (bytes === undefined) return undefined;
  return { piece: { kind: 'word', charset: charset.toLowerCase(), bytes }, end: payloadEnd + 2 };
}

/** Splits a value into plain text and well-formed encoded words (malformed words stay text). */
function piecesOf(value: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  let at = value.indexOf('=?');
  while (at >= 0) {
    const word = wordAt(value, at);
    if (word === undefined) {
      at = value.indexOf('=?', at + 1);
      continue;
    }
    if (at > last) pieces.push({ kind: 'text', text: value.slice(last, at) });
    pieces.push(word.piece);
    last = word.end;
    at = value.indexOf('=?', last);
  }
  if (last < value.length) pieces.push({ kind: 'text', text: value.slice(last) });
  return pieces;
}

function isLinearWhitespace(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09 && code !== 0x0d && code !== 0x0a) return false;
  }
  return text !== '';
}

/**
 * Decodes RFC 2047 encoded words (B and Q; utf-8, iso-8859-1, iso-8859-15, windows-1252, us-ascii).
 * Whitespace between adjacent encoded words is dropped and their bytes are joined before decoding,
 * so a character split across two words survives; malformed words are left as they are. Linear in
 * the length of the value, whatever its shape, and never throws.
 *
 * @example decodeEncodedWords('=?UTF-8?B?w4VzYQ==?= =?iso-8859-1?Q?_=D6berg?= <asa@example.se>')
 * // → 'Åsa Öberg <asa@example.se>'
 */
export function decodeEncodedWords(value: string): string {
  if (typeof value !== 'string' || !value.includes('=?'))
    return typeof value === 'string' ? value : '';
  const pieces = piecesOf(value);
  let out = '';
  let run: { charset: string; bytes: number[] } | undefined;
  const flush = (): void => {
    if (run !== undefined) out += stringFromCharset(run.bytes, run.charset) ?? '';
    run = undefined;
  };
  pieces.forEach((piece, index) => {
    if (piece.kind === 'text') {
      const between = pieces[index - 1]?.kind === 'word' && pieces[index + 1]?.kind === 'word';
      if (between && isLinearWhitespace(piece.text)) return;
      flush();
      out += piece.text;
      return;
    }
    if (run !== undefined && run.charset !== piece.charset) flush();
    if (run === undefined) run = { charset: piece.charset, bytes: [] };
    // One push per byte: spreading a long word into push() overflows the call stack.
    for (const byte of piece.bytes) run.bytes.push(byte);
  });
  flush();
  return out;
}
