// A throwaway certificate authority and server certificate for the real Google and Microsoft host
// names, made with openssl, so the CLI can be pointed at the stand-ins through a proxy and trust
// them only through NODE_EXTRA_CA_CERTS. Also the app registration's certificate for MSAL.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TestPki {
  /** Path of the CA certificate (for NODE_EXTRA_CA_CERTS). */
  readonly caPath: string;
  readonly serverKey: string;
  readonly serverCert: string;
}

const openssl = (args: string[], cwd: string) =>
  execFileSync('openssl', args, { cwd, stdio: 'pipe' });

/** Makes a CA and a server certificate for `hosts` in `dir`. */
export function makeTestPki(dir: string, hosts: readonly string[]): TestPki {
  openssl(
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-days',
      '2',
      '-subj',
      '/CN=Svarsplikt test proxy CA',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ],
    dir,
  );
  openssl(
    [
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'server.key',
      '-out',
      'server.csr',
      '-subj',
      `/CN=${hosts[0] ?? 'localhost'}`,
    ],
    dir,
  );
  writeFileSync(
    join(dir, 'server.ext'),
    `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}\nextendedKeyUsage=serverAuth\n`,
  );
  openssl(
    [
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      'server.pem',
      '-days',
      '2',
      '-extfile',
      'server.ext',
    ],
    dir,
  );
  return {
    caPath: join(dir, 'ca.pem'),
    serverKey: readFileSync(join(dir, 'server.key'), 'utf8'),
    serverCert: readFileSync(join(dir, 'server.pem'), 'utf8'),
  };
}

/** A self-signed certificate and key for an app registration (written as app.pem and app.key). */
export function makeAppCertificate(dir: string): {
  certPath: string;
  keyPath: string;
  certPem: string;
} {
  openssl(
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'app.key',
      '-out',
      'app.pem',
      '-days',
      '2',
      '-subj',
      '/CN=svarsplikt-admin',
    ],
    dir,
  );
  return {
    certPath: join(dir, 'app.pem'),
    keyPath: join(dir, 'app.key'),
    certPem: readFileSync(join(dir, 'app.pem'), 'utf8'),
  };
}
