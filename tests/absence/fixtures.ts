import { parseOrgConfig } from '../../shared/policy/parseOrgConfig.ts';
import type { Organisation } from '../../shared/policy/organisation.ts';
import { VAXJO_ORG_JSON } from '../fixtures/vaxjoOrgJson.ts';

/** A fully configured organisation (Växjö-like), the reference for goldens and findings. */
export function vaxjo(overrides: Record<string, unknown> = {}): Organisation {
  const result = parseOrgConfig({
    ...VAXJO_ORG_JSON,
    ...overrides,
  });
  if (!result.ok) throw new Error(`fixture org config refused: ${result.error.message}`);
  return result.value;
}
