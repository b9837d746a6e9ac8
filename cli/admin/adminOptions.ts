// The options every admin command shares: the organisation, which tenant and how to sign in.
import { isEmailAddress } from '../../shared/index.ts';
import type { Organisation } from '../../shared/index.ts';
import { loadOrganisation } from '../loadOrganisation.ts';
import { UsageError } from '../usageError.ts';
import { readServiceAccountKey } from './google/serviceAccountKey.ts';
import type { GoogleConnection } from './google/googleClients.ts';
import { readAppCertificate } from './microsoft/appCertificate.ts';
import { graphConnection } from './microsoft/graphConnection.ts';
import type { GraphConnection } from './microsoft/graphConnection.ts';
import { createAgents } from './net/httpRequest.ts';

/** parseArgs option specs shared by the admin commands. */
export const CONNECTION_OPTIONS = {
  policy: { type: 'string' },
  'google-key': { type: 'string' },
  'google-admin': { type: 'string' },
  'ms-tenant': { type: 'string' },
  'ms-client-id': { type: 'string' },
  'ms-cert': { type: 'string' },
  'ms-key': { type: 'string' },
  'api-base': { type: 'string' },
  concurrency: { type: 'string' },
  now: { type: 'string' },
} as const;

type Values = Partial<Record<keyof typeof CONNECTION_OPTIONS, string | undefined>>;

export type AdminTenant =
  | {
      readonly provider: 'google';
      readonly google: GoogleConnection;
      readonly adminAddress: string;
    }
  | { readonly provider: 'microsoft'; readonly graph: GraphConnection };

/** The organisation, with its domains, which the targets and findings are judged against. */
export function organisationOf(values: Values): Organisation {
  const org = loadOrganisation(values.policy);
  if (org.domains.length === 0)
    throw new UsageError('the organisation configuration needs "domains"');
  return org;
}

/** Connects to Google Workspace or Microsoft 365, by which credentials are given. */
export function tenantOf(values: Values, env: NodeJS.ProcessEnv): AdminTenant {
  const apiBase = values['api-base'];
  if (apiBase !== undefined && !/^https?:\/\/[^/]+\/?$/.test(apiBase))
    throw new UsageError(
      `--api-base must be an origin like https://host:port, got ${JSON.stringify(apiBase)}`,
    );
  const google = values['google-key'] !== undefined;
  const microsoft = values['ms-tenant'] !== undefined;
  if (google === microsoft)
    throw new UsageError(
      'give either --google-key key.json --google-admin <address> (Workspace) or --ms-tenant <id> --ms-client-id <id> --ms-cert cert.pem (Microsoft 365)',
    );
  if (google) {
    const adminAddress = values['google-admin'];
    if (adminAddress === undefined || !isEmailAddress(adminAddress))
      throw new UsageError(
        '--google-admin must be the address of a Workspace administrator to impersonate for the Directory',
      );
    try {
      const key = readServiceAccountKey(values['google-key'] as string);
      return {
        provider: 'google',
        adminAddress,
        google: {
          key,
          agentFor: createAgents(env),
          ...(apiBase !== undefined ? { apiBase } : {}),
        },
      };
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  const clientId = values['ms-client-id'];
  const certPath = values['ms-cert'];
  if (clientId === undefined || certPath === undefined)
    throw new UsageError(
      'Microsoft 365 needs --ms-tenant, --ms-client-id and --ms-cert (and --ms-key unless the PEM holds the key)',
    );
  let certificate;
  try {
    certificate = readAppCertificate(certPath, values['ms-key']);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return {
    provider: 'microsoft',
    graph: graphConnection({
      tenantId: values['ms-tenant'] as string,
      clientId,
      certificate,
      agentFor: createAgents(env),
      ...(apiBase !== undefined ? { apiBase } : {}),
    }),
  };
}

/** --concurrency as a whole number from 1 to 64 (default 16 mailboxes at a time). */
export function concurrencyOf(text: string | undefined): number {
  if (text === undefined) return 16;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new UsageError(`--concurrency must be 1–64, got ${JSON.stringify(text)}`);
  return n;
}
