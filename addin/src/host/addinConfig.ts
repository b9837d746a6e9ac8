import { readJsonFile } from './readJsonFile.ts';

/** Deployment configuration of the add-in (`config/addin.json` next to taskpane.html). */
export interface AddinConfig {
  /** The Entra ID app registration's client id (a GUID). */
  readonly clientId: string;
  /** e.g. 'https://graph.microsoft.com/v1.0'. */
  readonly graphBaseUrl: string;
  /** 'naa' = MSAL nested app authentication, with the Office dialog as fallback. */
  readonly auth: 'naa';
  /** Defaults to 'https://login.microsoftonline.com/organizations'. */
  readonly authority?: string;
}

/** A configuration file that could not be used; `message` is Swedish, `messageEn` English. */
export class AddinConfigError extends Error {
  override readonly name = 'AddinConfigError';
  readonly messageEn: string;
  readonly field: string | undefined;

  constructor(message: string, messageEn: string, field?: string) {
    super(message);
    this.messageEn = messageEn;
    this.field = field;
  }
}

function field(json: Record<string, unknown>, key: string): string {
  const value = json[key];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new AddinConfigError(
      `Tilläggets konfiguration (config/addin.json) saknar giltigt värde för "${key}".`,
      `The add-in configuration (config/addin.json) has no valid "${key}".`,
      key,
    );
  }
  return value.trim();
}

/** Validates parsed `addin.json`; throws AddinConfigError naming the field. */
export function parseAddinConfig(json: unknown): AddinConfig {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new AddinConfigError(
      'Tilläggets konfiguration (config/addin.json) är inte ett JSON-objekt.',
      'The add-in configuration (config/addin.json) is not a JSON object.',
    );
  }
  const record = json as Record<string, unknown>;
  const auth = field(record, 'auth');
  if (auth !== 'naa') {
    throw new AddinConfigError(
      'I config/addin.json måste "auth" vara "naa".',
      'In config/addin.json "auth" must be "naa".',
      'auth',
    );
  }
  const config: { -readonly [K in keyof AddinConfig]: AddinConfig[K] } = {
    clientId: field(record, 'clientId'),
    graphBaseUrl: field(record, 'graphBaseUrl'),
    auth,
  };
  if (record['authority'] !== undefined) config.authority = field(record, 'authority');
  return config;
}

/** Fetches and validates the add-in configuration; rejects with AddinConfigError. */
export async function loadAddinConfig(
  url = 'config/addin.json',
  fetchImpl: typeof fetch = fetch,
): Promise<AddinConfig> {
  const read = await readJsonFile(url, fetchImpl);
  if (!read.ok) {
    throw new AddinConfigError(
      'Tilläggets konfiguration (config/addin.json) kunde inte läsas.',
      'The add-in configuration (config/addin.json) could not be read.',
    );
  }
  return parseAddinConfig(read.json);
}
