import { describe, expect, it } from 'vitest';
import { ownersOf } from '../../cli/admin/watchCommand.ts';
import { parseOrgConfig } from '../../shared/index.ts';
import type { Organisation } from '../../shared/index.ts';
import { VAXJO_ORG_JSON } from '../fixtures/vaxjoOrgJson.ts';

function orgWith(functionalMailboxes: unknown): Organisation {
  const result = parseOrgConfig({ ...VAXJO_ORG_JSON, functionalMailboxes });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const ORG = orgWith([
  {
    name: 'Kontaktcenter',
    address: 'Kontaktcenter@vaxjo.se',
    owners: ['anna.lind@vaxjo.se', 'bo.ek@vaxjo.se'],
  },
  { name: 'Bygglov', address: 'bygglov@vaxjo.se' },
]);

describe('admin watch: who gets the digest', () => {
  it.each([
    [
      'the configuration alone',
      [],
      { 'kontaktcenter@vaxjo.se': ['anna.lind@vaxjo.se', 'bo.ek@vaxjo.se'] },
    ],
    [
      '--owner adds to the configuration, once each',
      ['kontaktcenter@vaxjo.se=Bo.Ek@vaxjo.se', 'kontaktcenter@vaxjo.se=cia.ny@vaxjo.se'],
      { 'kontaktcenter@vaxjo.se': ['anna.lind@vaxjo.se', 'bo.ek@vaxjo.se', 'cia.ny@vaxjo.se'] },
    ],
    [
      '--owner for a mailbox without configured owners',
      ['bygglov@vaxjo.se=dan.ro@vaxjo.se'],
      {
        'kontaktcenter@vaxjo.se': ['anna.lind@vaxjo.se', 'bo.ek@vaxjo.se'],
        'bygglov@vaxjo.se': ['dan.ro@vaxjo.se'],
      },
    ],
  ])('%s', (_case, given, expected) => {
    expect(Object.fromEntries(ownersOf(given, ORG))).toEqual(expected);
  });

  it.each([
    ['not a pair', 'anna.lind@vaxjo.se', /--owner must be mailbox=person/],
    [
      'outside the domains',
      'bygglov@vaxjo.se=anna@gmail.com',
      /outside the organisation's domains/,
    ],
  ])('refuses --owner %s', (_case, pair, message) => {
    expect(() => ownersOf([pair], ORG)).toThrow(message);
  });
});
