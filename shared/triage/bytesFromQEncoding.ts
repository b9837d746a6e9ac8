/**
 * Decodes the RFC 2047 "Q" encoding ('_' is a space, '=XX' a byte) to bytes; undefined when malformed.
 *
 * @example bytesFromQEncoding('Nystr=F6m') // → [78, 121, 115, 116, 114, 0xf6, 109]
 */
export function bytesFromQEncoding(text: string): number[] | undefined {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (char === '_') {
      bytes.push(0x20);
    } else if (char === '=') {
      const hex = text.slice(i + 1, i + 3);
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return undefined;
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      const code = text.charCodeAt(i);
      if (code > 0x7e || code < 0x21) return undefined;
      bytes.push(code);
    }
  }
  return bytes;
}
