/**
 * The forward of a "not ours" message as one MIME message: a short text note, and the original
 * attached whole as message/rfc822 (headers, body and attachments, byte for byte). Bytes are held
 * as binary strings (one char per byte): Apps Script has no TextEncoder or typed-array-friendly
 * base64, and a string of 20 MB is far cheaper there than an array of 20 million numbers.
 */
import { textChecksum } from '../core';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE: Record<string, number> = {};
for (let i = 0; i < 64; i += 1) DECODE[ALPHABET.charAt(i)] = i;
DECODE['-'] = 62;
DECODE['_'] = 63;

/** Text as UTF-8 bytes (a binary string). */
export function utf8Binary(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) out += char;
    else if (code < 0x800) out += String.fromCharCode(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000)
      out += String.fromCharCode(
        0xe0 | (code >> 12),
        0x80 | ((code >> 6) & 63),
        0x80 | (code & 63),
      );
    else
      out += String.fromCharCode(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 63),
        0x80 | ((code >> 6) & 63),
        0x80 | (code & 63),
      );
  }
  return out;
}

/** Base64 of a binary string; `url` gives the web-safe alphabet without padding (base64url). */
export function binaryToBase64(binary: string, url = false): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < binary.length; i += 3) {
    const a = binary.charCodeAt(i) & 255;
    const b = i + 1 < binary.length ? binary.charCodeAt(i + 1) & 255 : -1;
    const c = i + 2 < binary.length ? binary.charCodeAt(i + 2) & 255 : -1;
    const n = (a << 16) | ((b < 0 ? 0 : b) << 8) | (c < 0 ? 0 : c);
    chunk +=
      ALPHABET.charAt((n >> 18) & 63) +
      ALPHABET.charAt((n >> 12) & 63) +
      (b < 0 ? '=' : ALPHABET.charAt((n >> 6) & 63)) +
      (c < 0 ? '=' : ALPHABET.charAt(n & 63));
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  const text = parts.join('');
  return url ? text.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') : text;
}

/**
 * A base64 or base64url text as a binary string; whitespace and padding are skipped. Undefined
 * when the text holds anything else.
 */
export function base64ToBinary(text: string): string | undefined {
  const parts: string[] = [];
  let chunk = '';
  let bits = 0;
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (char === '=' || char === '\r' || char === '\n' || char === ' ') continue;
    const value = DECODE[char];
    if (value === undefined) return undefined;
    bits = (bits << 6) | value;
    count += 6;
    if (count >= 8) {
      count -= 8;
      chunk += String.fromCharCode((bits >> count) & 255);
      bits &= (1 << count) - 1;
      if (chunk.length >= 8192) {
        parts.push(chunk);
        chunk = '';
      }
    }
  }
  parts.push(chunk);
  return parts.join('');
}

/**
 * The `raw` field of a Gmail message read in format=raw, as a binary string: the REST API sends
 * base64url text; an array of byte values (signed or not) is accepted too. Undefined otherwise.
 */
export function rawToBinary(raw: unknown): string | undefined {
  if (typeof raw === 'string') return base64ToBinary(raw);
  if (!Array.isArray(raw)) return undefined;
  const parts: string[] = [];
  for (let i = 0; i < raw.length; i += 8192) {
    const slice = raw.slice(i, i + 8192) as unknown[];
    if (slice.some((b) => typeof b !== 'number' || !Number.isInteger(b))) return undefined;
    parts.push(String.fromCharCode(...slice.map((b) => (b as number) & 255)));
  }
  return parts.join('');
}

/** A header value as RFC 2047 encoded words (UTF-8, base64), folded; plain ASCII stays as is. */
export function encodeHeaderWords(text: string): string {
  const clean = text.replace(/[\r\n]+/g, ' ');
  if (/^[\x20-\x7e]*$/.test(clean)) return clean;
  const words: string[] = [];
  let piece = '';
  for (const char of clean) {
    // 45 bytes of UTF-8 make 60 base64 characters: each encoded word stays under 75.
    if (utf8Binary(piece + char).length > 45) {
      words.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece !== '') words.push(piece);
  return words.map((w) => `=?UTF-8?B?${binaryToBase64(utf8Binary(w))}?=`).join('\r\n ');
}

function wrap76(text: string): string {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += 76) lines.push(text.slice(i, i + 76));
  return lines.join('\r\n');
}

/** What the forward is made of. */
export interface ForwardMimeInput {
  readonly from: string;
  readonly to: string;
  /** The original's subject (decoded); the forward's is "Fwd: " and it. */
  readonly subject: string;
  /** The note above the original (plain text). */
  readonly note: string;
  /** The original message, whole, as a binary string. */
  readonly original: string;
}

/**
 * The forward as a binary string: multipart/mixed with the note (text/plain, UTF-8, base64) and
 * the original as a message/rfc822 part, which RFC 2046 keeps unencoded. The boundary is checked
 * against the original, so no line of it can end a part early.
 */
export function buildForwardMime(input: ForwardMimeInput): string {
  let boundary = `svarsplikt-${textChecksum(input.original)}`;
  for (let n = 1; input.original.includes(boundary); n += 1) {
    boundary = `svarsplikt-${textChecksum(input.original)}-${n}`;
  }
  const subject = /^(fwd?|vb):/i.test(input.subject.trim())
    ? input.subject.trim()
    : `Fwd: ${input.subject.trim()}`;
  const head = [
    `From: ${input.from}`,
    `To: ${input.to}`,
    `Subject: ${encodeHeaderWords(subject)}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    wrap76(binaryToBase64(utf8Binary(input.note))),
    `--${boundary}`,
    'Content-Type: message/rfc822',
    'Content-Disposition: attachment; filename="vidarebefordrat.eml"',
    '',
    '',
  ].join('\r\n');
  const tail = input.original.endsWith('\r\n') ? '' : '\r\n';
  return `${head}${input.original}${tail}--${boundary}--\r\n`;
}
