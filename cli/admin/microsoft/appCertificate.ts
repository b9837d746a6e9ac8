import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The app registration's certificate as MSAL wants it. */
export interface AppCertificate {
  readonly thumbprintSha256: string;
  readonly privateKey: string;
  /** The certificate itself (PEM), sent as x5c so Entra can match it. */
  readonly x5c: string;
}

/** Reads a PEM certificate and its PEM private key (one file holding both is fine); throws naming the fault. */
export function readAppCertificate(certPath: string, keyPath: string | undefined): AppCertificate {
  const read = (path: string, flag: string): string => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      throw new Error(`${flag} ${path}: cannot read the file`);
    }
  };
  const certText = read(certPath, '--ms-cert');
  const keyText = keyPath === undefined ? certText : read(keyPath, '--ms-key');
  const cert = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/.exec(certText)?.[0];
  const key = /-----BEGIN (?:RSA )?PRIVATE KEY-----[\s\S]*?-----END (?:RSA )?PRIVATE KEY-----/.exec(
    keyText,
  )?.[0];
  if (cert === undefined) throw new Error(`--ms-cert ${certPath}: no PEM certificate in it`);
  if (key === undefined) throw new Error(`--ms-key: no PEM private key (give --ms-key key.pem)`);
  return {
    thumbprintSha256: new X509Certificate(cert).fingerprint256.replace(/:/g, '').toLowerCase(),
    privateKey: key,
    x5c: cert,
  };
}
