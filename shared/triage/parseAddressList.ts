import { decodeEncodedWords } from './decodeEncodedWords.ts';

/** One mailbox of an address list: display name ('' when none) and address ('local@domain'). */
export interface MailboxAddress {
  readonly name: string;
  readonly address: string;
}

/** Splits at top-level commas and group delimiters, respecting quotes, comments and angle brackets. */
function topLevelParts(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let comment = 0;
  let angle = false;
  for (let i = 0; i < value.length; i += 1) {
    const char = value.charAt(i);
    if ((quoted || comment > 0) && char === '\\') {
      current += char + value.charAt(i + 1);
      i += 1;
      continue;
    }
    if (quoted) quoted = char !== '"';
    else if (comment > 0) comment += char === '(' ? 1 : char === ')' ? -1 : 0;
    else if (char === '"') quoted = true;
    else if (char === '(') comment = 1;
    else if (char === '<') angle = true;
    else if (char === '>') angle = false;
    else if (!angle && (char === ',' || char === ';')) {
      parts.push(current);
      current = '';
      continue;
    } else if (!angle && char === ':') {
      current = ''; // a group's display name: its members follow
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts;
}

/** Removes quotes (keeping escaped characters) and collapses whitespace. */
function cleanName(text: string): string {
  const unquoted = text.replace(/"((?:[^"\\]|\\.)*)"/g, (_all, inner: string) =>
    inner.replace(/\\(.)/g, '$1'),
  );
  return decodeEncodedWords(unquoted).replace(/\s+/g, ' ').trim();
}

/** Reads one mailbox: 'Name <addr>', '<addr>', 'addr' or the old 'addr (Name)'. */
function mailboxOf(part: string): MailboxAddress | undefined {
  const angle = /<([^>]*)>/.exec(part);
  if (angle !== null) {
    const address = (angle[1] ?? '').replace(/^(@[^:]*:)/, '').trim(); // drop an obsolete route
    if (address === '') return undefined;
    const name = cleanName(part.slice(0, angle.index).replace(/\((?:[^()\\]|\\.)*\)/g, ''));
    return Object.freeze({ name, address });
  }
  const comment = /\(((?:[^()\\]|\\.)*)\)/.exec(part);
  const address = part.replace(/\((?:[^()\\]|\\.)*\)/g, '').trim();
  if (!address.includes('@') || /\s/.test(address)) return undefined;
  return Object.freeze({ name: comment === null ? '' : cleanName(comment[1] ?? ''), address });
}

/**
 * Parses an address list header value (From, To, Cc, Reply-To): quoted or encoded display names,
 * angle addresses, bare addresses; group names are dropped, their members kept. A piece without an
 * address (an unquoted 'Lind, Anna <…>' split at its comma) is joined to the next piece.
 *
 * @example parseAddressList('"Lind, Anna" <anna.lind@vaxjo.se>, per@example.se')
 * // → [{ name: 'Lind, Anna', address: 'anna.lind@vaxjo.se' }, { name: '', address: 'per@example.se' }]
 */
export function parseAddressList(value: string): readonly MailboxAddress[] {
  const mailboxes: MailboxAddress[] = [];
  let pending = '';
  for (const part of topLevelParts(value)) {
    const text = pending === '' ? part : `${pending},${part}`;
    const mailbox = mailboxOf(text);
    if (mailbox !== undefined) {
      mailboxes.push(mailbox);
      pending = '';
    } else {
      pending = text.includes('<') || text.includes('@') || text.trim() === '' ? '' : text;
    }
  }
  return Object.freeze(mailboxes);
}
