import { decodeEncodedWords } from './decodeEncodedWords.ts';

/** One header field: its name as written, and its value unfolded and RFC 2047 decoded. */
export interface HeaderField {
  readonly name: string;
  readonly value: string;
}

/** A parsed header block; look-ups ignore the case of the name, and the first field is the topmost. */
export interface ParsedHeaders {
  readonly fields: readonly HeaderField[];
  /** The topmost field of that name. */
  get(name: string): string | undefined;
  /** Every field of that name, topmost first. */
  getAll(name: string): readonly string[];
  has(name: string): boolean;
}

const FIELD_NAME = /^[\x21-\x39\x3b-\x7e]+$/;

/** Unfolds the header section into logical lines (RFC 5322 §2.2.3: drop each line break before WSP). */
function logicalLines(raw: string): string[] {
  const lines: string[] = [];
  for (const line of raw.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    if (line === '') break;
    if (/^[ \t]/.test(line)) {
      if (lines.length > 0) lines[lines.length - 1] += line;
      continue;
    }
    lines.push(line);
  }
  return lines;
}

/** Splits 'Name: value' (also the obsolete 'Name : value'); undefined for a line that is no field. */
function fieldOf(line: string): HeaderField | undefined {
  const colon = line.indexOf(':');
  if (colon <= 0) return undefined;
  const name = line.slice(0, colon).replace(/[ \t]+$/, '');
  if (!FIELD_NAME.test(name)) return undefined;
  const value = line.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, '');
  return Object.freeze({ name, value: decodeEncodedWords(value) });
}

/**
 * Parses a raw RFC 5322 header block (CRLF or LF; folded lines; repeated fields; any case). Stops at
 * the first empty line, so a whole message may be passed. Lines that are no field (an mbox 'From '
 * line) are skipped.
 *
 * @example
 * const headers = parseHeaders('Subject: =?utf-8?Q?F=C3=B6rskoleplats?=\r\n hösten 2027\r\n\r\nBody');
 * headers.get('subject') // → 'Förskoleplats hösten 2027'
 */
export function parseHeaders(raw: string): ParsedHeaders {
  const fields: HeaderField[] = [];
  for (const line of logicalLines(raw)) {
    const field = fieldOf(line);
    if (field !== undefined) fields.push(field);
  }
  Object.freeze(fields);
  const getAll = (name: string): readonly string[] => {
    const wanted = name.toLowerCase();
    return Object.freeze(
      fields.filter((field) => field.name.toLowerCase() === wanted).map((field) => field.value),
    );
  };
  return Object.freeze({
    fields,
    get: (name: string) => getAll(name)[0],
    getAll,
    has: (name: string) => getAll(name).length > 0,
  });
}
