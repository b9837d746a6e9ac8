// The googleapis clients, one JWT (domain-wide delegation) per impersonated user.
import { admin } from '@googleapis/admin';
import type { admin_directory_v1 } from '@googleapis/admin';
import { gmail } from '@googleapis/gmail';
import type { gmail_v1 } from '@googleapis/gmail';
import { JWT } from 'google-auth-library';
import type { ServiceAccountKey } from './serviceAccountKey.ts';

export interface GoogleConnection {
  readonly key: ServiceAccountKey;
  /** Send every request to this origin instead of *.googleapis.com (tests and benchmarks). */
  readonly apiBase?: string;
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

/** A JWT client impersonating `subject` with exactly `scopes`. */
export function jwtFor(
  connection: GoogleConnection,
  subject: string,
  scopes: readonly string[],
): JWT {
  const jwt = new JWT({
    email: connection.key.clientEmail,
    key: connection.key.privateKey,
    ...(connection.key.privateKeyId !== undefined ? { keyId: connection.key.privateKeyId } : {}),
    scopes: [...scopes],
    subject,
  });
  if (connection.apiBase !== undefined) {
    const rewrite = redirectTo(connection.apiBase);
    jwt.transporter.interceptors.request.add({
      resolved: (config) => Promise.resolve({ ...config, url: rewrite(config.url) }),
    });
  }
  return jwt;
}

/** The Directory API as the admin. googleapis' own retry is off: ours knows Retry-After. */
export function directoryClient(auth: JWT): admin_directory_v1.Admin {
  return admin({ version: 'directory_v1', auth, retry: false });
}

/** The Gmail API as one user. */
export function gmailClient(auth: JWT): gmail_v1.Gmail {
  return gmail({ version: 'v1', auth, retry: false });
}
