import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXTERNAL_FORWARD_WARNING, forwardTarget, isInOrganisation } from '../../shared/index.ts';

const org = {
  domains: ['vaxjo.se'],
  functionalMailboxes: [
    { name: 'Kontaktcenter', address: 'kontaktcenter@vaxjo.se' },
    // A misconfigured mailbox outside the domains is not trusted as one of ours.
    { name: 'Gammal', address: 'gammal@example.com' },
  ],
};

/** address → kind, name, leaves the organisation. */
const vectors: [string, string, string, boolean][] = [
  ['kontaktcenter@vaxjo.se', 'functional-mailbox', 'Kontaktcenter', false],
  ['  KONTAKTCENTER@vaxjo.se ', 'functional-mailbox', 'Kontaktcenter', false],
  ['forskola@vaxjo.se', 'organisation', 'forskola@vaxjo.se', false],
  ['anna@skola.vaxjo.se', 'organisation', 'anna@skola.vaxjo.se', false],
  ['registrator@lansstyrelsen.se', 'external', 'registrator@lansstyrelsen.se', true],
  ['x%evil.example@vaxjo.se', 'external', 'x%evil.example@vaxjo.se', true],
  ['anna@vaxjo.se.evil.example', 'external', 'anna@vaxjo.se.evil.example', true],
  ['gammal@example.com', 'external', 'gammal@example.com', true],
];

describe('forwardTarget', () => {
  it.each(vectors)('%s is %s', (address, kind, name, leaves) => {
    const result = forwardTarget(address, org);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.kind).toBe(kind);
    expect(result.value.name).toBe(name);
    expect(result.value.leavesOrganisation).toBe(leaves);
    expect(result.value.warning).toBe(leaves ? EXTERNAL_FORWARD_WARNING : undefined);
  });

  it.each([
    ['', 'FORWARD_ADDRESS_MISSING', /Välj en funktionsbrevlåda/],
    ['   ', 'FORWARD_ADDRESS_MISSING', /Välj en funktionsbrevlåda/],
    ['nej', 'FORWARD_ADDRESS_INVALID', /ingen e-postadress: nej/],
    ['Anna <anna@vaxjo.se>', 'FORWARD_ADDRESS_INVALID', /ingen e-postadress/],
  ])('refuses %j with %s', (address, code, sv) => {
    const result = forwardTarget(address, org);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.sv).toMatch(sv);
  });

  it.each([
    ['anna.lind@vaxjo.se', 'Anna.Lind@vaxjo.se'],
    [' ANNA.LIND@VAXJO.SE', 'anna.lind@vaxjo.se '],
  ])('refuses passing on to oneself (%s, user %s) in both languages', (address, self) => {
    const result = forwardTarget(address, org, self);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('FORWARD_ADDRESS_SELF');
    expect(result.error.sv).toMatch(/dig själv/);
    expect(result.error.en).toBe(result.error.message);
    expect(forwardTarget(address, org, 'per.holm@vaxjo.se').ok).toBe(true);
  });

  it('the warning says in Swedish and English that the message leaves the organisation', () => {
    expect(EXTERNAL_FORWARD_WARNING.sv).toMatch(/lämnar organisationen/);
    expect(EXTERNAL_FORWARD_WARNING.en).toMatch(/leaves the organisation/);
  });

  it('property: leaves the organisation exactly when isInOrganisation says no', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (address) => {
        const result = forwardTarget(address, org);
        if (!result.ok) return;
        expect(result.value.leavesOrganisation).toBe(!isInOrganisation(address, org));
        expect(result.value.kind === 'external').toBe(result.value.leavesOrganisation);
      }),
    );
  });
});
