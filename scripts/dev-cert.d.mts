/** Returns { key, cert } (PEM), creating them under `dir` (default .certs) when missing. */
export function ensureDevCert(dir?: string): { key: Buffer; cert: Buffer };
