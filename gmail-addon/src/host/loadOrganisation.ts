import { parseOrgConfig } from '../core';
import type { Organisation } from '../core';
import type { PropertiesLike } from './hostTypes';

/** The script property holding the organisation's configuration (JSON, see README). */
export const ORG_CONFIG_PROPERTY = 'ORG_CONFIG';

/**
 * The demo configuration used until an administrator sets ORG_CONFIG: Vimmerby's policy (the
 * municipality that runs Google Workspace), its domain and official channels.
 */
export const DEMO_ORG_CONFIG = Object.freeze({
  name: 'Vimmerby kommun',
  policy: 'vimmerby',
  domains: ['vimmerby.se'],
  mainNumber: '0492-76 90 00',
  officialAddress: 'kommun@vimmerby.se',
  functionalMailboxes: [{ name: 'Kontaktcenter', address: 'kontaktcenter@vimmerby.se' }],
  longAbsenceThreshold: 5,
  languages: ['sv', 'en'],
});

/** The organisation in force, whether it is the demo, or why the configuration was refused. */
export type LoadedOrganisation =
  | { readonly ok: true; readonly org: Organisation; readonly demo: boolean }
  | { readonly ok: false; readonly field: string; readonly message: string };

/** Reads and validates ORG_CONFIG with the core; falls back to the demo when it is not set. */
export function loadOrganisation(scriptProperties: PropertiesLike): LoadedOrganisation {
  const raw = scriptProperties.getProperty(ORG_CONFIG_PROPERTY);
  const demo = raw === null || raw.trim() === '';
  let json: unknown;
  if (demo) {
    json = DEMO_ORG_CONFIG;
  } else {
    try {
      json = JSON.parse(raw);
    } catch {
      return { ok: false, field: '', message: 'ORG_CONFIG is not valid JSON' };
    }
  }
  const parsed = parseOrgConfig(json);
  if (!parsed.ok) {
    return { ok: false, field: parsed.error.field ?? '', message: parsed.error.message };
  }
  return { ok: true, org: parsed.value, demo };
}
