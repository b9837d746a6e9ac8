import { describe, expect, it } from 'vitest';
import { absenceReasonTerm } from '../../shared/absence/absenceReasonTerm.ts';
import { buildReferral } from '../../shared/absence/buildReferral.ts';
import { addressInline } from '../../shared/absence/contactInlines.ts';
import { isInOrganisation } from '../../shared/policy/organisation.ts';
import type { AbsenceInput } from '../../shared/absence/types.ts';
import { vaxjo } from './fixtures.ts';

const CONTACT = { name: 'Anna Berg', address: 'anna.berg@vaxjo.se' };

describe('hostile or unlucky absence input', () => {
  it('the end of the calendar is a finding, not a throw', () => {
    const input: AbsenceInput = {
      firstDay: '2100-12-20',
      lastDay: '2100-12-31',
      contacts: [CONTACT],
    };
    const referral = buildReferral(input, vaxjo(), '2100-12-01');
    expect(referral.backOn).toBeNull();
    expect(referral.blocking).toBe(true);
    expect(referral.findings.map((f) => `${f.id} ${f.field ?? ''}`)).toContain(
      'DATES_INVALID lastDay',
    );
  });

  it.each([
    ['query parameters', 'a?cc=boss@evil.example&body=x@vaxjo.se'],
    ['a percent escape', 'a%40evil.example@vaxjo.se'],
    ['a fragment', 'a#x@vaxjo.se'],
  ])('a contact address with %s is shown as text, never as a mailto link', (_case, address) => {
    expect(addressInline(address)).toEqual({ text: address });
  });

  it('an ordinary contact address is a mailto link', () => {
    expect(addressInline('kommunen@vaxjo.se')).toEqual({
      text: 'kommunen@vaxjo.se',
      href: 'mailto:kommunen@vaxjo.se',
    });
  });

  it.each([
    ['percent hack', 'x%attacker.com@vaxjo.se', false],
    ['bang path', 'attacker.com!x@vaxjo.se', false],
    ['quoted local part', '"x@attacker.com"@vaxjo.se', false],
    ['plain colleague', 'anna.berg@vaxjo.se', true],
    ['subdomain', 'anna@skola.vaxjo.se', true],
  ])('isInOrganisation: %s %s → %s', (_case, address, inside) => {
    expect(isInOrganisation(address, vaxjo())).toBe(inside);
  });

  it('refuses forwarding to an address that routes out through a % hack', () => {
    const referral = buildReferral(
      {
        firstDay: '2026-04-08',
        lastDay: '2026-04-10',
        contacts: [CONTACT],
        forwardTo: 'x%attacker.com@vaxjo.se',
      },
      vaxjo(),
      '2026-04-01',
    );
    expect(
      referral.findings.some((f) => f.id === 'EXTERNAL_TARGET' && f.severity === 'error'),
    ).toBe(true);
    expect(referral.blocking).toBe(true);
  });

  it('strips NULs and bidi controls from text written into the autoreply', () => {
    const referral = buildReferral(
      {
        firstDay: '2026-04-08',
        lastDay: '2026-04-10',
        contacts: [{ name: 'Anna\u202E greB\u0000', address: 'anna.berg@vaxjo.se' }],
        note: 'Hej\u200F då\u0000',
      },
      vaxjo(),
      '2026-04-01',
    );
    for (const text of [referral.external.text, referral.external.html, referral.internal.text]) {
      expect(text.includes('\u0000') || text.includes('\u200F') || text.includes('\u202E')).toBe(
        false,
      );
    }
    expect(referral.external.text).toContain('Anna greB');
  });

  it('finds a reason for absence behind a zero-width space in 100k letters, fast', () => {
    const note = `${'a'.repeat(100_000)} sj\u200Bukskriven`;
    const start = performance.now();
    expect(absenceReasonTerm(note)).toBe('sjukskriven');
    expect(performance.now() - start).toBeLessThan(250);
  });
});
