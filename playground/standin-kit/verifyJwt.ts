// Verifies a compact JWS signed RS256 or PS256 (what google-auth-library and msal-node send).
import { createPublicKey, verify, constants } from 'node:crypto';
import type { KeyObject } from 'node:crypto';

export type JwtCheck =
  | { ok: true; header: Record<string, unknown>; claims: Record<string, unknown> }
  | { ok: false; reason: string };

function decodePart(part: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
    return typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Checks the signature with `publicKey` (PEM or KeyObject) and the time claims against `nowSeconds`. */
export function verifyJwt(
  token: string,
  publicKey: string | KeyObject,
  nowSeconds: number,
): JwtCheck {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'not a compact JWS' };
  const [h, p, s] = parts as [string, string, string];
  const header = decodePart(h);
  const claims = decodePart(p);
  if (header === undefined || claims === undefined)
    return { ok: false, reason: 'undecodable header or claims' };
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
  const data = Buffer.from(`${h}.${p}`);
  const signature = Buffer.from(s, 'base64url');
  let valid: boolean;
  if (header['alg'] === 'RS256') valid = verify('sha256', data, key, signature);
  else if (header['alg'] === 'PS256')
    valid = verify(
      'sha256',
      data,
      { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 },
      signature,
    );
  else return { ok: false, reason: `unsupported alg ${String(header['alg'])}` };
  if (!valid) return { ok: false, reason: 'invalid signature' };
  const exp = Number(claims['exp']);
  const iat = Number(claims['iat'] ?? claims['nbf'] ?? nowSeconds);
  if (!Number.isFinite(exp) || exp < nowSeconds - 300) return { ok: false, reason: 'expired' };
  if (iat > nowSeconds + 300) return { ok: false, reason: 'issued in the future' };
  if (exp - iat > 3600 + 300) return { ok: false, reason: 'lifetime over an hour' };
  return { ok: true, header, claims };
}

/** Parses an application/x-www-form-urlencoded body. */
export function formBody(body: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(body));
}
