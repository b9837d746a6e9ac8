import { readFileSync } from 'node:fs';
import { parseOrgConfig, presetOrganisation } from '../shared/index.ts';
import type { Organisation } from '../shared/index.ts';
import { UsageError } from './usageError.ts';

/** The organisation from a preset id or an org.json path, or a UsageError naming the fault. */
export function loadOrganisation(policy: string | undefined): Organisation {
  if (policy === undefined)
    throw new UsageError('--policy is required (a preset id or a path to org.json)');
  if (!policy.includes('/') && !policy.includes('\\') && !policy.endsWith('.json')) {
    const preset = presetOrganisation(policy);
    if (!preset.ok) throw new UsageError(preset.error.message);
    return preset.value;
  }
  let text: string;
  try {
    text = readFileSync(policy, 'utf8');
  } catch {
    throw new UsageError(`cannot read configuration file ${policy}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${policy} is not valid JSON: ${(error as Error).message}`);
  }
  const org = parseOrgConfig(json);
  if (!org.ok) throw new UsageError(`invalid configuration ${policy}: ${org.error.message}`);
  return org.value;
}
