/** A backup text cut into pieces small enough for one stored value each, with a checksum. */
export interface BackupChunks {
  readonly parts: readonly string[];
  /** Length of the whole text in UTF-16 code units. */
  readonly length: number;
  /** FNV-1a (32-bit) of the whole text, as 8 hex digits. */
  readonly sum: string;
}

/**
 * FNV-1a over the UTF-16 code units, as 8 hex digits: a cheap check that a text read back from
 * several stored pieces is whole.
 * @example textChecksum('') // '811c9dc5'
 */
export function textChecksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * Cuts a text into pieces of at most `maxUnits` UTF-16 code units, never inside a surrogate pair.
 * With `maxUnits` ≤ 3000 each piece is at most 9000 bytes of UTF-8 (Apps Script's 9 kB per user
 * property), whatever the characters.
 * @example chunkBackup('abcde', 2).parts // ['ab', 'cd', 'e']
 */
export function chunkBackup(text: string, maxUnits: number): BackupChunks {
  if (!Number.isInteger(maxUnits) || maxUnits < 2) {
    throw new RangeError(`maxUnits must be a whole number ≥ 2, got ${maxUnits}`);
  }
  const parts: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(at + maxUnits, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    parts.push(text.slice(at, end));
    at = end;
  }
  return { parts, length: text.length, sum: textChecksum(text) };
}

/**
 * Joins pieces read back; null when one is missing or the whole does not match its length and
 * checksum (a half-written or foreign backup is never restored).
 * @example joinBackup({ parts: ['ab', 'c'], length: 3, sum: textChecksum('abc') }) // 'abc'
 */
export function joinBackup(chunks: {
  readonly parts: readonly (string | null | undefined)[];
  readonly length: number;
  readonly sum: string;
}): string | null {
  if (chunks.parts.some((part) => typeof part !== 'string')) return null;
  const text = chunks.parts.join('');
  return text.length === chunks.length && textChecksum(text) === chunks.sum ? text : null;
}
