import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEncodedWords } from '../../shared/triage/decodeEncodedWords.ts';
import { parseHeaders } from '../../shared/triage/parseHeaders.ts';
import { parseRfc5322Date } from '../../shared/triage/parseRfc5322Date.ts';

const word = fc.stringMatching(/^[A-Za-z0-9åäöÅÄÖ.,:;<>@()"-]{1,12}$/);
const value = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));

/** Base64 of UTF-8 text, independent of the code under test. */
function bWord(text: string): string {
  return `=?utf-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

describe('triage properties', () => {
  it('folding a header at any whitespace, with CRLF or LF, does not change its parsed value', () => {
    fc.assert(
      fc.property(
        value,
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.constantFrom('\r\n', '\n'),
        (text, cuts, eol) => {
          const spaces = [...text.matchAll(/ /g)].map((match) => match.index);
          const foldAt = new Set(cuts.map((cut) => spaces[cut % Math.max(spaces.length, 1)]));
          let folded = '';
          [...text].forEach((char, index) => {
            folded += foldAt.has(index) ? `${eol}${char}` : char;
          });
          const headers = parseHeaders(`Subject: ${folded}${eol}X-After: 1${eol}`);
          expect(headers.get('Subject')).toBe(text);
          expect(headers.get('X-After')).toBe('1');
        },
      ),
    );
  });

  it('any Unicode text survives UTF-8 B encoding, split into adjacent words at any code point', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
        fc.nat(),
        (text, cut) => {
          const points = [...text];
          const at = cut % (points.length + 1);
          const encoded = [points.slice(0, at).join(''), points.slice(at).join('')]
            .filter((part) => part !== '')
            .map(bWord)
            .join('\r\n ');
          expect(decodeEncodedWords(encoded)).toBe(text);
        },
      ),
    );
  });

  it('a formatted instant parses back to itself in any offset', () => {
    const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
    const months = [
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2005, 0, 1) / 1000, max: Date.UTC(2099, 11, 31) / 1000 }),
        fc.integer({ min: -12 * 4, max: 14 * 4 }),
        (seconds, quarterHours) => {
          const offset = quarterHours * 15;
          const local = new Date(seconds * 1000 + offset * 60_000);
          const pad = (n: number): string => String(n).padStart(2, '0');
          const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}${pad(Math.abs(offset) % 60)}`;
          const text =
            `${days[local.getUTCDay()]}, ${local.getUTCDate()} ${months[local.getUTCMonth()]} ${local.getUTCFullYear()} ` +
            `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} ${zone}`;
          expect(parseRfc5322Date(text)).toBe(seconds * 1000);
        },
      ),
    );
  });
});
