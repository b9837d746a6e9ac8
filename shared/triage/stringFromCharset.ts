import { stringFromUtf8 } from './stringFromUtf8.ts';

/** windows-1252 code points for bytes 0x80–0x9F (0 = undefined in the code page). */
const WINDOWS_1252_C1 = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Where ISO-8859-15 differs from ISO-8859-1. */
const LATIN9: Readonly<Record<number, number>> = {
  0xa4: 0x20ac,
  0xa6: 0x0160,
  0xa8: 0x0161,
  0xb4: 0x017d,
  0xb8: 0x017e,
  0xbc: 0x0152,
  0xbd: 0x0153,
  0xbe: 0x0178,
};

type SingleByte = (byte: number) => number;

const SINGLE_BYTE: Readonly<Record<string, SingleByte>> = {
  'us-ascii': (byte) => (byte < 0x80 ? byte : 0xfffd),
  'iso-8859-1': (byte) => byte,
  'iso-8859-15': (byte) => LATIN9[byte] ?? byte,
  'windows-1252': (byte) =>
    byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_C1[byte - 0x80] || byte : byte,
};

const ALIASES: Readonly<Record<string, string>> = {
  ascii: 'us-ascii',
  'us-ascii': 'us-ascii',
  'iso-8859-1': 'iso-8859-1',
  iso_8859_1: 'iso-8859-1',
  'iso_8859-1': 'iso-8859-1',
  iso88591: 'iso-8859-1',
  latin1: 'iso-8859-1',
  l1: 'iso-8859-1',
  'iso-8859-15': 'iso-8859-15',
  iso885915: 'iso-8859-15',
  latin9: 'iso-8859-15',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  'utf-8': 'utf-8',
  utf8: 'utf-8',
};

/**
 * Decodes bytes in a MIME charset (utf-8, iso-8859-1/latin1, iso-8859-15, windows-1252, us-ascii);
 * undefined for a charset it does not know. An RFC 2231 language suffix ('utf-8*sv') is ignored.
 *
 * @example stringFromCharset([0x4e, 0x79, 0x73, 0x74, 0x72, 0xf6, 0x6d], 'ISO-8859-1') // → 'Nyström'
 */
export function stringFromCharset(bytes: readonly number[], charset: string): string | undefined {
  const name = ALIASES[charset.toLowerCase().split('*')[0] ?? ''];
  if (name === undefined) return undefined;
  if (name === 'utf-8') return stringFromUtf8(bytes);
  const map = SINGLE_BYTE[name];
  if (map === undefined) return undefined;
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(map(byte));
  return text;
}
