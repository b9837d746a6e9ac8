const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Decodes base64 text (as in an RFC 2047 "B" encoded word) to bytes; undefined when malformed.
 * Hand-written because shared/ has no atob and must also run in Apps Script. Linear.
 *
 * @example bytesFromBase64('w4Vz') // → [0xc3, 0x85, 0x73]
 */
export function bytesFromBase64(text: string): number[] | undefined {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x3d /* = */) end -= 1;
  if (end % 4 === 1) return undefined;
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < end; i += 1) {
    const sextet = ALPHABET.indexOf(text.charAt(i));
    if (sextet < 0) return undefined;
    buffer = ((buffer << 6) | sextet) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return bytes;
}
