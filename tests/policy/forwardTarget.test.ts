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
const vectors: [string, string, string | undefined, boolean][] = [
  ['kontaktcenter@vaxjo.se', 'functional-mailbox', 'Kontaktcenter', false],
  ['  KONTAKTCENTER@vaxjo.se ', 'functional-mailbox', 'Kontaktcenter', false],
  ['forskola@vaxjo.se', 'organisation', undefined, false],
  ['anna@skola.vaxjo.se', 'organisation', undefined, false],
  ['registrator@lansstyrelsen.se', 'external', undefined, true],
  ['x%evil.example@vaxjo.se', 'external', undefined, true],
  ['anna@vaxjo.se.evil.example', 'external', undefined, true],
  ['gammal@example.com', 'external', undefined, true],
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
      }),
    );
  });
});
