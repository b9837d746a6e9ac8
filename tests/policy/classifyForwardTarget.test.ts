import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyForwardTarget, isInOrganisation } from '../../shared/index.ts';

const org = {
  domains: ['vaxjo.se'],
  functionalMailboxes: [
    { name: 'Kontaktcenter', address: 'kontaktcenter@vaxjo.se' },
    { name: 'Bygglov', address: 'bygglov@vaxjo.se' },
  ],
};

describe('classifyForwardTarget', () => {
  it.each([
    ['functional mailbox', 'kontaktcenter@vaxjo.se', 'functional', 'Kontaktcenter', false],
    ['functional mailbox, other case', ' Bygglov@Vaxjo.SE ', 'functional', 'Bygglov', false],
    ['colleague', 'per.holm@vaxjo.se', 'internal', 'per.holm@vaxjo.se', false],
    ['subdomain', 'rektor@skola.vaxjo.se', 'internal', 'rektor@skola.vaxjo.se', false],
    ['authority', 'registrator@lansstyrelsen.se', 'external', 'registrator@lansstyrelsen.se', true],
    ['look-alike domain', 'kc@vaxjo.se.example.com', 'external', 'kc@vaxjo.se.example.com', true],
    ['routing local part', 'x%evil.example@vaxjo.se', 'external', 'x%evil.example@vaxjo.se', true],
  ] as const)('%s: %s → %s', (_case, address, kind, name, leaves) => {
    const result = classifyForwardTarget(address, org);
    expect(result).toEqual({
      ok: true,
      value: { kind, address: address.trim(), name, leavesOrganisation: leaves },
    });
  });

  it.each([
    ['empty', '  ', 'FORWARD_TARGET_MISSING', 'Välj en funktionsbrevlåda'],
    ['no domain', 'per.holm', 'FORWARD_TARGET_INVALID', 'ogiltig: per.holm'],
    ['two addresses', 'a@vaxjo.se, b@vaxjo.se', 'FORWARD_TARGET_INVALID', 'ogiltig'],
    ['the user', 'anna.lind@vaxjo.se', 'FORWARD_TARGET_SELF', 'dig själv'],
  ] as const)('refuses %s with %s', (_case, address, code, sv) => {
    const result = classifyForwardTarget(address, org, 'Anna.Lind@vaxjo.se');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.field).toBe('to');
    expect(result.error.sv).toContain(sv);
    expect(result.error.en.length).toBeGreaterThan(10);
  });

  it('never says an address stays inside when the organisation check says it leaves', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (address) => {
        const result = classifyForwardTarget(address, org);
        if (!result.ok) return;
        expect(result.value.leavesOrganisation).toBe(!isInOrganisation(address, org));
        expect(result.value.kind === 'external').toBe(result.value.leavesOrganisation);
      }),
    );
  });
});
