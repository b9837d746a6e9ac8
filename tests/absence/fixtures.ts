import { parseOrgConfig } from '../../shared/policy/parseOrgConfig.ts';
import type { Organisation } from '../../shared/policy/organisation.ts';

/** A fully configured organisation (Växjö-like), the reference for goldens and findings. */
export function vaxjo(overrides: Record<string, unknown> = {}): Organisation {
  const result = parseOrgConfig({
    name: 'Växjö kommun',
    policy: 'vaxjo',
    domains: ['vaxjo.se'],
    mainNumber: '0470-410 00',
    officialAddress: 'kommunen@vaxjo.se',
    functionalMailboxes: [{ name: 'Kontaktcenter', address: 'kontaktcenter@vaxjo.se' }],
    officeHours: { open: '08:00', close: '16:30' },
    longAbsenceThreshold: 5,
    languages: ['sv', 'en'],
    ...overrides,
  });
  if (!result.ok) throw new Error(`fixture org config refused: ${result.error.message}`);
  return result.value;
}
