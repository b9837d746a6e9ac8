// A self-signed certificate for https://localhost:3000, generated locally with openssl on first
// start into .certs/ (git-ignored). Trust .certs/localhost.crt in the OS/browser to sideload into
// Outlook on the web from the dev server.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Returns { key, cert } (PEM), creating them under `dir` when missing. */
export function ensureDevCert(dir = '.certs') {
  const key = join(dir, 'localhost.key');
  const cert = join(dir, 'localhost.crt');
  if (!existsSync(key) || !existsSync(cert)) {
    mkdirSync(dir, { recursive: true });
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-sha256',
        '-days',
        '825',
        '-keyout',
        key,
        '-out',
        cert,
        '-subj',
        '/CN=localhost/O=Svarsplikt development',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1',
        '-addext',
        'extendedKeyUsage=serverAuth',
      ],
      { stdio: 'ignore' },
    );
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}
