// App-only access to Microsoft Graph: client credentials with a certificate through msal-node,
// with the authority's metadata given up front so MSAL makes no discovery request: the only
// call to login.microsoftonline.com is the token request itself.
import type { Agent } from 'node:http';
import { ConfidentialClientApplication, LogLevel } from '@azure/msal-node';
import type { AppCertificate } from './appCertificate.ts';
import { msalNetworkClient } from './msalNetworkClient.ts';

export const LOGIN_HOST = 'login.microsoftonline.com';
export const GRAPH_ROOT = 'https://graph.microsoft.com/v1.0';

export interface GraphConnectionOptions {
  readonly tenantId: string;
  readonly clientId: string;
  readonly certificate: AppCertificate;
  readonly agentFor: (url: URL) => Agent;
  /** Send every request to this origin instead of Microsoft's hosts (tests and benchmarks). */
  readonly apiBase?: string;
}

export interface GraphConnection {
  /** Graph's v1.0 root URL. */
  readonly root: string;
  /** A valid app-only token for Graph (cached until five minutes before expiry). */
  token(): Promise<string>;
  /** Rewrites a Microsoft URL to the override origin, if any. */
  rewrite(url: string): string;
  readonly agentFor: (url: URL) => Agent;
}

/** The OpenID metadata of the tenant's v2.0 authority, as Entra publishes it. */
export function authorityMetadata(tenantId: string): string {
  const base = `https://${LOGIN_HOST}/${tenantId}`;
  return JSON.stringify({
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: [
      'client_secret_post',
      'private_key_jwt',
      'client_secret_basic',
    ],
    jwks_uri: `https://${LOGIN_HOST}/${tenantId}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    issuer: `https://${LOGIN_HOST}/${tenantId}/v2.0`,
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
  });
}

/** Instance discovery for the public cloud, answered locally. */
export function cloudDiscoveryMetadata(tenantId: string): string {
  return JSON.stringify({
    tenant_discovery_endpoint: `https://${LOGIN_HOST}/${tenantId}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [
      {
        preferred_network: LOGIN_HOST,
        preferred_cache: 'login.windows.net',
        aliases: [LOGIN_HOST, 'login.windows.net', 'login.microsoft.com', 'sts.windows.net'],
      },
    ],
  });
}

function rewriterFor(apiBase: string | undefined): (url: string) => string {
  if (apiBase === undefined) return (url) => url;
  const origin = new URL(apiBase);
  return (url) => {
    const target = new URL(url);
    if (target.hostname !== LOGIN_HOST && target.hostname !== 'graph.microsoft.com') return url;
    target.protocol = origin.protocol;
    target.host = origin.host;
    return target.href;
  };
}

/** Connects to Graph app-only. Tokens are requested on first use. */
export function graphConnection(options: GraphConnectionOptions): GraphConnection {
  const rewrite = rewriterFor(options.apiBase);
  const app = new ConfidentialClientApplication({
    auth: {
      clientId: options.clientId,
      authority: `https://${LOGIN_HOST}/${options.tenantId}`,
      clientCertificate: {
        thumbprintSha256: options.certificate.thumbprintSha256,
        privateKey: options.certificate.privateKey,
        x5c: options.certificate.x5c,
      },
      knownAuthorities: [LOGIN_HOST],
      authorityMetadata: authorityMetadata(options.tenantId),
      cloudDiscoveryMetadata: cloudDiscoveryMetadata(options.tenantId),
    },
    system: {
      networkClient: msalNetworkClient(options.agentFor, rewrite),
      loggerOptions: {
        logLevel: LogLevel.Error,
        piiLoggingEnabled: false,
        loggerCallback: () => undefined,
      },
    },
  });
  let cached: { token: string; refreshAt: number } | undefined;
  let pending: Promise<string> | undefined;
  const fetchToken = async (): Promise<string> => {
    const result = await app.acquireTokenByClientCredential({
      scopes: ['https://graph.microsoft.com/.default'],
    });
    if (result === null) throw new Error('Entra returned no token');
    const expires = result.expiresOn?.getTime() ?? Date.now() + 3_600_000;
    cached = { token: result.accessToken, refreshAt: expires - 300_000 };
    return result.accessToken;
  };
  return {
    root: GRAPH_ROOT,
    rewrite,
    agentFor: options.agentFor,
    token() {
      if (cached !== undefined && Date.now() < cached.refreshAt)
        return Promise.resolve(cached.token);
      pending ??= fetchToken().finally(() => {
        pending = undefined;
      });
      return pending;
    },
  };
}
