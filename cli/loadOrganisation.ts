import { readFileSync } from 'node:fs';
import { parseOrgConfig, presetOrganisation } from '../shared/index.ts';
import type { Organisation } from '../shared/index.ts';
import { getDomain, getPublicSuffix } from 'tldts-icann';
import { UsageError } from './usageError.ts';

/**
 * Whether a domain is itself a public suffix ('se', 'co.uk', 'k.se'; 'kommun.se' is not), by the
 * Public Suffix List's ICANN section. Checked here rather than in the core: the list costs 32 KB
 * gzip, more than the whole core, and the hosts read a configuration this command has checked.
 */
function isPublicSuffix(domain: string): boolean {
  return getDomain(domain) === null || getPublicSuffix(domain) === domain;
}

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
    // Node's message quotes the start of the file: never echo a file's contents.
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new UsageError(
      `${policy} is not valid JSON${position === undefined ? '' : ` (at character ${position})`}`,
    );
  }
  const org = parseOrgConfig(json);
  if (!org.ok) throw new UsageError(`invalid configuration ${policy}: ${org.error.message}`);
  const suffix = org.value.domains.findIndex(isPublicSuffix);
  if (suffix >= 0) {
    throw new UsageError(
      `invalid configuration ${policy}: domains[${suffix}]: ${org.value.domains[suffix]} is a public suffix (Public Suffix List), not an organisation's domain`,
    );
  }
  return org.value;
}
