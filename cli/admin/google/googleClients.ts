// The googleapis clients: one HTTP transport and one Gmail API object per connection, and a JWT
// (domain-wide delegation) per impersonated user that borrows that transport.
import type { Agent } from 'node:http';
import { admin } from '@googleapis/admin';
import type { admin_directory_v1 } from '@googleapis/admin';
import { gmail } from '@googleapis/gmail';
import type { gmail_v1 } from '@googleapis/gmail';
import { JWT, gaxios } from 'google-auth-library';
import { fetchOverHttp } from '../net/fetchOverHttp.ts';
import type { ServiceAccountKey } from './serviceAccountKey.ts';

export interface GoogleConnection {
  readonly key: ServiceAccountKey;
  /** Send every request to this origin instead of *.googleapis.com (tests and benchmarks). */
  readonly apiBase?: string;
  /**
   * The process's keep-alive agents (HTTPS_PROXY aware) from `createAgents`; without them gaxios
   * picks its own (node-fetch, a proxy agent per transport).
   */
  readonly agentFor?: (url: URL) => Agent;
}

/** Rewrites https://*.googleapis.com/… to the override origin, keeping path and query. */
function redirectTo(base: string): (url: URL) => URL {
  const origin = new URL(base);
  return (url) => {
    const target = new URL(url.href);
    if (!target.hostname.endsWith('googleapis.com')) return target;
    target.protocol = origin.protocol;
    target.host = origin.host;
    return target;
  };
}

const transporters = new WeakMap<GoogleConnection, gaxios.Gaxios>();

/**
 * The one gaxios transport of a connection, shared by every JWT made for it: a JWT of its own
 * per user would bring its own transport, interceptors and (behind a proxy) its own tunnel.
 */
export function transporterFor(connection: GoogleConnection): gaxios.Gaxios {
  let transporter = transporters.get(connection);
  if (transporter !== undefined) return transporter;
  const { agentFor } = connection;
  transporter = new gaxios.Gaxios(
    agentFor === undefined ? {} : { agent: agentFor, fetchImplementation: fetchOverHttp(agentFor) },
  );
  if (connection.apiBase !== undefined) {
    const rewrite = redirectTo(connection.apiBase);
    transporter.interceptors.request.add({
      resolved: (config) => Promise.resolve({ ...config, url: rewrite(config.url) }),
    });
  }
  transporters.set(connection, transporter);
  return transporter;
}

/** A JWT client impersonating `subject` with exactly `scopes`, on the connection's transport. */
export function jwtFor(
  connection: GoogleConnection,
  subject: string,
  scopes: readonly string[],
): JWT {
  return new JWT({
    email: connection.key.clientEmail,
    key: connection.key.privateKey,
    ...(connection.key.privateKeyId !== undefined ? { keyId: connection.key.privateKeyId } : {}),
    scopes: [...scopes],
    subject,
    transporter: transporterFor(connection),
  });
}

/** The Directory API as the admin. googleapis' own retry is off: ours knows Retry-After. */
export function directoryClient(auth: JWT): admin_directory_v1.Admin {
  return admin({ version: 'directory_v1', auth, retry: false });
}

/** The Gmail API as one user. */
export function gmailClient(auth: JWT): gmail_v1.Gmail {
  return gmail({ version: 'v1', auth, retry: false });
}

const gmailApis = new WeakMap<GoogleConnection, gmail_v1.Gmail>();

/**
 * One Gmail API object for the whole run: each call names its user's JWT as `auth`
 * (googleapis builds every resource of the API per client, so a client per user is waste).
 * @example await gmailApiFor(connection).users.settings.getVacation({ userId: 'me', auth: jwt })
 */
export function gmailApiFor(connection: GoogleConnection): gmail_v1.Gmail {
  let api = gmailApis.get(connection);
  if (api === undefined) {
    api = gmail({ version: 'v1', retry: false });
    gmailApis.set(connection, api);
  }
  return api;
}
