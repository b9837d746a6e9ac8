import { describe, expect, it } from 'vitest';
import { decodeEncodedWords } from '../../shared/triage/decodeEncodedWords.ts';

describe('decodeEncodedWords', () => {
  it.each([
    ['UTF-8 B', '=?UTF-8?B?w4VzYSDDlmJlcmc=?=', 'Åsa Öberg'],
    ['utf-8 Q with underscore as space', '=?utf-8?Q?=C3=85sa_=C3=96berg?=', 'Åsa Öberg'],
    ['ISO-8859-1 Q', '=?iso-8859-1?Q?Nystr=F6m?=', 'Nyström'],
    ['latin1 alias', '=?latin1?q?M=E5rten?=', 'Mårten'],
    [
      'windows-1252 smart quotes and dash',
      '=?windows-1252?Q?=93Hej=94_=96_svar?=',
      '\u201cHej\u201d \u2013 svar',
    ],
    ['windows-1252 B', '=?cp1252?B?gA==?=', '€'],
    ['iso-8859-15 euro', '=?iso-8859-15?Q?100_=A4?=', '100 €'],
    ['us-ascii', '=?us-ascii?Q?plain_text?=', 'plain text'],
    ['RFC 2231 language tag', '=?utf-8*sv?Q?V=C3=A4xj=C3=B6?=', 'Växjö'],
    ['lower-case encoding letter, no padding', '=?utf-8?b?w4Vz?=', 'Ås'],
    [
      'text around a word',
      'Re: =?utf-8?Q?f=C3=A4rdtj=C3=A4nst?= (ärende 12)',
      'Re: färdtjänst (ärende 12)',
    ],
  ])('decodes %s', (_case, input, expected) => {
    expect(decodeEncodedWords(input)).toBe(expected);
  });

  it('joins adjacent words separated only by whitespace, also across a fold', () => {
    expect(decodeEncodedWords('=?utf-8?Q?Fr=C3=A5ga_om?= \r\n =?utf-8?Q?_bygglov?=')).toBe(
      'Fråga om bygglov',
    );
    expect(decodeEncodedWords('=?utf-8?Q?a?=   =?iso-8859-1?Q?=E5?=')).toBe('aå');
  });

  it('joins the bytes of a character split across two words before decoding', () => {
    // 'Å' is C3 85 in UTF-8; each half alone would be invalid.
    expect(decodeEncodedWords('=?utf-8?B?ww==?= =?utf-8?B?hXNh?=')).toBe('Åsa');
    expect(decodeEncodedWords('=?utf-8?Q?=C3?= =?utf-8?Q?=85sa?=')).toBe('Åsa');
  });

  it('keeps whitespace between an encoded word and plain text', () => {
    expect(decodeEncodedWords('=?utf-8?Q?=C3=85sa?= Öberg =?utf-8?Q?kommun?=')).toBe(
      'Åsa Öberg kommun',
    );
  });

  it.each([
    ['unknown charset', '=?koi8-r?B?8NLJ18XU?='],
    ['bad base64', '=?utf-8?B?@@@?='],
    ['bad Q escape', '=?utf-8?Q?=ZZ?='],
    ['unknown encoding', '=?utf-8?X?abc?='],
    ['unterminated', '=?utf-8?Q?abc'],
    ['no encoded word at all', 'a = b ?= c'],
  ])('leaves a malformed word as it is: %s', (_case, input) => {
    expect(decodeEncodedWords(input)).toBe(input);
  });

  it('decodes good words next to a malformed one and keeps the spacing around it', () => {
    expect(decodeEncodedWords('=?utf-8?Q?=C3=85?= =?koi8-r?Q?x?= =?utf-8?Q?=C3=96?=')).toBe(
      'Å =?koi8-r?Q?x?= Ö',
    );
  });

  it('replaces invalid UTF-8 bytes with U+FFFD', () => {
    expect(decodeEncodedWords('=?utf-8?Q?a=FFb=C0=80c?=')).toBe('a\uFFFDb\uFFFD\uFFFDc');
  });

  it('decodes a 4-byte UTF-8 character', () => {
    expect(decodeEncodedWords('=?utf-8?B?8J+OhA==?=')).toBe('🎄');
  });
});
