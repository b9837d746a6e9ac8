import { displayText } from '../text/displayText.ts';
import { decodeEncodedWords } from './decodeEncodedWords.ts';
import { firstComment, stripComments } from './stripComments.ts';

/** One mailbox of an address list: display name ('' when none) and address ('local@domain'). */
export interface MailboxAddress {
  readonly name: string;
  readonly address: string;
}

/** The most mailboxes read from one list; real lists are far shorter, a longer one is hostile. */
export const MAX_MAILBOXES = 1000;

/** A display name is read on its first 500 characters; a real one is rarely over 100. */
export const MAX_DISPLAY_NAME = 500;

/** Removes quotes (keeping escaped characters) in one pass. */
function unquote(text: string): string {
  if (!text.includes('"')) return text;
  let out = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (quoted && char === '\\' && i + 1 < text.length) {
      out += text.charAt(i + 1);
      i += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else {
      out += char;
    }
  }
  return out;
}

/** Removes quotes, decodes encoded words, collapses whitespace and drops invisible characters. */
function cleanName(raw: string): string {
  const text = raw.length > MAX_DISPLAY_NAME ? raw.slice(0, MAX_DISPLAY_NAME) : raw;
  return displayText(decodeEncodedWords(unquote(text)))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where the first angle address of a piece is: the first '<' and the first '>' after it. */
function angleOf(part: string): { open: number; close: number } | undefined {
  const open = part.indexOf('<');
  if (open < 0) return undefined;
  const close = part.indexOf('>', open + 1);
  return close < 0 ? undefined : { open, close };
}

/** Reads one mailbox: 'Name <addr>', '<addr>', 'addr' or the old 'addr (Name)'. */
function mailboxOf(part: string): MailboxAddress | undefined {
  const angle = angleOf(part);
  if (angle !== undefined) {
    let address = displayText(part.slice(angle.open + 1, angle.close)).trim();
    if (address.startsWith('@')) address = address.slice(address.indexOf(':') + 1).trim(); // obsolete route
    if (address === '' || address.startsWith('@')) return undefined;
    const name = cleanName(
      stripComments(part.slice(0, Math.min(angle.open, 2 * MAX_DISPLAY_NAME))),
    );
    return Object.freeze({ name, address });
  }
  const address = displayText(stripComments(part)).trim();
  if (!address.includes('@') || /\s/.test(address)) return undefined;
  const comment = firstComment(part);
  return Object.freeze({
    name: comment === undefined ? '' : cleanName(comment),
    address,
  });
}

/**
 * Splits at top-level commas and group delimiters, respecting quotes, comments and angle brackets,
 * in one pass. A piece without an address (an unquoted 'Lind, Anna <…>' split at its comma) runs
 * on into the next piece instead of being read again, so the work stays linear.
 */
function mailboxesOf(value: string): MailboxAddress[] {
  const mailboxes: MailboxAddress[] = [];
  let start = 0;
  let hasAddress = false; // the piece so far holds '<' or '@' outside quotes and comments
  let hasText = false; // the piece so far holds more than whitespace
  let quoted = false;
  let comment = 0;
  let angle = false;
  const endPiece = (end: number, always: boolean): void => {
    if (!always && !hasAddress && hasText) return; // joined to the next piece
    if (hasAddress && mailboxes.length < MAX_MAILBOXES) {
      const mailbox = mailboxOf(value.slice(start, end));
      if (mailbox !== undefined) mailboxes.push(mailbox);
    }
    start = end + 1;
    hasAddress = false;
    hasText = false;
  };
  for (let i = 0; i < value.length; i += 1) {
    const char = value.charAt(i);
    if (!hasText && char !== ',' && char !== ';' && !/\s/.test(char)) hasText = true;
    if ((quoted || comment > 0) && char === '\\') i += 1;
    else if (quoted) quoted = char !== '"';
    else if (comment > 0) comment += char === '(' ? 1 : char === ')' ? -1 : 0;
    else if (char === '"') quoted = true;
    else if (char === '(') comment = 1;
    else if (char === '<') {
      angle = true;
      hasAddress = true;
    } else if (char === '>') angle = false;
    else if (char === '@') hasAddress = true;
    else if (!angle && (char === ',' || char === ';')) endPiece(i, false);
    else if (!angle && char === ':') {
      // A group's display name: its members follow. (An angle address may hold a route's ':'.)
      start = i + 1;
      hasAddress = false;
      hasText = false;
    }
  }
  endPiece(value.length, true);
  return mailboxes;
}

/**
 * Parses an address list header value (From, To, Cc, Reply-To): quoted or encoded display names,
 * angle addresses, bare addresses; group names are dropped, their members kept. A piece without an
 * address (an unquoted 'Lind, Anna <…>' split at its comma) is joined to the next piece. Linear in
 * the length of the value, at most MAX_MAILBOXES mailboxes, and never throws.
 *
 * @example parseAddressList('"Lind, Anna" <anna.lind@vaxjo.se>, per@example.se')
 * // → [{ name: 'Lind, Anna', address: 'anna.lind@vaxjo.se' }, { name: '', address: 'per@example.se' }]
 */
export function parseAddressList(value: string): readonly MailboxAddress[] {
  return Object.freeze(typeof value === 'string' ? mailboxesOf(value) : []);
}
