// What every command shares: the I/O it is given, user errors, the organisation and instants.
import { readFileSync } from 'node:fs';
import { parseInstant, parseOrgConfig, presetOrganisation } from '../shared/index.ts';
import type { Organisation } from '../shared/index.ts';

/** A failure the user can fix: printed as one line, exit code 2. */
export class UsageError extends Error {}

/** The process as a command sees it, so tests can run main() without one. */
export interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly stdin: () => Promise<string>;
  /** Standard input line by line, for commands that stream; default: stdin() split. */
  readonly stdinLines?: () => AsyncIterable<string>;
  readonly now: () => number;
}

/** The organisation of `--policy`: a preset id or a path to an org.json. */
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

/** An instant as ISO 8601 with offset, or as epoch milliseconds (all digits). */
export function instantOf(text: string): ReturnType<typeof parseInstant> {
  if (/^-?\d{1,15}$/.test(text.trim())) return { ok: true, value: Number(text.trim()) };
  return parseInstant(text);
}
