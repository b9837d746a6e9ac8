import { bytesFromBase64 } from './bytesFromBase64.ts';
import { bytesFromQEncoding } from './bytesFromQEncoding.ts';
import { stringFromCharset } from './stringFromCharset.ts';

const ENCODED_WORD = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g;

type Piece =
  { kind: 'text'; text: string } | { kind: 'word'; charset: string; bytes: number[]; raw: string };

/** Splits a value into plain text and well-formed encoded words (malformed words stay text). */
function piecesOf(value: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of value.matchAll(ENCODED_WORD)) {
    const [raw, charset = '', encoding = '', payload = ''] = match;
    const bytes =
      encoding.toUpperCase() === 'B' ? bytesFromBase64(payload) : bytesFromQEncoding(payload);
    const known = stringFromCharset([], charset) !== undefined;
    if (bytes === undefined || !known) continue;
    if (match.index > last) pieces.push({ kind: 'text', text: value.slice(last, match.index) });
    pieces.push({ kind: 'word', charset: charset.toLowerCase(), bytes, raw });
    last = match.index + raw.length;
  }
  if (last < value.length) pieces.push({ kind: 'text', text: value.slice(last) });
  return pieces;
}

/**
 * Decodes RFC 2047 encoded words (B and Q; utf-8, iso-8859-1, iso-8859-15, windows-1252, us-ascii).
 * Whitespace between adjacent encoded words is dropped and their bytes are joined before decoding,
 * so a character split across two words survives; malformed words are left as they are.
 *
 * @example decodeEncodedWords('=?UTF-8?B?w4VzYQ==?= =?iso-8859-1?Q?_=D6berg?= <asa@example.se>')
 * // → 'Åsa Öberg <asa@example.se>'
 */
export function decodeEncodedWords(value: string): string {
  if (!value.includes('=?')) return value;
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
      if (between && /^[ \t\r\n]+$/.test(piece.text)) return;
      flush();
      out += piece.text;
      return;
    }
    if (run !== undefined && run.charset !== piece.charset) flush();
    if (run === undefined) run = { charset: piece.charset, bytes: [] };
    run.bytes.push(...piece.bytes);
  });
  flush();
  return out;
}
