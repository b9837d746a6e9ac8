/**
 * The "not ours" marks, with one set of rules for every host: each message is kept as a short
 * key (a 53-bit hash of its id, about 12 characters whatever the host's id looks like), the newest
 * NOT_OURS_CAP marks are kept and the oldest go first. 300 keys take about 4 KB of JSON: far
 * inside a Gmail user property (9 KB) and Outlook's roaming settings (32 KB for everything).
 */

/** The most marks kept. */
export const NOT_OURS_CAP = 300;

/** cyrb53: a fast, well-mixed 53-bit string hash (public domain). */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * The stored key of a message id.
 *
 * @example notOursKey('AAMkAGI2…') // '~1x2y3z…' (at most 12 characters)
 */
export function notOursKey(messageId: string): string {
  return `~${hash53(messageId).toString(36)}`;
}

function keyOf(entry: string): string {
  return entry.startsWith('~') ? entry : notOursKey(entry);
}

/**
 * The marks from stored data: anything not a list of strings is an empty list; ids stored by
 * older versions become keys; duplicates and the oldest beyond the cap go. Never throws.
 *
 * @example parseNotOurs(JSON.parse(stored))
 */
export function parseNotOurs(value: unknown): readonly string[] {
  if (!Array.isArray(value)) return [];
  const keys: string[] = [];
  for (const entry of value) {
    if (typeof entry !== 'string' || entry === '') continue;
    const key = keyOf(entry);
    const at = keys.indexOf(key);
    if (at >= 0) keys.splice(at, 1);
    keys.push(key);
  }
  return keys.slice(-NOT_OURS_CAP);
}

/**
 * Whether the message is marked "not ours".
 *
 * @example isNotOurs(marks, messageId) // true after setNotOurs(marks, messageId, true)
 */
export function isNotOurs(marks: readonly string[], messageId: string): boolean {
  return marks.includes(notOursKey(messageId));
}

/**
 * The marks with one message marked or unmarked; a new mark is the newest, and the oldest go
 * when the list is full.
 *
 * @example setNotOurs([], 'msg-1', true) // [notOursKey('msg-1')]
 */
export function setNotOurs(
  marks: readonly string[],
  messageId: string,
  notOurs: boolean,
): readonly string[] {
  const key = notOursKey(messageId);
  const rest = marks.filter((k) => k !== key);
  return notOurs ? [...rest, key].slice(-NOT_OURS_CAP) : rest;
}
