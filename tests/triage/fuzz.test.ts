/* eslint-disable no-control-regex -- matching control characters is the point */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absenceReasonTerm } from '../../shared/absence/absenceReasonTerm.ts';
import { receivedAtOf } from '../../shared/clock/receivedAtOf.ts';
import { isEmailAddress } from '../../shared/policy/isEmailAddress.ts';
import { displayText } from '../../shared/text/displayText.ts';
import { decodeEncodedWords } from '../../shared/triage/decodeEncodedWords.ts';
import { parseAddressList } from '../../shared/triage/parseAddressList.ts';
import { parseHeaders } from '../../shared/triage/parseHeaders.ts';
import { parseRfc5322Date } from '../../shared/triage/parseRfc5322Date.ts';
import { firstComment, stripComments } from '../../shared/triage/stripComments.ts';
import { topmostReceivedAt } from '../../shared/triage/topmostReceivedAt.ts';
import { triageMessage } from '../../shared/triage/triageMessage.ts';
import { senderTrust } from '../../shared/trust/senderTrust.ts';

// Strings made of the characters parsers care about, mixed with anything at all: the fuzzing hits
// the syntax (quotes, comments, angle brackets, encoded words, folds) far more often than random
// Unicode alone would.
const SYNTAX = [...'()<>"\\,;:@=?_ \t\r\n-.aAbBqQ0189+/']
  .concat(['=?utf-8?B?', '=?iso-8859-1?Q?', '?=', '\r\n ', 'From: ', 'Auto-Submitted: '])
  .concat(['\u0000', '\u202e', '\u200b', '\ufeff', 'Å', '😀', '\ud800']);
const hostile = fc.oneof(
  fc.string({ unit: fc.constantFrom(...SYNTAX), maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
);
const RUNS = { numRuns: 500 };
const INVISIBLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

describe('every parser takes any string without throwing, and its result keeps its shape', () => {
  it('parseHeaders: frozen fields with valid names and clean values, look-ups agree', () => {
    fc.assert(
      fc.property(hostile, (raw) => {
        const headers = parseHeaders(raw);
        expect(Object.isFrozen(headers.fields)).toBe(true);
        for (const field of headers.fields) {
          expect(field.name).toMatch(/^[\x21-\x39\x3b-\x7e]+$/);
          expect(field.value).not.toMatch(INVISIBLE);
          expect(headers.getAll(field.name)).toContain(field.value);
          expect(headers.has(field.name.toUpperCase())).toBe(true);
        }
        expect(typeof headers.truncated).toBe('boolean');
      }),
      RUNS,
    );
  });

  it('a header block of any text, as one field value, triages and dates without throwing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'From',
          'Auto-Submitted',
          'Received',
          'Date',
          'Content-Type',
          'Cc',
          'Authentication-Results',
        ),
        hostile,
        (name, value) => {
          const headers = parseHeaders(`${name}: ${value}\r\nTo: anna@vaxjo.se\r\n`);
          const triage = triageMessage(headers, {
            mailbox: 'anna@vaxjo.se',
            orgDomains: ['vaxjo.se'],
            internalSendersExempt: true,
            ccOnlyNoDuty: true,
          });
          expect(triage.duty).toBe(triage.reasons.length === 0);
          for (const reason of triage.reasons) {
            expect(reason.evidence.length).toBeLessThanOrEqual(100);
            expect(reason.message.sv).toContain(reason.evidence);
          }
          const received = topmostReceivedAt(headers);
          if (received !== undefined) expect(Number.isFinite(received)).toBe(true);
          const trust = senderTrust(headers, { orgDomains: ['vaxjo.se'] });
          for (const note of trust.notes) expect(note.message.sv.length).toBeLessThan(400);
          const at = receivedAtOf({ headers });
          if (at !== undefined) expect(Number.isFinite(at.receivedAt)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('parseAddressList: mailboxes with a non-empty address and a clean, trimmed name', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        for (const mailbox of parseAddressList(value)) {
          expect(mailbox.address).not.toBe('');
          expect(mailbox.name).toBe(mailbox.name.trim());
          expect(mailbox.name).not.toMatch(INVISIBLE);
          expect(mailbox.address).not.toMatch(INVISIBLE);
        }
      }),
      RUNS,
    );
  });

  it('decodeEncodedWords: a string, unchanged when there is no encoded word', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const decoded = decodeEncodedWords(value);
        expect(typeof decoded).toBe('string');
        if (!value.includes('=?')) expect(decoded).toBe(value);
      }),
      RUNS,
    );
  });

  it('parseRfc5322Date: undefined or a finite instant', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const instant = parseRfc5322Date(value);
        if (instant !== undefined) expect(Number.isFinite(instant)).toBe(true);
      }),
      RUNS,
    );
  });

  it('stripComments and firstComment: no parenthesis of a closed comment survives', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const stripped = stripComments(value);
        if (!value.includes('"') && !value.includes('\\')) expect(stripped).not.toContain(')(');
        const comment = firstComment(value);
        if (comment !== undefined) expect(value).toContain(`(${comment})`);
      }),
      RUNS,
    );
  });

  it('absenceReasonTerm: undefined or a word of the normalised text', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const term = absenceReasonTerm(text);
        if (term !== undefined) {
          expect(term).not.toBe('');
          expect(text.normalize('NFKC').replace(/\p{Cf}/gu, '')).toContain(term);
        }
      }),
      RUNS,
    );
  });

  it('displayText and isEmailAddress: total on any string', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        expect(displayText(text)).not.toMatch(INVISIBLE);
        expect(typeof isEmailAddress(text)).toBe('boolean');
      }),
      RUNS,
    );
  });
});

describe('invisible characters', () => {
  it.each([
    ['zero-width space', 'sj\u200Bukskriven', 'sjukskriven'],
    ['soft hyphen', 'sjuk\u00ADskriven', 'sjukskriven'],
    ['right-to-left override', 'l\u202Eäkarbesök', 'läkarbesök'],
    ['full-width letters (NFKC)', 'ｓｊｕｋ', 'sjuk'],
  ])('the absence-reason check sees through a %s', (_case, text, term) => {
    expect(absenceReasonTerm(`Jag är ${text} till måndag`)).toBe(term);
  });

  it('strips NUL and bidi controls from decoded header values and display names', () => {
    const headers = parseHeaders(
      'From: =?utf-8?B?QW5uYQDigK5nbm9s?= <anna@example.se>\r\nSubject: a\u0000b\u202Ec\r\n',
    );
    expect(headers.get('Subject')).toBe('abc');
    expect(parseAddressList(headers.get('From') ?? '')[0]?.name).toBe('Annagnol');
  });
});
