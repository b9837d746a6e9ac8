import { parseOrgConfig } from '../../../shared/index.ts';
import type { Organisation } from '../../../shared/index.ts';
import { readJsonFile } from './readJsonFile.ts';

/** The organisation configuration could not be used; `message` is Swedish, `messageEn` English. */
export class OrgConfigError extends Error {
  override readonly name = 'OrgConfigError';
  readonly messageEn: string;
  /** The offending field ('domains[1]'), when the core named one. */
  readonly field: string | undefined;
  /** The core's error code, or 'CONFIG_UNREADABLE'. */
  readonly code: string;

  constructor(code: string, message: string, messageEn: string, field?: string) {
    super(message);
    this.code = code;
    this.messageEn = messageEn;
    this.field = field;
  }
}

/** Validates parsed org.json with the core; throws OrgConfigError naming the field. */
function orgFromJson(json: unknown, url = 'config/org.json'): Organisation {
  const result = parseOrgConfig(json);
  if (result.ok) return result.value;
  const { code, message, field } = result.error;
  const where = field ? ` (fält "${field}")` : '';
  const whereEn = field ? ` (field "${field}")` : '';
  throw new OrgConfigError(
    code,
    `Organisationens konfiguration (${url}) är felaktig${where}: ${message}. Kontakta den som förvaltar tillägget.`,
    `The organisation configuration (${url}) is invalid${whereEn}: ${message}. Contact whoever manages the add-in.`,
    field,
  );
}

/**
 * Fetches the organisation configuration deployed with the add-in and validates it with the core.
 *
 * @example const org = await loadOrgConfig(); // config/org.json next to taskpane.html
 */
export async function loadOrgConfig(
  url = 'config/org.json',
  fetchImpl: typeof fetch = fetch,
): Promise<Organisation> {
  const read = await readJsonFile(url, fetchImpl);
  if (!read.ok) {
    throw new OrgConfigError(
      'CONFIG_UNREADABLE',
      `Organisationens konfiguration (${url}) kunde inte läsas. Kontakta den som förvaltar tillägget.`,
      `The organisation configuration (${url}) could not be read. Contact whoever manages the add-in.`,
    );
  }
  return orgFromJson(read.json, url);
}
