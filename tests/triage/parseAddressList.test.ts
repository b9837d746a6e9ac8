import { describe, expect, it } from 'vitest';
import { parseAddressList } from '../../shared/triage/parseAddressList.ts';

describe('parseAddressList', () => {
  it.each([
    ['bare address', 'anna.lind@vaxjo.se', [{ name: '', address: 'anna.lind@vaxjo.se' }]],
    ['angle address only', '<anna.lind@vaxjo.se>', [{ name: '', address: 'anna.lind@vaxjo.se' }]],
    [
      'plain display name',
      'Anna Lind <anna.lind@vaxjo.se>',
      [{ name: 'Anna Lind', address: 'anna.lind@vaxjo.se' }],
    ],
    [
      'quoted name with a comma and an escaped quote',
      '"Lind, Anna \\"Annie\\"" <anna.lind@vaxjo.se>',
      [{ name: 'Lind, Anna "Annie"', address: 'anna.lind@vaxjo.se' }],
    ],
    [
      'encoded name',
      '=?UTF-8?B?w4VzYSDDlmJlcmc=?= <asa@example.se>',
      [{ name: 'Åsa Öberg', address: 'asa@example.se' }],
    ],
    [
      'old comment style',
      'MAILER-DAEMON@mx.vaxjo.se (Mail Delivery System)',
      [{ name: 'Mail Delivery System', address: 'MAILER-DAEMON@mx.vaxjo.se' }],
    ],
    [
      'unquoted decoded name with a comma',
      'Lind, Anna <anna.lind@vaxjo.se>',
      [{ name: 'Lind, Anna', address: 'anna.lind@vaxjo.se' }],
    ],
    [
      'obsolete route',
      '<@relay.example.se:per@example.se>',
      [{ name: '', address: 'per@example.se' }],
    ],
    ['empty list', '', []],
    ['undisclosed recipients group', 'undisclosed-recipients:;', []],
    ['empty angle address', '<>', []],
  ])('%s', (_case, input, expected) => {
    expect(parseAddressList(input)).toEqual(expected);
  });

  it('reads several mailboxes and the members of a group', () => {
    expect(
      parseAddressList(
        'Anna Lind <anna.lind@vaxjo.se>, per@example.se, Bygg: "Erik S" <erik@vaxjo.se>, sara@vaxjo.se;, x@y.se',
      ),
    ).toEqual([
      { name: 'Anna Lind', address: 'anna.lind@vaxjo.se' },
      { name: '', address: 'per@example.se' },
      { name: 'Erik S', address: 'erik@vaxjo.se' },
      { name: '', address: 'sara@vaxjo.se' },
      { name: '', address: 'x@y.se' },
    ]);
  });

  it('ignores a comma inside angle brackets or a comment', () => {
    expect(parseAddressList('a@example.se (Lind, Anna), <b@example.se>')).toEqual([
      { name: 'Lind, Anna', address: 'a@example.se' },
      { name: '', address: 'b@example.se' },
    ]);
  });
});
