import { displayText } from '../text/displayText.ts';
import { decodeEncodedWords } from './decodeEncodedWords.ts';

/** One header field: its name as written, and its value unfolded and RFC 2047 decoded. */
export interface HeaderField {
  readonly name: string;
  readonly value: string;
}

/** A parsed header block; look-ups ignore the case of the name, and the first field is the topmost. */
export interface ParsedHeaders {
  readonly fields: readonly HeaderField[];
  /** True when the block, a field or the count of fields was over its cap, and only the start was read. */
  readonly truncated: boolean;
  /** The topmost field of that name. */
  get(name: string): string | undefined;
  /** Every field of that name, topmost first. */
  getAll(name: string): readonly string[];
  has(name: string): boolean;
}

/**
 * The most of a header block that is read: 1 MB of text. Real header blocks are a few KB (Gmail
 * and Exchange refuse far less than this); a longer one is a hostile message, triaged on its first
 * megabyte, with `truncated` set.
 */
export const MAX_HEADER_BLOCK = 1_000_000;

/**
 * The most fields read: 1000. Real messages carry well under 200 (a long Received chain included);
 * a block with more is read on its first 1000 fields, with `truncated` set.
 */
export const MAX_FIELDS = 1000;

/**
 * A field is read on its first 64,000 characters, folds included. RFC 5322 lines stop at 998
 * characters and real folded fields at a few thousand (a To: of 500 people is about 20,000); the
 * rest of a longer one is hostile padding. Staying under this size also keeps every string the
 * parser makes small, which is what keeps 10× the input at 10× the time.
 */
export const MAX_FIELD_LENGTH = 64_000;

const NO_FIELDS: readonly string[] = Object.freeze([]);

function isWsp(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/** Drops leading and trailing spaces and tabs (a scan from each end, never a regex). */
function trimWsp(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isWsp(text.charCodeAt(start))) start += 1;
  while (end > start && isWsp(text.charCodeAt(end - 1))) end -= 1;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** A field name: printable US-ASCII except ':' (RFC 5322 §3.6.8). */
function isFieldName(name: string): boolean {
  if (name === '') return false;
  for (let i = 0; i < name.length; i += 1) {
    const code = name.charCodeAt(i);
    if (code < 0x21 || code > 0x7e || code === 0x3a) return false;
  }
  return true;
}

/**
 * Finds line ends with the engine's fast indexOf, remembering the next LF and the next CR so that
 * neither search is repeated over text it has already passed (a block of only CRs stays linear).
 */
function lineEnds(raw: string): (from: number) => number {
  let nextLf = -1;
  let nextCr = -1;
  return (from) => {
    if (nextLf !== raw.length && nextLf < from) {
      nextLf = raw.indexOf('\n', from);
      if (nextLf < 0) nextLf = raw.length;
    }
    if (nextCr !== raw.length && nextCr < from) {
      nextCr = raw.indexOf('\r', from);
      if (nextCr < 0) nextCr = raw.length;
    }
    return Math.min(nextLf, nextCr);
  };
}

/** Index just past the line break at `at` (CRLF, LF or CR). */
function afterBreak(raw: string, at: number): number {
  return raw.charCodeAt(at) === 0x0d && raw.charCodeAt(at + 1) === 0x0a ? at + 2 : at + 1;
}

const LINE_BREAKS = /\r\n|\r|\n/g;

/**
 * Unfolds the header section into logical lines (RFC 5322 §2.2.3: drop each line break before
 * WSP), in one pass: a logical line is found as one range and sliced once, and its line breaks are
 * removed in one replace, however many times it is folded. Stops after `maxFields` lines.
 */
function logicalLines(raw: string, maxFields: number): { lines: string[]; stoppedEarly: boolean } {
  const lines: string[] = [];
  const lineEnd = lineEnds(raw);
  let cut = false;
  let start = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (start < raw.length) {
    let end = lineEnd(start);
    if (end === start) return { lines, stoppedEarly: cut }; // the empty line before the body
    let folded = false;
    while (end < raw.length && isWsp(raw.charCodeAt(afterBreak(raw, end)))) {
      folded = true;
      end = lineEnd(afterBreak(raw, end));
    }
    if (isWsp(raw.charCodeAt(start))) {
      // A continuation line with no field before it belongs to nothing.
    } else if (lines.length === maxFields) {
      return { lines, stoppedEarly: true };
    } else {
      if (end - start > MAX_FIELD_LENGTH) cut = true;
      const line = raw.slice(start, Math.min(end, start + MAX_FIELD_LENGTH));
      lines.push(folded ? line.replace(LINE_BREAKS, '') : line);
    }
    start = end < raw.length ? afterBreak(raw, end) : end;
  }
  return { lines, stoppedEarly: cut };
}

/** Splits 'Name: value' (also the obsolete 'Name : value'); undefined for a line that is no field. */
function fieldOf(line: string): HeaderField | undefined {
  const colon = line.indexOf(':');
  if (colon <= 0) return undefined;
  const name = trimWsp(line.slice(0, colon));
  if (!isFieldName(name)) return undefined;
  const value = displayText(decodeEncodedWords(trimWsp(line.slice(colon + 1))));
  return Object.freeze({ name, value });
}

/**
 * Parses a raw RFC 5322 header block (CRLF, LF or CR; folded lines; repeated fields; any case).
 * Stops at the first empty line, so a whole message may be passed. Lines that are no field (an mbox
 * 'From ' line) are skipped. Linear in the length of the block, reads at most MAX_HEADER_BLOCK
 * characters, MAX_FIELDS fields and MAX_FIELD_LENGTH characters of a field, and never throws. Decoded values are cleared of controls and bidirectional marks.
 *
 * @example
 * const headers = parseHeaders('Subject: =?utf-8?Q?F=C3=B6rskoleplats?=\r\n hösten 2027\r\n\r\nBody');
 * headers.get('subject') // → 'Förskoleplats hösten 2027'
 */
export function parseHeaders(raw: string): ParsedHeaders {
  const text = typeof raw === 'string' ? raw : '';
  const tooLong = text.length > MAX_HEADER_BLOCK;
  const { lines, stoppedEarly } = logicalLines(
    tooLong ? text.slice(0, MAX_HEADER_BLOCK) : text,
    MAX_FIELDS,
  );
  const truncated = tooLong || stoppedEarly;
  const fields: HeaderField[] = [];
  const byName = new Map<string, string[]>();
  for (const line of lines) {
    const field = fieldOf(line);
    if (field === undefined) continue;
    fields.push(field);
    const key = field.name.toLowerCase();
    const values = byName.get(key);
    if (values === undefined) byName.set(key, [field.value]);
    else values.push(field.value);
  }
  Object.freeze(fields);
  for (const values of byName.values()) Object.freeze(values);
  const getAll = (name: string): readonly string[] => byName.get(name.toLowerCase()) ?? NO_FIELDS;
  return Object.freeze({
    fields,
    truncated,
    get: (name: string) => getAll(name)[0],
    getAll,
    has: (name: string) => getAll(name).length > 0,
  });
}
