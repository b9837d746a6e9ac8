import { readFileSync } from 'node:fs';

/** The fields of a service account key file that the tool uses. */
export interface ServiceAccountKey {
  readonly clientEmail: string;
  readonly privateKey: string;
  readonly privateKeyId?: string;
}

/** Reads and checks a service account key (JSON from the Google Cloud console); throws naming the fault. */
export function readServiceAccountKey(path: string): ServiceAccountKey {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`--google-key ${path}: cannot read it as JSON (${(error as Error).message})`, {
      cause: error,
    });
  }
  const key = json as Record<string, unknown>;
  if (key['type'] !== 'service_account')
    throw new Error(`--google-key ${path}: "type" must be "service_account"`);
  if (typeof key['client_email'] !== 'string' || typeof key['private_key'] !== 'string')
    throw new Error(`--google-key ${path}: "client_email" and "private_key" are required`);
  return {
    clientEmail: key['client_email'],
    privateKey: key['private_key'],
    ...(typeof key['private_key_id'] === 'string' ? { privateKeyId: key['private_key_id'] } : {}),
  };
}
