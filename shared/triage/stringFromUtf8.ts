const REPLACEMENT = 0xfffd;

/** Length and payload bits of a UTF-8 lead byte; undefined for a byte that cannot start a sequence. */
function leadOf(byte: number): { length: number; bits: number; min: number } | undefined {
  if (byte < 0x80) return { length: 1, bits: byte, min: 0 };
  if (byte >= 0xc2 && byte <= 0xdf) return { length: 2, bits: byte & 0x1f, min: 0x80 };
  if (byte >= 0xe0 && byte <= 0xef) return { length: 3, bits: byte & 0x0f, min: 0x800 };
  if (byte >= 0xf0 && byte <= 0xf4) return { length: 4, bits: byte & 0x07, min: 0x10000 };
  return undefined;
}

/**
 * Decodes UTF-8 bytes to a string; each invalid sequence becomes U+FFFD, like TextDecoder (which
 * shared/ cannot use).
 *
 * @example stringFromUtf8([0xc3, 0x85, 0x73, 0x61]) // → 'Åsa'
 */
export function stringFromUtf8(bytes: readonly number[]): string {
  const codePoints: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const lead = leadOf(bytes[i] ?? 0);
    if (lead === undefined) {
      codePoints.push(REPLACEMENT);
      i += 1;
      continue;
    }
    let codePoint = lead.bits;
    let used = 1;
    while (used < lead.length) {
      const next = bytes[i + used];
      if (next === undefined || (next & 0xc0) !== 0x80) break;
      codePoint = (codePoint << 6) | (next & 0x3f);
      used += 1;
    }
    const valid =
      used === lead.length &&
      codePoint >= lead.min &&
      codePoint <= 0x10ffff &&
      !(codePoint >= 0xd800 && codePoint <= 0xdfff);
    codePoints.push(valid ? codePoint : REPLACEMENT);
    i += used;
  }
  let text = '';
  for (let start = 0; start < codePoints.length; start += 4096) {
    text += String.fromCodePoint(...codePoints.slice(start, start + 4096));
  }
  return text;
}
