// The organisation the CLI builds from the test's configuration, for expected due dates.
import { parseOrgConfig } from '../../shared/index.ts';
import type { Organisation } from '../../shared/index.ts';

/** Parses a configuration the way the CLI does, or throws. */
export function createOrganisation(json: unknown): Organisation {
  const parsed = parseOrgConfig(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}
